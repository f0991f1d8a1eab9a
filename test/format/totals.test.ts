import fc from 'fast-check';
import { runs } from '../fast-check.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/index.js';
import { formatCsv } from '../../src/format/csv.js';
import { formatHtml } from '../../src/format/html.js';
import { formatJson } from '../../src/format/json.js';
import { formatText } from '../../src/format/text.js';
import { formatCents } from '../../src/money/format.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { buildReport } from '../../src/report/build.js';
import { baseDossier, readable } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * A batch where the sets matter: two eligible dossiers, one to complete (no
 * request), an ineligible one asking for a large grant, and an unreadable file.
 * Every expected figure below is computed by hand from these dossiers.
 */
function dossiers() {
  const small = baseDossier(); // 2 400 € HT of tablets → 80 % = 1 920 €, asks 1 920 €
  const large = baseDossier();
  large.depenses = [{ libelle: 'Ordinateurs pour l’espace public numérique', montant_ht: 10_000, categorie: 'equipement-numerique' }];
  large.financement.aide_sollicitee = 7_500; // maximum 8 000 €
  const incomplete = baseDossier();
  incomplete.depenses = [{ libelle: 'Logiciel de gestion de la médiathèque', montant_ht: 3_000, categorie: 'logiciel' }];
  delete incomplete.financement; // à compléter; maximum 2 400 €, nothing requested
  const association = baseDossier();
  association.porteur = { nom: 'Association Repair’Num', type: 'association', siren: '784218034', code_insee: '42218' };
  association.depenses = [
    { libelle: 'Ordinateurs reconditionnés pour les familles', montant_ht: 40_000, categorie: 'equipement-numerique' },
  ];
  association.financement.aide_sollicitee = 25_000; // 80 % of 40 000 € = 32 000 €, capped at 25 000 € — if it were not excluded
  return {
    small: { yaml: stringify(small), name: 'a-petit.yaml' },
    large: { yaml: stringify(large), name: 'b-grand.yaml' },
    incomplete: { yaml: stringify(incomplete), name: 'c-a-completer.yaml' },
    association: { yaml: stringify(association), name: 'd-association.yaml' },
    unreadable: { yaml: 'porteur: [', name: 'e-illisible.yaml' },
  };
}

const OPTIONS = { now: new Date('2022-07-01T10:00:00Z'), data: installedData };

function batch(lang: 'fr' | 'en' = 'fr') {
  const reports = Object.values(dossiers()).map(({ yaml, name }) => checkDossier(yaml, name, { ...OPTIONS, lang, data: installedData }));
  return buildReport(reports, lang, DEFAULT_EDITION);
}

// By hand: eligible or to complete = small, large, incomplete.
const GRANTABLE = { count: 3, requested: '9 420,00 €' /* 1 920 + 7 500 */, maximum: '12 320,00 €' /* 1 920 + 8 000 + 2 400 */ };
const INELIGIBLE = { count: 1, requested: '25 000,00 €' };
// What today's table put side by side: every request (34 420 €) against the grantable maximum.
const MIXED_REQUESTED = '34 420,00 €';

describe('the verdicts of the fixture', () => {
  it('are the ones the totals below assume', () => {
    expect(batch().dossiers.map((dossier) => dossier.verdict)).toEqual(['eligible', 'eligible', 'a-completer', 'ineligible', 'illisible']);
  });
});

describe('aide.maximale is what the dossier can receive as it stands', () => {
  it('is 0 for an ineligible dossier in JSON, with the figure if it were not excluded in maximale_si_recevable', () => {
    const report = JSON.parse(formatJson(batch()));
    const association = report.dossiers[3];
    expect(association.verdict).toBe('ineligible');
    expect(association.aide.maximale).toBe(0);
    expect(association.aide.maximale_si_a_verifier_retenues).toBe(0);
    expect(association.aide.maximale_si_recevable).toBe(25_000);
    expect(association.aide.sollicitee).toBe(25_000);
  });

  it('keeps the figure of an eligible dossier, and maximale_si_recevable equal to it', () => {
    const report = JSON.parse(formatJson(batch()));
    expect(report.dossiers[1].aide).toMatchObject({ maximale: 8_000, maximale_si_recevable: 8_000, sollicitee: 7_500 });
    expect(report.dossiers[2].aide).toMatchObject({ maximale: 2_400, maximale_si_recevable: 2_400, sollicitee: null });
  });

  it('is null for an unreadable dossier', () => {
    const unreadable = JSON.parse(formatJson(batch())).dossiers[4];
    expect(unreadable.verdict).toBe('illisible');
    expect(unreadable.aide.maximale).toBeNull();
    expect(unreadable.aide.maximale_si_recevable).toBeNull();
  });

  it('is 0 in the CSV aide_maximale column for an ineligible dossier, empty for an unreadable one', () => {
    const [header, ...rows] = formatCsv(batch())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    const columns = header!.split(';');
    const cell = (row: number, name: string) => rows[row]!.split(';')[columns.indexOf(name)];
    expect(columns.slice(0, 13)).toEqual([
      'fichier',
      'porteur',
      'type',
      'siren',
      'code_insee',
      'verdict',
      'assiette_eligible_ht',
      'aide_maximale',
      'aide_maximale_si_a_verifier_retenues',
      'aide_sollicitee',
      'bloquants',
      'avertissements',
      'criteres_documentes',
    ]);
    expect(cell(3, 'aide_maximale')).toBe('0,00');
    expect(cell(3, 'aide_maximale_si_a_verifier_retenues')).toBe('0,00');
    expect(cell(3, 'aide_maximale_si_recevable')).toBe('25000,00');
    expect(cell(3, 'aide_sollicitee')).toBe('25000,00');
    expect(cell(3, 'aide_sollicitee_hors_ineligibles')).toBe('0,00');
    expect(cell(1, 'aide_sollicitee_hors_ineligibles')).toBe('7500,00');
    expect(cell(4, 'aide_maximale')).toBe('');
    expect(cell(4, 'aide_maximale_si_recevable')).toBe('');
  });

  it('lets a spreadsheet sum requested and maximum grants over the same dossiers', () => {
    const [header, ...rows] = formatCsv(batch())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    const columns = header!.split(';');
    const sum = (name: string) =>
      rows.reduce((total, row) => total + Math.round(Number((row.split(';')[columns.indexOf(name)] || '0').replace(',', '.')) * 100), 0);
    expect(sum('aide_maximale')).toBe(1_232_000);
    expect(sum('aide_sollicitee_hors_ineligibles')).toBe(942_000);
  });
});

describe('the text report of one ineligible dossier', () => {
  it('never presents the computed figure as its grant', () => {
    const { association } = dossiers();
    const text = formatText(buildReport([checkDossier(association.yaml, association.name, OPTIONS)], 'fr', DEFAULT_EDITION));
    expect(text).toMatch(/^ {2}Aide maximale : 0,00 €/m);
    expect(text).not.toMatch(/^ {2}Aide maximale : 25 000,00 €/m);
    expect(text).toMatch(/si le dossier était recevable.*25 000,00 €/);
  });

  it('says so in English too', () => {
    const { association } = dossiers();
    const text = formatText(
      buildReport(
        [checkDossier(association.yaml, association.name, { ...OPTIONS, lang: 'en', data: installedData })],
        'en',
        DEFAULT_EDITION,
      ),
    );
    expect(text).toMatch(/^ {2}Maximum grant: €0\.00/m);
    expect(text).toMatch(/if the dossier were admissible.*€25,000\.00/);
  });
});

describe('the problems of an ineligible dossier', () => {
  it('never call the computed figure its maximum grant, which the report gives as 0', () => {
    const { association } = dossiers();
    const asking = association.yaml.replace('aide_sollicitee: 25000', 'aide_sollicitee: 30000');
    const report = readable(checkDossier(asking, association.name, OPTIONS));
    expect(report.verdict).toBe('ineligible');
    const excessive = report.problemes.find((problem) => problem.code === 'aide-sollicitee-excessive');
    expect(excessive?.message).toMatch(/si le dossier était recevable/);
    const missing = readable(checkDossier(association.yaml.replace(/financement:\n.*\n/, ''), association.name, OPTIONS));
    expect(missing.verdict).toBe('ineligible');
    const none = missing.problemes.find((problem) => problem.code === 'aide-sollicitee-manquante');
    expect(none?.message).toMatch(/si le dossier était recevable/);
    const english = readable(checkDossier(asking, association.name, OPTIONS), 'en');
    expect(english.problemes.find((problem) => problem.code === 'aide-sollicitee-excessive')?.message).toMatch(
      /if the dossier were admissible/,
    );
  });

  it('keep the plain wording for a dossier that can be granted', () => {
    const { large } = dossiers();
    const report = readable(checkDossier(large.yaml.replace('aide_sollicitee: 7500', 'aide_sollicitee: 9000'), large.name, OPTIONS));
    const excessive = report.problemes.find((problem) => problem.code === 'aide-sollicitee-excessive');
    expect(excessive?.message).toContain('dépasse l’aide maximale (8 000,00 €)');
    expect(excessive?.message).not.toMatch(/recevable/);
  });
});

describe('totals compare requested and maximum grants over the same dossiers, and name them', () => {
  it('in the text batch table', () => {
    const text = formatText(batch());
    const grantable = text.split('\n').find((line) => line.includes('éligibles ou à compléter'));
    expect(grantable, text).toBeDefined();
    expect(grantable).toContain(`${GRANTABLE.count} dossiers`);
    expect(grantable).toContain(GRANTABLE.maximum);
    expect(grantable).toContain(GRANTABLE.requested);
    const ineligible = text.split('\n').find((line) => /^Inéligibles\b/.test(line));
    expect(ineligible, text).toBeDefined();
    expect(ineligible).toContain(`${INELIGIBLE.count} dossier`);
    expect(ineligible).toContain(INELIGIBLE.requested);
    expect(ineligible).toContain('0,00 €');
    expect(text).not.toContain(MIXED_REQUESTED);
  });

  it('in the English text batch table', () => {
    const text = formatText(batch('en'));
    const grantable = text.split('\n').find((line) => line.includes('eligible or to complete'));
    expect(grantable, text).toBeDefined();
    expect(grantable).toContain('€12,320.00');
    expect(grantable).toContain('€9,420.00');
    expect(text).not.toContain('€34,420.00');
  });

  it('in the HTML headline and the table by verdict', () => {
    const html = formatHtml(batch());
    const headline = /<p class="totals">(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    expect(headline).toContain(`${GRANTABLE.count} dossiers éligibles ou à compléter`);
    expect(headline).toContain(GRANTABLE.requested);
    expect(headline).toContain(GRANTABLE.maximum);
    expect(headline).toContain(INELIGIBLE.requested);
    expect(html).not.toContain(MIXED_REQUESTED);
    const footer = /<tfoot>(.*?)<\/tfoot>/s.exec(html)?.[1] ?? '';
    expect(footer).toContain('éligibles ou à compléter');
    expect(footer).toContain(GRANTABLE.requested);
    expect(footer).toContain(GRANTABLE.maximum);
  });

  it('in the JSON resume, with the set named', () => {
    const { resume } = JSON.parse(formatJson(batch()));
    expect(resume).toMatchObject({ total: 5, eligible: 2, 'a-completer': 1, ineligible: 1, illisible: 1 });
    expect(resume.aide.eligibles_ou_a_completer).toEqual({
      verdicts: ['eligible', 'a-completer'],
      dossiers: 3,
      assiette_eligible_ht: 15_400,
      sollicitee: 9_420,
      maximale: 12_320,
      maximale_si_a_verifier_retenues: 12_320,
      sans_aide_sollicitee: 1,
      provisoires: 0,
    });
    expect(resume.aide.ineligibles).toEqual({
      verdicts: ['ineligible'],
      dossiers: 1,
      assiette_eligible_ht: 40_000,
      sollicitee: 25_000,
      maximale: 0,
      maximale_si_recevable: 25_000,
      sans_aide_sollicitee: 0,
    });
  });
});

describe('the JSON resume written by the CLI, dossier by dossier', () => {
  it('holds the same totals as the whole report', () => {
    const folder = mkdtempSync(join(tmpdir(), 'totals-'));
    for (const { yaml, name } of Object.values(dossiers())) writeFileSync(join(folder, name), yaml);
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');
    const result = spawnSync(process.execPath, [bin, 'check', folder, '-f', 'json', '--date', '2022-07-20'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    const { resume } = JSON.parse(result.stdout);
    expect(resume.aide.eligibles_ou_a_completer).toMatchObject({ dossiers: 3, sollicitee: 9_420, maximale: 12_320 });
    expect(resume.aide.ineligibles).toMatchObject({ dossiers: 1, sollicitee: 25_000, maximale: 0 });
  });
});

/** Any batch: applicants eligible or not, on time or late, with or without a request, lines with or without amounts. */
const anyBatch = fc.array(
  fc.oneof(
    {
      weight: 9,
      arbitrary: fc.record({
        association: fc.boolean(),
        late: fc.boolean(),
        requested: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: undefined }),
        lines: fc.array(
          fc.record({
            categorie: fc.constantFrom('equipement-numerique', 'logiciel', 'formation', 'fonctionnement', 'mobilier'),
            cents: fc.option(fc.integer({ min: 1, max: 4_000_000 }), { nil: undefined, freq: 8 }),
          }),
          { maxLength: 4 },
        ),
      }),
    },
    { weight: 1, arbitrary: fc.constant('unreadable' as const) },
  ),
  { maxLength: 6 },
);

type BatchSpec = typeof anyBatch extends fc.Arbitrary<infer Spec> ? Spec : never;

function batchOf(specs: BatchSpec) {
  const reports = specs.map((spec, index) => {
    const name = `d${index}.yaml`;
    if (spec === 'unreadable') return checkDossier('porteur: [', name, OPTIONS);
    const dossier = baseDossier();
    if (spec.association) dossier.porteur = { nom: 'Association', type: 'association', siren: '784218034', code_insee: '42218' };
    if (spec.late) dossier.depot.date = '2022-07-30';
    if (spec.requested === undefined) delete dossier.financement;
    else dossier.financement.aide_sollicitee = (spec.requested / 100).toFixed(2);
    dossier.depenses = spec.lines.map(({ categorie, cents }, line) => ({
      libelle: `Dépense ${line + 1} pour le public`,
      categorie,
      beneficiaires: 'usagers',
      ...(cents === undefined ? {} : { montant_ht: (cents / 100).toFixed(2) }),
    }));
    return checkDossier(stringify(dossier), name, OPTIONS);
  });
  return buildReport(reports, 'fr', DEFAULT_EDITION);
}

describe('on any batch', () => {
  it('the totals in JSON, CSV and text are sums over the set they name, of what each dossier can receive', () => {
    fc.assert(
      fc.property(anyBatch, (specs) => {
        const report = batchOf(specs);
        seen.push(...report.dossiers.map((dossier) => dossier.verdict));
        const json = JSON.parse(formatJson(report));
        const cents = (euros: number | null) => Math.round((euros ?? 0) * 100);
        const grantable = json.dossiers.filter((dossier: { verdict: string }) => ['eligible', 'a-completer'].includes(dossier.verdict));
        const ineligible = json.dossiers.filter((dossier: { verdict: string }) => dossier.verdict === 'ineligible');
        const sum = (dossiers: { aide: Record<string, number | null> }[], field: string) =>
          dossiers.reduce((total, dossier) => total + cents(dossier.aide[field]!), 0);
        for (const dossier of json.dossiers) {
          if (dossier.verdict === 'illisible') expect(dossier.aide.maximale).toBeNull();
          else if (dossier.verdict === 'ineligible') {
            expect(dossier.aide.maximale).toBe(0);
            expect(dossier.aide.maximale_si_a_verifier_retenues).toBe(0);
          } else expect(dossier.aide.maximale_si_recevable).toBe(dossier.aide.maximale);
        }
        const { aide } = json.resume;
        expect(aide.eligibles_ou_a_completer.dossiers).toBe(grantable.length);
        expect(cents(aide.eligibles_ou_a_completer.maximale)).toBe(sum(grantable, 'maximale'));
        expect(cents(aide.eligibles_ou_a_completer.sollicitee)).toBe(sum(grantable, 'sollicitee'));
        expect(aide.ineligibles.dossiers).toBe(ineligible.length);
        expect(cents(aide.ineligibles.sollicitee)).toBe(sum(ineligible, 'sollicitee'));
        expect(cents(aide.ineligibles.maximale)).toBe(0);
        expect(cents(aide.ineligibles.maximale_si_recevable)).toBe(sum(ineligible, 'maximale_si_recevable'));

        // A spreadsheet's sums of the CSV columns compare the same dossiers.
        const [header, ...rows] = formatCsv(report)
          .replace(/^\ufeff/, '')
          .trimEnd()
          .split('\r\n');
        const columns = header!.split(';');
        const column = (name: string) =>
          rows.reduce((total, row) => total + cents(Number((row.split(';')[columns.indexOf(name)] || '0').replace(',', '.'))), 0);
        expect(column('aide_maximale')).toBe(sum(grantable, 'maximale'));
        expect(column('aide_sollicitee_hors_ineligibles')).toBe(sum(grantable, 'sollicitee'));

        // The text table's totals row of the dossiers that can be granted.
        if (report.dossiers.length !== 1) {
          const row = formatText(report)
            .split('\n')
            .find((line) => line.startsWith('Total éligibles ou à compléter'));
          expect(row).toContain(formatCents(sum(grantable, 'maximale'), 'fr'));
          expect(row).toContain(formatCents(sum(grantable, 'sollicitee'), 'fr'));
        }
      }),
      { numRuns: runs(150) },
    );
    // The batches did hold every kind of dossier.
    for (const verdict of ['eligible', 'a-completer', 'ineligible', 'illisible']) expect(seen).toContain(verdict);
  });
});

const seen: string[] = [];
