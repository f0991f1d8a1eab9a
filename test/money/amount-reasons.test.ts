import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../fast-check.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { formatCents } from '../../src/money/format.js';
import { AMOUNT_ERRORS, parseAmount } from '../../src/money/amount.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');

describe('a tax mention after an amount', () => {
  it.each([
    ['1 249,50 € HT', 'HT', 124_950],
    ['1 249,50 € H.T.', 'HT', 124_950],
    ['1249,50 HT', 'HT', 124_950],
    ['1 249,50 ht', 'HT', 124_950],
    ['1 249,50 € hors taxes', 'HT', 124_950],
    ['1 249,50 HT €', 'HT', 124_950],
    ['1 499,40 € TTC', 'TTC', 149_940],
    ['1 499,40 € T.T.C.', 'TTC', 149_940],
  ] as const)('reads %j where the field is %s', (input, basis, cents) => {
    expect(parseAmount(input, { basis })).toEqual({ ok: true, cents });
  });

  it.each([
    ['1 249,50 € TTC', 'HT', 'mention-ttc'],
    ['1 249,50 € HT', 'TTC', 'mention-ht'],
    ['1 249,50 € HT', undefined, 'mention-taxe'],
    ['1 249,50 TTC', undefined, 'mention-taxe'],
  ] as const)('refuses %j where the field is %s (%s)', (input, basis, error) => {
    expect(parseAmount(input, { basis })).toMatchObject({ ok: false, error });
  });
});

/** Each refusal, with its reason. */
const REFUSALS: [unknown, string, string?][] = [
  ['', 'vide'],
  ['   ', 'vide'],
  ['€', 'vide'],
  ['12,3456', 'decimales'],
  ['1 200,505 €', 'decimales'],
  ['1.234,567', 'decimales'],
  [12.345, 'decimales'],
  ['12.500', 'ambigu'],
  ['1 200 $', 'devise'],
  ['1 200 USD', 'devise'],
  ['£1,200', 'devise'],
  ['1 200 CHF', 'devise'],
  ['12 k€', 'multiple'],
  ['12K€', 'multiple'],
  ['1,2 M€', 'multiple'],
  ['3 millions', 'multiple'],
  ['20 %', 'pourcentage'],
  ['environ 1 000 €', 'lettres'],
  ['douze euros', 'lettres'],
  ['1 000 € (devis)', 'lettres'],
  ['1 200 + 300', 'plusieurs'],
  ['1200 / 1500', 'plusieurs'],
  ['1 200 € 300 €', 'plusieurs'],
  ['1 200-1 500', 'plusieurs'],
  ['1200 ; 300', 'plusieurs'],
  ['1.234 567,00', 'separateurs'],
  ['1,234.567,00', 'separateurs'],
  ['1.234.567,00.5', 'separateurs'],
  [',50', 'separateurs'],
  ['12 50,00', 'groupes'],
  ['1 2345', 'groupes'],
  ['12.34.56', 'groupes'],
  ['1234567890123456', 'trop-grand'],
  [1e21, 'trop-grand'],
  ['(1 000)', 'caractere', '('],
  ['1 000 #', 'caractere', '#'],
  [Number.NaN, 'non-fini'],
  [true, 'type'],
];

describe('every refused amount says why', () => {
  it.each(REFUSALS)('%j is refused: %s', (input, error, detail) => {
    expect(parseAmount(input)).toEqual({ ok: false, error, ...(detail ? { detail } : {}) });
  });

  it('has a message in both languages for every reason', () => {
    for (const error of AMOUNT_ERRORS) {
      expect(fr.amounts[error], error).toBeTypeOf('function');
      expect(en.amounts[error], error).toBeTypeOf('function');
    }
    expect(Object.keys(fr.amounts).sort()).toEqual([...AMOUNT_ERRORS].sort());
  });
});

/** Ways to spoil a well-written amount, each with the reason it must be refused for. */
const spoiled: fc.Arbitrary<{ input: string; error: string }> = fc
  .tuple(fc.integer({ min: 100, max: 99_999_999 }), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTU'.split('')), fc.integer({ min: 1, max: 9 }))
  .chain(([cents, spoil, digit]) => {
    const written = formatCents(cents, 'fr').replace(/\s*€$/, '');
    const plain = (cents / 100).toFixed(2).replace('.', ',');
    const cases: Record<string, { input: string; error: string }> = {
      A: { input: `${written}${digit}${digit} €`, error: 'decimales' },
      B: { input: `${written} $`, error: 'devise' },
      C: { input: `${written} USD`, error: 'devise' },
      D: { input: `${plain} k€`, error: 'multiple' },
      E: { input: `environ ${written} €`, error: 'lettres' },
      F: { input: `${written} € (devis n°${digit})`, error: 'lettres' },
      G: { input: `${written} + ${plain}`, error: 'plusieurs' },
      H: { input: `${written} € / ${plain} €`, error: 'plusieurs' },
      I: { input: `${plain} % `, error: 'pourcentage' },
      J: { input: '', error: 'vide' },
      K: { input: ` € `, error: 'vide' },
      L: { input: `${written} € TTC`, error: 'mention-taxe' },
      M: { input: `1.${String(digit).repeat(3)} ${String(digit).repeat(3)},00`, error: 'separateurs' },
      N: { input: `${digit}${digit} ${digit}${digit},00`, error: 'groupes' },
      O: { input: `${written} €${'#'}`, error: 'caractere' },
      P: { input: `${written} €€`, error: 'caractere' },
      Q: { input: `${plain} EUR HT`, error: 'mention-taxe' },
      R: { input: `${plain};${plain}`, error: 'plusieurs' },
      S: { input: `${'9'.repeat(14 + digit)}`, error: 'trop-grand' },
      T: { input: `${plain} ${digit}€`, error: 'plusieurs' },
      U: { input: `${digit}${digit} ${digit}${digit}`, error: 'groupes' },
    };
    return fc.constant(cases[spoil]!);
  });

describe('property: refusals name their reason', () => {
  it('gives each spoiled amount the reason it was spoiled with', () => {
    fc.assert(
      fc.property(spoiled, ({ input, error }) => {
        expect(parseAmount(input)).toMatchObject({ ok: false, error });
      }),
    );
  });

  it('never refuses without a reason that has a message', () => {
    const amountish = fc.stringMatching(/^[-0-9 .,€$%+/;()a-zA-Z\u00a0\u202f]{0,16}$/);
    // Pieces of amounts put together: reaches the refusals random text rarely does.
    const pieces = fc
      .array(fc.constantFrom('1', '12', '123', '1234', '000', ' ', '.', ',', '€', '-', '+', 'HT', 'TTC', 'k€', '$', '%', 'environ', '#'), {
        maxLength: 8,
      })
      .map((parts) => parts.join(''));
    const digitsAndSeparators = fc
      .array(fc.constantFrom('1', '12', '123', '1234', ' ', '.', ','), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), amountish, pieces, digitsAndSeparators, fc.double()), (input) => {
        const result = parseAmount(input);
        if (result.ok) return;
        expect(AMOUNT_ERRORS).toContain(result.error);
        expect(fr.amounts[result.error]?.({ detail: result.detail }, undefined as never)).toBeTruthy();
        if (result.error === 'caractere') expect(String(input)).toContain(result.detail);
      }),
      // Cheap runs: a thousand reach every branch of the refusal.
      { numRuns: 1000 },
    );
  });
});

describe('amounts through the binary', () => {
  function checkExpense(montant: string, field = 'montant_ht') {
    const folder = mkdtempSync(join(tmpdir(), 'montant-'));
    const file = join(folder, 'dossier.yaml');
    writeFileSync(file, `depenses:\n  - libelle: 6 tablettes\n    ${field}: "${montant}"\n    categorie: equipement-numerique\n`);
    const result = spawnSync(process.execPath, [BIN, 'check', file, '--format', 'json', '--date', '2022-07-20'], { encoding: 'utf8' });
    return JSON.parse(result.stdout).dossiers[0] as {
      depenses: { montant_ht?: number }[];
      problemes: { code: string; chemin: string; message: string }[];
    };
  }

  it('reads "1 249,50 € HT" in montant_ht', () => {
    const dossier = checkExpense('1 249,50 € HT');
    expect(dossier.depenses[0]?.montant_ht).toBe(1249.5);
    expect(dossier.problemes.map((problem) => problem.chemin)).not.toContain('depenses.0.montant_ht');
  });

  it('refuses a TTC amount in montant_ht with a message that says where it goes', () => {
    const problem = checkExpense('1 499,40 € TTC').problemes.find((candidate) => candidate.chemin === 'depenses.0.montant_ht');
    expect(problem?.code).toBe('montant-mention-taxe');
    expect(problem?.message).toContain('montant_ttc');
  });

  it('says why "12 k€" is refused', () => {
    const problem = checkExpense('12 k€').problemes.find((candidate) => candidate.chemin === 'depenses.0.montant_ht');
    expect(problem?.code).toBe('montant-invalide');
    expect(problem?.message).toContain('k€');
  });
});

describe('--montant of classify', () => {
  function classify(montant: string) {
    return spawnSync(process.execPath, [BIN, 'classify', '6 tablettes', '--montant', montant, '--format', 'json'], { encoding: 'utf8' });
  }

  it('reads an amount marked HT', () => {
    expect(classify('1 200 € HT').status).toBe(0);
  });

  it('says why an amount is refused', () => {
    const result = classify('12 k€');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('sans k€ ni M€');
  });
});
