import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDossier, grantableMaximum, problemMessage, reasonMessage } from '../../src/cli/library.js';
import { BIN, EXAMPLES } from './binary.js';

/**
 * The package's API (docs/api.md) as a program sees it: a report in codes and
 * values, and the words the JSON report gives beside them (a problem's
 * `message`, a line's `motif`), for a program that shows them.
 */
const FILE = 'commune-hors-delai.yaml';

interface CliDossier {
  problemes: { code: string; message: string }[];
  depenses: { motif: string }[];
  aide: { maximale: number; maximale_si_recevable: number };
}

function cliReport(lang: 'fr' | 'en', file = FILE): CliDossier {
  const run = spawnSync(process.execPath, [BIN, 'check', join(EXAMPLES, file), '-f', 'json', '--lang', lang], { encoding: 'utf8' });
  return JSON.parse(run.stdout).dossiers[0] as CliDossier;
}

describe('the library API', () => {
  const report = checkDossier(readFileSync(join(EXAMPLES, FILE)), FILE);

  it.each(['fr', 'en'] as const)("writes each problem's message and each line's reason as the JSON report does (%s)", (lang) => {
    const cli = cliReport(lang);
    expect(report.problemes.map((problem) => problemMessage(problem, report, { lang }))).toEqual(
      cli.problemes.map((problem) => problem.message),
    );
    expect(report.depenses.map((line) => reasonMessage(line, report, { lang }))).toEqual(cli.depenses.map((line) => line.motif));
  });

  it('writes in French by default', () => {
    const late = report.problemes.find((problem) => problem.code === 'depot-hors-delai');
    expect(problemMessage(late!, report)).toMatch(/^Dépôt le 30\/07\/2022 .*après la date limite du 29\/07\/2022 à minuit/);
  });

  it.each([FILE, 'epci-plafond.yaml'])("gives the maximum grant as the JSON report's aide.maximale: 0 when ineligible (%s)", (file) => {
    const checked = checkDossier(readFileSync(join(EXAMPLES, file)), file);
    const cli = cliReport('fr', file);
    expect(grantableMaximum(checked)).toBe(Math.round(cli.aide.maximale * 100));
    expect(checked.aide?.maximumCents).toBe(Math.round(cli.aide.maximale_si_recevable * 100));
  });

  it('gives 0 for an ineligible dossier whose lines are worth a grant', () => {
    expect(report.verdict).toBe('ineligible');
    expect(report.aide?.maximumCents).toBeGreaterThan(0);
    expect(grantableMaximum(report)).toBe(0);
  });
});
