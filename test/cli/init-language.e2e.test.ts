import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './binary.js';

/**
 * The interview's prompt library speaks English on its own ("↑↓ navigate •
 * ⏎ select", "(y/N)", "No results found"): in the French interface, its keys
 * help, its yes/no and its messages are French, and "o" answers yes.
 */
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const PATIENCE_MS = 300_000;

function terminal() {
  const socket = `dossier-check-lang-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const folder = mkdtempSync(join(tmpdir(), 'init-lang-'));
  const exitFile = join(folder, 'exit');
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const screen = () => tmux('capture-pane', '-p', '-t', 'init', '-S', '-200').stdout;
  return {
    folder,
    screen,
    start: (args: string[]) =>
      tmux(
        'new-session',
        '-d',
        '-s',
        'init',
        '-x',
        '160',
        '-y',
        '60',
        `NO_COLOR=1 ${process.execPath} ${BIN} ${args.join(' ')}; echo $? > ${exitFile}; sleep 600`,
      ),
    async waitFor(text: string) {
      const deadline = Date.now() + PATIENCE_MS;
      while (Date.now() < deadline && !screen().includes(text)) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(screen()).toContain(text);
    },
    keys: (...keys: string[]) =>
      keys.forEach((key) => tmux('send-keys', '-t', 'init', ...(key.startsWith('{') ? [key.slice(1, -1)] : ['-l', key]))),
    async exitCode() {
      const deadline = Date.now() + PATIENCE_MS;
      while (Date.now() < deadline && !existsSync(exitFile)) await new Promise((resolve) => setTimeout(resolve, 100));
      return Number(readFileSync(exitFile, 'utf8').trim());
    },
    stop: () => tmux('kill-server'),
  };
}

describe.skipIf(!hasTmux)('the interview’s own words', () => {
  it('are French: keys help, no results, yes/no', async () => {
    const term = terminal();
    try {
      term.start(['init', join(term.folder, 'dossier.yaml')]);
      await term.waitFor('Qui dépose le dossier ?');
      await term.waitFor('naviguer');
      expect(term.screen()).not.toMatch(/navigate|select|submit/);
      term.keys('{Enter}');
      await term.waitFor('Votre commune');
      term.keys('zzzzqx');
      await term.waitFor('Aucun résultat');
      expect(term.screen()).not.toContain('No results');
    } finally {
      term.stop();
    }
  });

  it('take "o" for oui when replacing a file', async () => {
    const term = terminal();
    const file = join(term.folder, 'dossier.yaml');
    writeFileSync(file, '# brouillon\n');
    try {
      term.start(['init', file]);
      await term.waitFor('existe déjà. Le remplacer ? (o/N)');
      term.keys('o', '{Enter}');
      await term.waitFor('Qui dépose le dossier ?');
      expect(term.screen()).toMatch(/Le remplacer \? Oui/);
      term.keys('{C-c}');
      expect(await term.exitCode()).toBe(130);
    } finally {
      term.stop();
    }
  });

  it('take "oui" at a confirmation, and tick boxes in French', async () => {
    const term = terminal();
    const file = join(term.folder, 'dossier.yaml');
    writeFileSync(file, '# brouillon\n');
    try {
      term.start(['init', file]);
      await term.waitFor('Le remplacer ? (o/N)');
      term.keys('oui', '{Enter}');
      await term.waitFor('Qui dépose le dossier ?');
      expect(term.screen()).toMatch(/Le remplacer \? Oui/);
      term.keys('{Enter}');
      await term.waitFor('Votre commune');
      term.keys('feurs');
      await term.waitFor('Feurs (42094)');
      term.keys('{Enter}');
      await term.waitFor('Titre du projet');
      term.keys('Tablettes', '{Enter}');
      await term.waitFor('Description du projet');
      term.keys('{Enter}');
      await term.waitFor('Axes de l’appel');
      await term.waitFor('espace cocher • t tout • i inverser • ⏎ valider');
      term.keys('t', '{Enter}');
      await term.waitFor('Dépense n° 1');
      const screen = term.screen();
      expect(screen).not.toMatch(/\b(Yes|No|navigate|select|submit|all|invert|space|You must|results)\b/);
      expect(screen).not.toContain('(Y/n)');
      term.keys('{C-c}');
      expect(await term.exitCode()).toBe(130);
    } finally {
      term.stop();
    }
  });

  it('are English with --lang en', async () => {
    const term = terminal();
    try {
      term.start(['init', join(term.folder, 'dossier.yaml'), '--lang', 'en']);
      await term.waitFor('navigate');
      expect(term.screen()).not.toMatch(/naviguer|choisir/);
    } finally {
      term.stop();
    }
  });
});
