import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalWidth } from '../../src/cli/output.js';
import { BIN } from './binary.js';
import { hasTmux, ROOT, Terminal, widest } from './terminal.js';

/**
 * `dossier-check check` in a real 80-column terminal (tmux): the tables fit
 * it; piped, the same command gives the full tables.
 */
async function run(command: string, columns: number): Promise<string[]> {
  const terminal = new Terminal({ columns, rows: 50 });
  try {
    terminal.startShell(command);
    await terminal.exitCode();
    return terminal.screen().split('\n');
  } finally {
    terminal.stop();
  }
}

describe.skipIf(!hasTmux)('the report in an 80-column terminal', () => {
  it('fits the expense table of one dossier to the terminal, every line there', async () => {
    const screen = await run(`${process.execPath} ${BIN} check examples/commune-mediation.yaml --date 2022-07-20`, 80);
    const table = screen.slice(
      screen.findIndex((line) => line.startsWith('┌')),
      screen.findIndex((line) => line.startsWith('└')) + 1,
    );
    expect(table.length, screen.join('\n')).toBeGreaterThan(4);
    expect(widest(table), table.join('\n')).toBeLessThanOrEqual(80);
    for (const amount of ['3 192,00 €', '979,80 €', '2 640,00 €', '1 850,50 €']) expect(table.join('\n')).toContain(amount);
  });

  it('fits the batch table to the terminal, every dossier there', async () => {
    const screen = await run(`${process.execPath} ${BIN} check examples/*.yaml examples/*.json --date 2022-07-20 2>/dev/null`, 80);
    const table = screen.slice(
      0,
      screen.findIndex((line) => line.trim() === ''),
    );
    expect(widest(table), table.join('\n')).toBeLessThanOrEqual(80);
    for (const name of ['association-ineligible.yaml', 'commune-mediation.yaml', 'epci-roannais.json', 'syndicat-a-completer.yaml'])
      expect(table.join('\n')).toContain(`examples/${name}`);
  });

  it('gives the full tables when piped, as in a file', async () => {
    const screen = await run(`${process.execPath} ${BIN} check examples/commune-mediation.yaml --date 2022-07-20 | cat`, 80);
    const golden = readFileSync(join(ROOT, 'test', 'golden', 'commune-mediation.yaml.txt'), 'utf8').split('\n');
    const fullTable = golden.filter((line) => line.startsWith('│'));
    expect(widest(fullTable)).toBeGreaterThan(80);
    for (const line of fullTable) expect(screen).toContain(line);
  });
});

describe('the width the report fits', () => {
  it('is the terminal’s, or COLUMNS when the terminal does not say', () => {
    expect(terminalWidth({ write: () => true, isTTY: true, columns: 80 }, { COLUMNS: '120' })).toBe(80);
    expect(terminalWidth({ write: () => true, isTTY: true }, { COLUMNS: '72' })).toBe(72);
    expect(terminalWidth({ write: () => true, isTTY: true }, { COLUMNS: 'large' })).toBeUndefined();
  });

  it('is none when output is not a terminal, whatever COLUMNS says', () => {
    expect(terminalWidth({ write: () => true }, { COLUMNS: '80' })).toBeUndefined();
    expect(terminalWidth({ write: () => true, isTTY: false, columns: 80 }, { COLUMNS: '80' })).toBeUndefined();
  });
});
