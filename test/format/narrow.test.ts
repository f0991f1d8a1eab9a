import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { formatText } from '../../src/format/text.js';
import type { Lang } from '../../src/i18n/index.js';
import { formatCents } from '../../src/money/format.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { buildReport } from '../../src/report/build.js';
import type { DossierReport } from '../../src/report/types.js';
import { baseDossier, check, checkDossiers } from '../helpers.js';

/**
 * The text report in a terminal of a given width: the expense table and the
 * batch table fit it, and nothing is lost (every line, every dossier, every
 * amount whole). Without a width, the full table, as the goldens pin it.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const OPTIONS = { date: '2022-07-20', now: new Date('2022-07-20T10:00:00Z'), data: installedData };

function examples(lang: Lang): DossierReport[] {
  const folders = ['examples', 'examples/exports/dossiers'];
  return folders.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => /\.(ya?ml|json)$/.test(name))
      .sort()
      .flatMap((name) => checkDossiers(readFileSync(join(ROOT, folder, name)), `${folder}/${name}`, { ...OPTIONS, lang })),
  );
}

/** A dossier whose table is as wide as can be: long labels, an unbroken word, an amount from TTC, an unknown category. */
function wideDossier(): DossierReport {
  const dossier = baseDossier();
  dossier.depenses = [
    {
      libelle: 'Ordinateurs portables reconditionnés pour le poste en libre-service de la médiathèque',
      montant_ht: 12_345.67,
      categorie: 'equipement-numerique',
    },
    {
      libelle: 'Abonnement https://www.exemple-de-plateforme-de-prise-de-rendez-vous.fr/commune',
      montant_ttc: 1200,
      tva: 20,
      categorie: 'logiciel',
    },
    { libelle: 'Mobilier', montant_ht: 800, categorie: 'mobilier-de-bureau-ergonomique' },
    { libelle: 'Ateliers', categorie: 'formation' },
  ];
  return check(dossier, { date: '2022-07-20' });
}

const WIDTHS = [60, 80, 100];

function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => [...line].length));
}

/** The lines of a text from its first table line to the end of its table. */
function tableOf(text: string, first: RegExp, last: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => first.test(line));
  const end = lines.findIndex((line, index) => index > start && last.test(line));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return lines.slice(start, end + 1).join('\n');
}

describe.each(['fr', 'en'] as const)('the expense table in a narrow terminal (%s)', (lang) => {
  const reports = [...examples(lang).filter((dossier) => dossier.depenses.length > 0), wideDossier()];

  it.each(WIDTHS)('fits %i columns, every line and every amount whole', (width) => {
    for (const dossier of reports) {
      const text = formatText(buildReport([dossier], lang, DEFAULT_EDITION), { width });
      const table = tableOf(text, /^┌/, /^└/);
      expect(widest(table), `${dossier.fichier}\n${table}`).toBeLessThanOrEqual(width);
      const flat = table.replace(/[│\s]+/g, ' ');
      for (const line of dossier.depenses) {
        expect(table, dossier.fichier).toMatch(new RegExp(`│ +${line.index + 1} │`));
        if (line.htCents !== undefined) expect(table).toContain(formatCents(line.htCents, lang));
        // The label may be wrapped, never cut: its words are all there.
        for (const word of line.libelle.split(/\s+/).filter((word) => word.length > 0 && word.length < 12))
          expect(flat, `${dossier.fichier}: ${word}`).toContain(word);
      }
    }
  });

  it('keeps the full table without a width', () => {
    const text = formatText(buildReport([wideDossier()], lang, DEFAULT_EDITION));
    expect(formatText(buildReport([wideDossier()], lang, DEFAULT_EDITION), { width: undefined })).toBe(text);
    expect(widest(tableOf(text, /^┌/, /^└/))).toBeGreaterThan(100);
  });
});

describe.each(['fr', 'en'] as const)('the batch table in a narrow terminal (%s)', (lang) => {
  const dossiers = examples(lang);
  const report = buildReport(dossiers, lang, DEFAULT_EDITION);

  it.each(WIDTHS)('fits %i columns, every dossier and every amount whole', (width) => {
    const text = formatText(report, { width });
    const table = text.split('\n\n')[0]!;
    expect(widest(table), table).toBeLessThanOrEqual(width);
    // A file name wider than the terminal is broken after a slash, never cut.
    const joined = table.replace(/\/\n/g, '/');
    for (const dossier of dossiers) {
      expect(joined).toContain(dossier.fichier);
      const maximum = dossier.aide && dossier.verdict !== 'ineligible' ? formatCents(dossier.aide.maximumCents, lang) : undefined;
      if (maximum) expect(table).toContain(maximum);
      if (dossier.aide?.requestedCents !== undefined) expect(table).toContain(formatCents(dossier.aide.requestedCents, lang));
    }
    // The totals rows keep their count of dossiers.
    expect(table).toMatch(new RegExp(`${report.resume.montants.grantable.dossiers} (dossiers|files)`));
  });

  it('keeps the full table without a width', () => {
    const text = formatText(report);
    expect(widest(text.split('\n\n')[0]!)).toBeGreaterThan(150);
  });
});
