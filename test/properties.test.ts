import fc from 'fast-check';
import { runs } from './fast-check.js';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDossier } from './helpers.js';
import { parseAmount } from '../src/money/amount.js';
import { formatCents } from '../src/money/format.js';
import { DEFAULT_EDITION } from '../src/reglement/index.js';
import { baseDossier, check } from './helpers.js';
import { installedData } from '../src/cli/checker-data.js';

/** Money is exact, and no dossier, however strange, makes the checker throw. */
const { tauxPourcent, plafondCentimes } = DEFAULT_EDITION.aide;
const VERDICTS = ['eligible', 'a-completer', 'ineligible', 'illisible'];

/** Expense lines with declared categories, eligible or not, and amounts up to past the sane bound. */
const line: fc.Arbitrary<Line> = fc.record({
  libelle: fc.constantFrom(
    'Tablettes pour le public',
    'Formation des usagers',
    'Logiciel de rendez-vous',
    'Serveur des agents',
    'Abonnement annuel',
  ),
  categorie: fc.constantFrom(...DEFAULT_EDITION.categories.map((category) => category.id)),
  beneficiaires: fc.constantFrom('usagers', 'agents'),
  cents: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 12_000_000_000 })),
});
interface Line {
  libelle: string;
  categorie: string;
  beneficiaires: string;
  cents: number;
}

function dossierWith(lines: Line[]) {
  const dossier = baseDossier();
  dossier.depenses = lines.map(({ libelle, categorie, beneficiaires, cents }) => ({
    libelle,
    categorie,
    beneficiaires,
    montant_ht: (cents / 100).toFixed(2),
  }));
  return check(dossier);
}

describe('the grant', () => {
  it('never exceeds the cap nor 80 % of the eligible base, rounded down to the cent', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const { aide, depenses } = dossierWith(lines);
        const base = depenses.filter((expense) => expense.statut === 'eligible').reduce((sum, expense) => sum + (expense.htCents ?? 0), 0);
        expect(aide!.eligibleBaseCents).toBe(base);
        expect(aide!.maximumCents).toBeLessThanOrEqual(plafondCentimes);
        expect(aide!.maximumCents * 100).toBeLessThanOrEqual(base * tauxPourcent);
        expect(aide!.maximumCents).toBe(Math.min(plafondCentimes, Math.floor((base * tauxPourcent) / 100)));
        expect(Number.isInteger(aide!.maximumCents)).toBe(true);
        expect(aide!.maximumIfVerifiedCents).toBeGreaterThanOrEqual(aide!.maximumCents);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never decreases when an eligible line is added', () => {
    const eligible = fc.integer({ min: 0, max: 10_000_000 }).map((cents): Line => ({
      libelle: 'Formation des usagers aux démarches en ligne',
      categorie: 'formation',
      beneficiaires: 'usagers',
      cents,
    }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), eligible, (lines, added) => {
        const before = dossierWith(lines);
        const after = dossierWith([...lines, added]);
        expect(after.depenses.at(-1)!.statut).toBe('eligible');
        expect(after.aide!.maximumCents).toBeGreaterThanOrEqual(before.aide!.maximumCents);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('amounts', () => {
  it('round-trip between integer cents and their French writing', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), (cents) => {
        expect(parseAmount(formatCents(cents, 'fr'))).toEqual({ ok: true, cents });
        expect(parseAmount((cents / 100).toFixed(2))).toEqual({ ok: true, cents });
      }),
      { numRuns: runs(2000) },
    );
  });

  it('refuses what is not an amount rather than guessing', () => {
    fc.assert(
      fc.property(amountLike, (input) => {
        const result = parseAmount(input);
        if (!result.ok) return;
        expect(Number.isSafeInteger(result.cents)).toBe(true);
        if (typeof input === 'number') {
          // A number is taken only when it is exactly a number of cents (0.1 + 0.2 is not).
          expect(result.cents / 100 === input, `${input} taken as ${result.cents} cents`).toBe(true);
          return;
        }
        // A text is taken only when every way of reading it, French or English, gives these cents.
        const values = readings(input);
        expect(values.length, `${JSON.stringify(input)} taken as ${result.cents} cents, though it is no amount`).toBeGreaterThan(0);
        for (const value of values) {
          expect(value, `${JSON.stringify(input)} taken as ${result.cents} cents, though it reads ${values.join(' or ')}`).toBe(
            decimal(result.cents),
          );
        }
      }),
      { numRuns: runs(3000) },
    );
  });
});

/** Digits grouped as people write them, with any separator, sign and currency: "12.345", "1 234,5 €", "-0,500". */
const writtenAmount = fc
  .tuple(
    fc.constantFrom('', '', '-', '\u2212'),
    fc.array(
      fc.tuple(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '.', ',', '\u00a0', '\u202f', ''),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    fc.constantFrom('', '', ' €', '€', ' EUR', ' euros'),
  )
  .map(
    ([sign, groups, currency]) =>
      sign +
      groups
        .map(([digits, separator]) => digits + separator)
        .join('')
        .replace(/[ .,\u00a0\u202f]$/, '') +
      currency,
  );
const amountLike = fc.oneof(
  writtenAmount,
  fc.constantFrom(
    '12.345',
    '12,345',
    '1.234,567',
    '1,234.567',
    '0,001',
    '0,500',
    '12,500',
    '1.5.0',
    '1,2,3',
    '2 400,505 €',
    'NaN',
    '.inf',
    '1e400',
    '',
  ),
  fc.string({ unit: fc.constantFrom(...'0123456789 .,-e€'), maxLength: 12 }),
  fc.string(),
  fc.double(),
  fc.integer().map((cents) => cents / 1000),
);

/**
 * Every value `text` has as a French writing (spaces or dots between
 * thousands, a decimal comma) or an English one (spaces or commas between
 * thousands, a decimal point), as exact decimals: none when it is neither.
 */
function readings(text: string): string[] {
  let rest = text
    .trim()
    .replace(/\s*(euros?|eur|€)$/i, '')
    // A unit the dossier's field names (HT, TTC) may follow the amount: it changes no figure.
    .replace(/\s*(ht|ttc)$/i, '')
    .replace(/\s*(euros?|eur|€)$/i, '')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim();
  const negative = /^[-\u2212]/.test(rest);
  if (negative) rest = rest.slice(1).trim();
  const values = new Set<string>();
  for (const [groupings, point] of [
    [[' ', '.'], ','],
    [[' ', ','], '.'],
  ] as const) {
    const [units = '', fraction, extra] = rest.split(point);
    if (extra !== undefined || (fraction !== undefined && !/^\d+$/.test(fraction))) continue;
    const grouping = groupings.find((separator) => units.includes(separator));
    if (grouping === undefined ? !/^\d+$/.test(units) : !new RegExp(`^\\d{1,3}(?:\\${grouping}\\d{3})+$`).test(units)) continue;
    const whole = units.replaceAll(grouping ?? '', '').replace(/^0+(?=\d)/, '');
    const decimals = (fraction ?? '').replace(/0+$/, '');
    const value = decimals === '' ? whole : `${whole}.${decimals}`;
    values.add(negative && value !== '0' ? `-${value}` : value);
  }
  return [...values];
}

/** Cents as the exact decimal `readings` gives: 123450 → "1234.5". */
function decimal(cents: number): string {
  const units = Math.trunc(Math.abs(cents) / 100);
  const decimals = String(Math.abs(cents) % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const value = decimals === '' ? String(units) : `${units}.${decimals}`;
  return cents < 0 ? `-${value}` : value;
}

/** Any tree at all, with the dossier's own keys often enough to reach the rules. */
const anyValue = fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false });
const dossierKeys = fc.constantFrom(
  'porteur',
  'projet',
  'depenses',
  'financement',
  'depot',
  'analyse',
  'appel',
  '__proto__',
  'constructor',
);
const strangeDossier = fc.oneof(
  fc.dictionary(dossierKeys, anyValue, { maxKeys: 6 }),
  fc.record(
    {
      porteur: fc.record(
        { type: fc.oneof(fc.string(), anyValue), siren: anyValue, code_insee: fc.oneof(fc.string(), anyValue) },
        { requiredKeys: [] },
      ),
      depenses: fc.array(
        fc.dictionary(
          fc.constantFrom('libelle', 'montant_ht', 'montant_ttc', 'taux_tva', 'categorie', 'nature', 'beneficiaires'),
          anyValue,
        ),
        { maxLength: 4 },
      ),
      financement: fc.dictionary(fc.constantFrom('aide_sollicitee', 'autres_aides', 'autofinancement'), anyValue),
      depot: fc.dictionary(fc.constantFrom('date'), fc.oneof(fc.string(), fc.date({ noInvalidDate: false }).map(String), anyValue)),
    },
    { requiredKeys: [] },
  ),
  anyValue,
);

describe('strange dossiers', () => {
  it('always get a verdict and explained problems, never an exception', () => {
    fc.assert(
      fc.property(strangeDossier, fc.boolean(), (tree, asJson) => {
        let text: string;
        try {
          // undefined has no writing: an empty file is what stands for it.
          text = (asJson ? JSON.stringify(tree) : stringify(tree)) ?? '';
        } catch {
          return; // Not writable as YAML or JSON (a cycle, say): not a file anyone can send.
        }
        const report = checkDossier(text, asJson ? 'd.json' : 'd.yaml', { now: new Date('2022-07-01T10:00:00Z'), data: installedData });
        expect(VERDICTS).toContain(report.verdict);
        if (report.verdict !== 'eligible') expect(report.problemes.some((problem) => problem.gravite === 'bloquant')).toBe(true);
        for (const problem of report.problemes) {
          expect(problem.message.length).toBeGreaterThan(10);
          expect(problem.message).not.toMatch(/\[object /);
          // "undefined" or "NaN" in a message is a bug, unless the dossier itself wrote the word (a key named NaN).
          for (const word of ['undefined', 'NaN']) if (!text.includes(word)) expect(problem.message).not.toContain(word);
          expect(problem.regle).not.toBe('');
        }
      }),
      { numRuns: runs(600) },
    );
  });
});
