import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkConfig, classifyConfig, listingConfig, type CheckFlags } from '../../src/cli/config.js';
import { editionsFor } from '../../src/cli/editions.js';
import { EXIT } from '../../src/cli/errors.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/output.js';
import { runCheck } from '../../src/cli/run-check.js';
import { runClassify } from '../../src/cli/run-classify.js';
import { runRules, runSchema } from '../../src/cli/run-listing.js';

/** Each command's run, given its configuration and fake streams: its exit code and what it wrote where. */
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const FLAGS: CheckFlags = { format: 'text', lang: 'fr', color: true, failOn: 'bloquant', date: '2022-07-20' };
const NOW = new Date('2022-07-20T10:00:00Z');

function fakeIO(stdin = ''): CliIO & { out: () => string; err: () => string } {
  const written = { out: '', err: '' };
  const sink = (name: 'out' | 'err') => ({
    isTTY: false,
    write: (text: string | Uint8Array) => {
      written[name] += typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
      return true;
    },
  });
  return {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: sink('out'),
    stderr: sink('err'),
    out: () => written.out,
    err: () => written.err,
  };
}

describe('runCheck', () => {
  it('an eligible example: exit 0, its report on the stdout given, nothing on stderr', async () => {
    const io = fakeIO();
    const code = await runCheck(checkConfig([join(EXAMPLES, 'ccas-lignes-mixtes.yaml')], FLAGS, editionsFor), io, NOW);
    expect(code).toBe(EXIT.ok);
    expect(io.out()).toMatch(/ccas-lignes-mixtes\.yaml/);
    expect(io.out()).toMatch(/éligible/i);
    expect(io.err()).toBe('');
  });

  it('an ineligible example in JSON: exit 1 and the verdict in the report', async () => {
    const io = fakeIO();
    const config = checkConfig([join(EXAMPLES, 'association-ineligible.yaml')], { ...FLAGS, format: 'json' }, editionsFor);
    expect(await runCheck(config, io, NOW)).toBe(EXIT.notEligible);
    const report = JSON.parse(io.out()) as { dossiers: { verdict: string }[] };
    expect(report.dossiers.map((dossier) => dossier.verdict)).toEqual(['ineligible']);
  });

  it('reads standard input from the stream given', async () => {
    const { readFileSync } = await import('node:fs');
    const io = fakeIO(readFileSync(join(EXAMPLES, 'ccas-lignes-mixtes.yaml'), 'utf8'));
    expect(await runCheck(checkConfig(['-'], { ...FLAGS, format: 'json' }, editionsFor), io, NOW)).toBe(EXIT.ok);
    expect(JSON.parse(io.out()).dossiers[0].fichier).toBe('<stdin>');
  });

  it('notes on the stderr given a file that is not a dossier, and gives it no verdict', async () => {
    const io = fakeIO();
    const edition = join(EXAMPLES, 'reglements', 'loire-connect-2024.reglement.yaml');
    expect(await runCheck(checkConfig([edition], FLAGS, editionsFor), io, NOW)).toBe(EXIT.ok);
    expect(io.err()).toMatch(/^dossier-check: .*loire-connect-2024\.reglement\.yaml n’est pas un dossier/);
    expect(io.out()).toMatch(/^0 dossier :/m);
  });

  it('throws a path that is not there as a usage mistake, writing nothing', async () => {
    const io = fakeIO();
    await expect(runCheck(checkConfig(['chekc'], FLAGS, editionsFor), io, NOW)).rejects.toThrow(/check/);
    expect(io.out()).toBe('');
  });
});

describe('the other runs', () => {
  it('classify: the category and why, exit 0', () => {
    const io = fakeIO();
    expect(runClassify(classifyConfig('tablettes tactiles', { format: 'json', lang: 'fr', color: false }, editionsFor), io)).toBe(EXIT.ok);
    expect(JSON.parse(io.out())).toHaveProperty('categorie');
  });

  it('rules and schema write to the stdout given', () => {
    const rules = fakeIO();
    expect(runRules(listingConfig({ lang: 'en', format: 'json' }, editionsFor), rules)).toBe(EXIT.ok);
    expect(JSON.parse(rules.out())).toBeTypeOf('object');
    const schema = fakeIO();
    expect(runSchema(listingConfig({ lang: 'fr' }, editionsFor), schema)).toBe(EXIT.ok);
    expect(JSON.parse(schema.out())).toHaveProperty('$schema');
  });
});

describe('main, with fake streams', () => {
  it('says a command-line mistake on the stderr given, in French, exit 2', async () => {
    const io = fakeIO();
    expect(await main(['node', 'dossier-check', 'classify'], io)).toBe(EXIT.usage);
    expect(io.err()).toMatch(/^erreur : il manque l’argument « libellé »\n\(dossier-check classify --help pour l’aide\)\n$/);
    expect(io.out()).toBe('');
  });

  it('runs check on an example to its exit code', async () => {
    const io = fakeIO();
    const code = await main(
      ['node', 'dossier-check', join(EXAMPLES, 'commune-hors-loire.yaml'), '--date', '2022-07-20', '--lang', 'en'],
      io,
    );
    expect(code).toBe(EXIT.notEligible);
    expect(io.out()).toMatch(/commune-hors-loire\.yaml/);
  });
});
