import { PerformanceObserver } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/index.js';
import { DEPTH } from '../fast-check.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * Every field of a dossier, filled with the text that makes a backtracking
 * regular expression (or any other quadratic step) slow: long runs of one
 * character, the end of the run unlike it. Reading and checking must take
 * time in proportion to the size: ten times the text, about ten times the
 * time. A quadratic step gives a hundred; the bound of thirty leaves room for
 * the collector and the caches. What is measured is the processor time the
 * check used, not the time on the clock: a machine busy with other jobs
 * makes a check wait longer, not work longer (on the clock, a large check,
 * which spans many of the scheduler's time slices, waited five times longer
 * than a small one at a load of 10 on two cores, and looked quadratic).
 */
const SMALL = Number(process.env.LINEAR_SMALL ?? 20_000 * Math.min(DEPTH, 5));
const LARGE = SMALL * 10;
const MAX_RATIO = 30;
const MAX_ROUNDS = 3;
/** Times below this are fixed costs, not work that grows with the text. */
const FLOOR_MS = 1;

/** A complete, eligible dossier; `{}` marks where the pathological text goes. */
const BASE = [
  'porteur:',
  '  nom: Commune de Montbrison',
  '  type: commune',
  '  siren: "214201477"',
  '  code_insee: "42147"',
  'projet:',
  '  titre: Bornes interactives en mairie annexe',
  '  axes: [simplifier-le-quotidien]',
  'depenses:',
  '  - libelle: 6 tablettes tactiles',
  '    montant_ht: 2400',
  '    categorie: equipement-numerique',
  'financement:',
  '  aide_sollicitee: 1920',
  'depot:',
  '  date: 2022-07-21',
];

/** The dossier with `line` put in place of the line that starts with `replaced` (or added at the end). */
function dossierWith(replaced: string | undefined, line: string): string {
  const lines = [...BASE];
  const index = replaced === undefined ? -1 : lines.findIndex((candidate) => candidate.trimStart().startsWith(replaced));
  if (index === -1) lines.push(line);
  else lines[index] = line;
  return `${lines.join('\n')}\n`;
}

type Case = [name: string, make: (size: number) => string];

const run = (text: string, size: number) => text.repeat(Math.ceil(size / text.length)).slice(0, size);

const CASES: Case[] = [
  // The four of the issue.
  ['a plain value with a long run of spaces', (n) => dossierWith('nom:', `  nom: a${run(' ', n)}b`)],
  ['a line without a colon, made of spaces', (n) => dossierWith(undefined, `a${run(' ', n)}b`)],
  ['a quoted amount with a run of spaces', (n) => dossierWith('montant_ht:', `    montant_ht: "1${run(' ', n)}2"`)],
  ['a name of opening parentheses', (n) => dossierWith('nom:', `  nom: "${run('(', n)}"`)],
  // Keys.
  ['a key padded with spaces before its colon', (n) => dossierWith('titre:', `  titre${run(' ', n)}: Bornes`)],
  ['a key padded with spaces and no colon', (n) => dossierWith('titre:', `  titre${run(' ', n)}x`)],
  ['a long key', (n) => dossierWith(undefined, `${run('k', n)}: x`)],
  ['a key of words and spaces', (n) => dossierWith(undefined, `${run('a ', n)}: x`)],
  // Plain, quoted and commented scalars.
  ['a plain value ending in spaces', (n) => dossierWith('titre:', `  titre: a${run(' ', n)}`)],
  ['spaces before a comment', (n) => dossierWith('titre:', `  titre: a${run(' ', n)}#b`)],
  ['a run of colons', (n) => dossierWith('titre:', `  titre: "${run(':', n)}x"`)],
  ['a run of colons and spaces, plain', (n) => dossierWith('titre:', `  titre: a${run(': ', n)}`)],
  ['a double-quoted value full of escapes', (n) => dossierWith('titre:', `  titre: "${run('\\\\', n)}"`)],
  ['an unterminated double-quoted value', (n) => dossierWith('titre:', `  titre: "${run(' ', n)}`)],
  ['a single-quoted value of quotes', (n) => dossierWith('titre:', `  titre: '${run("''", n)}'`)],
  ['a folded block scalar of long lines', (n) => dossierWith('titre:', `  titre: >-\n    ${run('a ', n / 2)}\n    ${run(' b', n / 2)}`)],
  ['a value continued on many short lines', (n) => dossierWith('titre:', `  titre: a\n${run('   b\n', n)}`)],
  ['many blank lines', (n) => dossierWith('titre:', `  titre: a\n${run(' \n', n)}`)],
  ['a long comment of spaces', (n) => dossierWith(undefined, `#${run(' ', n)}x`)],
  // Flow collections.
  ['a flow list with a run of spaces', (n) => dossierWith('axes:', `  axes: [simplifier${run(' ', n)}x]`)],
  ['a flow list of many commas', (n) => dossierWith('axes:', `  axes: [${run('a, ', n)}a]`)],
  ['an unclosed flow list', (n) => dossierWith('axes:', `  axes: [${run('a ', n)}`)],
  ['a flow mapping with a padded key', (n) => dossierWith(undefined, `autre: {financeur${run(' ', n)}: x}`)],
  // Values the rules read.
  ['an amount of digits and spaces', (n) => dossierWith('montant_ht:', `    montant_ht: 1${run(' 1', n)}x`)],
  ['an amount of digits', (n) => dossierWith('montant_ht:', `    montant_ht: ${run('1', n)}`)],
  ['an amount of dots', (n) => dossierWith('montant_ht:', `    montant_ht: 1${run('.000', n)}x`)],
  ['an amount of spaces before euros', (n) => dossierWith('montant_ht:', `    montant_ht: 1${run(' ', n)}x euros`)],
  ['a VAT rate with spaces', (n) => dossierWith(undefined, `    taux_tva: "5${run(' ', n)},5 %"`)],
  ['an axis of dashes', (n) => dossierWith('axes:', `  axes: ["a${run('-', n)}b"]`)],
  ['an axis of spaces', (n) => dossierWith('axes:', `  axes: ["a${run(' ', n)}b"]`)],
  ['a category of mixed punctuation', (n) => dossierWith('categorie:', `    categorie: "${run('-_ .', n)}x"`)],
  ['a date with spaces', (n) => dossierWith('date:', `  date: "2022-07-21${run(' ', n)}x"`)],
  ['a date of digits', (n) => dossierWith('date:', `  date: "${run('1', n)}"`)],
  ['a SIREN of spaces and dots', (n) => dossierWith('siren:', `  siren: "2${run(' .', n)}x"`)],
  ['an INSEE code of digits', (n) => dossierWith('code_insee:', `  code_insee: "${run('4', n)}"`)],
  ['a name of parentheses and words', (n) => dossierWith('nom:', `  nom: "Montbrison ${run('(a ', n)}"`)],
  ['a name of dashes and apostrophes', (n) => dossierWith('nom:', `  nom: "${run("-'", n)}"`)],
  ['an associated town of spaces', (n) => dossierWith(undefined, `  communes_associees: ["4${run(' ', n)}2"]`)],
  ['a label with a run of spaces', (n) => dossierWith('libelle:', `  - libelle: "a${run(' ', n)}b"`)],
  ['a label of digits', (n) => dossierWith('libelle:', `  - libelle: "${run('1', n)}"`)],
  ['a label of digits and spaces', (n) => dossierWith('libelle:', `  - libelle: "${run('1 ', n)}x"`)],
  ['a label of a warranty without end', (n) => dossierWith('libelle:', `  - libelle: "garantie ${run('a', n)} 5 ans"`)],
  ['a label of words and apostrophes', (n) => dossierWith('libelle:', `  - libelle: "${run("l'a", n)}"`)],
  ['a label of slashes and spaces', (n) => dossierWith('libelle:', `  - libelle: "${run('/ ', n)}x"`)],
  ['a label of many words', (n) => dossierWith('libelle:', `  - libelle: "${run('tablette ordinateur pour ', n)}"`)],
  ['a label of "par"', (n) => dossierWith('libelle:', `  - libelle: "${run('par ', n)}"`)],
  ['a label of "sans"', (n) => dossierWith('libelle:', `  - libelle: "${run('sans hors ', n)}"`)],
  ['an unknown key of spaces', (n) => dossierWith(undefined, `"a${run(' ', n)}b": x`)],
  ['an unknown key of dashes', (n) => dossierWith(undefined, `"a${run('-', n)}b": x`)],
  // YAML mistakes, read to say their fix (yaml-diagnosis.ts), and values cut by "#".
  ['a value of glued comments', (n) => dossierWith('titre:', `  titre: a${run(' #a', n)}`)],
  ['a colon in a long value', (n) => dossierWith('titre:', `  titre: a${run(' ', n)}: b`)],
  ['a long line of spaces without a colon after a key', (n) => dossierWith('titre:', `  titre: a\n  b${run(' ', n)}c`)],
  ['a long line one space short', (n) => dossierWith('libelle:', `  - libelle: a\n   b${run(' ', n)}: c`)],
  ['an unclosed quote over many lines', (n) => dossierWith('titre:', `  titre: "a\n${run('  b\n', n)}`)],
  ['an apostrophe value of quotes', (n) => dossierWith('titre:', `  titre: '${run("a'", n)}`)],
  // The same in JSON.
  ['a JSON value with a run of spaces', (n) => JSON.stringify({ porteur: { nom: `a${run(' ', n)}b` } })],
  ['a JSON file cut short after spaces', (n) => `{"porteur": {"nom": "a"${run(' ', n)}`],
  ['a JSON amount with spaces', (n) => JSON.stringify({ depenses: [{ libelle: 'x', montant_ht: `1${run(' ', n)}2` }] })],
];

/** The garbage collector's pauses, as the runtime reports them (a little after they happen). */
const collections: PerformanceEntry[] = [];
new PerformanceObserver((list) => collections.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The processor time of one check of `text`, and the garbage collector's
 * pauses during it. A backtracking regular expression is all computation;
 * the collector's share grows in steps with the memory a check holds (past a
 * few hundred kB of text, the young generation overflows), which made linear
 * checks look ×40 slower for ×10 the text: so the pauses are taken out of the
 * large check's time. Not out of the small one's: the pauses are clock time,
 * and on a busy machine they can exceed the processor time, which made the
 * small check's time 0 and a linear check look ×200 slower. Taken out of the
 * large time only, they can hide a check that allocates, never one that
 * computes, and they can only lower the ratio.
 */
async function timeOf(text: string): Promise<{ processor: number; lessCollection: number }> {
  const start = performance.now();
  const before = process.cpuUsage();
  const report = checkDossier(text, text.startsWith('{') ? 'dossier.json' : 'dossier.yaml', { date: '2022-07-20', data: installedData });
  const used = process.cpuUsage(before);
  const end = performance.now();
  // A report, whatever its verdict: the time is that of a real check.
  expect(report.verdict).toBeTypeOf('string');
  await settle();
  await settle();
  const collecting = collections
    .filter((entry) => entry.startTime >= start && entry.startTime < end)
    .reduce((total, entry) => total + entry.duration, 0);
  const processor = (used.user + used.system) / 1000;
  return { processor, lessCollection: Math.max(processor - collecting, 0) };
}

describe('checking takes time in proportion to the size of the dossier', () => {
  it.each(CASES)('%s', async (name, make) => {
    // Warm up the code paths, so that the small size does not pay for compiling them.
    await timeOf(make(1000));
    // The small and the large text are checked in turn, and the fastest check of each
    // counts: the one least disturbed by the rest of the machine (caches, other threads).
    // A quadratic step gives ×100 at every try; a linear one above the bound only if every
    // large check so far was disturbed. So a case over the bound gets more tries, up to
    // three rounds, before it is called quadratic; one far above it needs none. Each text is
    // a little shorter than the last, so that no memo of names or words makes a later check cheaper.
    let small = Infinity;
    let large = Infinity;
    let ratio = Infinity;
    let shorter = 0;
    for (let round = 0; round < MAX_ROUNDS && ratio >= MAX_RATIO && (round === 0 || ratio < 3 * MAX_RATIO); round++) {
      for (let turn = 0; turn < 3; turn++, shorter++) {
        small = Math.min(small, (await timeOf(make(SMALL - shorter))).processor);
        if (turn < 2) large = Math.min(large, (await timeOf(make(LARGE - shorter))).lessCollection);
      }
      ratio = large / Math.max(small, FLOOR_MS);
      if (process.env.LINEAR_VERBOSE) console.log(`${name}: ×${ratio.toFixed(1)} (${small.toFixed(1)} ms, ${large.toFixed(1)} ms)`);
    }
    expect(ratio, `×${Math.round(ratio)} for ×10 the text (${small.toFixed(1)} ms, then ${large.toFixed(1)} ms)`).toBeLessThan(MAX_RATIO);
  });
});
