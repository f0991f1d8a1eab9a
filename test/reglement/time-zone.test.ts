import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkDossier } from '../../src/index.js';
import { CLASSIFIER_CATEGORIES } from '../../src/classify/classifier.js';
import { EDITIONS } from '../../src/reglement/index.js';
import { loadEdition } from '../../src/edition/load.js';
import type { Reglement } from '../../src/reglement/types.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { baseDossier } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier-check.js');
const EDITIONS_DIR = join(ROOT, 'test', 'fixtures', 'editions');
const NOUMEA = join(EDITIONS_DIR, 'noumea.reglement.yaml');
const DOSSIER = join(EDITIONS_DIR, 'dossier-noumea.yaml');

function noumea(): Reglement {
  const context = { builtIns: EDITIONS, ruleIds: ALL_RULES.map((rule) => rule.id), requiredCategories: CLASSIFIER_CATEGORIES };
  const loaded = loadEdition(readFileSync(NOUMEA, 'utf8'), context, 'fr');
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.reglement;
}

/** A dossier of the Nouméa edition, filed at `date` (or undated). */
function filed(date: string | undefined, options: Partial<Parameters<typeof checkDossier>[2]> = {}) {
  const dossier = baseDossier();
  dossier.appel = 'essai-noumea';
  if (date === undefined) delete dossier.depot;
  else dossier.depot.date = date;
  const reglement = noumea();
  return checkDossier(stringify(dossier), 'dossier.yaml', {
    reglement,
    now: new Date('2024-09-01T00:00:00Z'),
    data: installedData,
    ...options,
  });
}

const late = (report: ReturnType<typeof filed>) => report.problemes.find((problem) => problem.code === 'depot-hors-delai');

describe('dates are read in the zone of the edition applied, not in Europe/Paris', () => {
  it('a dossier filed on 1 October at 8:00 in Nouméa (30 September in Paris) is late', () => {
    const report = filed('2024-10-01T08:00:00+11:00');
    expect(report.verdict).toBe('ineligible');
    expect(late(report)).toMatchObject({ chemin: 'depot.date', gravite: 'bloquant' });
    expect(report.referenceDate).toEqual({ date: '2024-10-01', source: 'depot' });
  });

  it('an instant late in Nouméa though still 30 September in Paris is late; the last evening in Nouméa is on time', () => {
    // 22:00 in Paris on 30 September is 07:00 on 1 October in Nouméa.
    expect(late(filed('2024-09-30T22:00:00+02:00'))).toBeDefined();
    expect(late(filed('2024-09-30T12:59:59Z'))).toBeUndefined(); // 23:59:59 in Nouméa
    expect(late(filed('2024-09-30T13:00:00Z'))).toBeDefined(); // midnight in Nouméa
    // A calendar date is that date wherever it is read.
    expect(late(filed('2024-09-30'))).toBeUndefined();
    expect(late(filed('01/10/2024'))).toBeDefined();
  });

  it('today and --date are read in the edition zone too', () => {
    // 14:00 UTC on 30 September: 16:00 in Paris, 01:00 on 1 October in Nouméa.
    const today = filed(undefined, { now: new Date('2024-09-30T14:00:00Z') });
    expect(today.referenceDate).toEqual({ date: '2024-10-01', source: 'aujourdhui' });
    expect(late(today)).toBeDefined();
    const option = filed(undefined, { date: '2024-09-30T22:00:00+02:00' });
    expect(option.referenceDate).toEqual({ date: '2024-10-01', source: 'option' });
    expect(late(option)).toBeDefined();
  });

  it('the built-in 2022 edition still reads instants in Europe/Paris', () => {
    const dossier = baseDossier();
    dossier.depot.date = '2022-07-29T23:30:00+02:00';
    expect(checkDossier(stringify(dossier), 'd.yaml', { data: installedData }).verdict).toBe('eligible');
    dossier.depot.date = '2022-07-29T22:30:00Z'; // 00:30 on 30 July in Paris
    expect(checkDossier(stringify(dossier), 'd.yaml', { data: installedData }).verdict).toBe('ineligible');
  });

  it('project dates given as instants are compared in the edition zone', () => {
    const dossier = baseDossier();
    dossier.appel = 'essai-noumea';
    dossier.depot.date = '2024-09-15';
    // Both on 2 October in Nouméa; in Paris the end would fall on 1 October, before the start.
    dossier.projet.debut = '2024-10-02';
    dossier.projet.fin = '2024-10-01T20:00:00+02:00';
    const report = checkDossier(stringify(dossier), 'd.yaml', { reglement: noumea(), data: installedData });
    expect(report.problemes.map((problem) => problem.code)).not.toContain('projet-dates-inversees');
  });
});

describe('the real CLI with --reglement', () => {
  function run(args: string[]) {
    const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('finds the Nouméa dossier late, and says so', () => {
    const { code, stdout } = run(['check', DOSSIER, '--reglement', NOUMEA]);
    expect(code).toBe(1);
    expect(stdout).toContain('INÉLIGIBLE');
    expect(stdout).toContain('Dépôt le 01/10/2024');
    expect(stdout).toContain('à minuit (Pacific/Noumea)');
  });

  it('reads --date in the edition zone', () => {
    const folder = mkdtempSync(join(tmpdir(), 'noumea-'));
    const undated = join(folder, 'sans-date.yaml');
    writeFileSync(undated, readFileSync(DOSSIER, 'utf8').replace(/^depot:\n.*\n/m, ''));
    const lateRun = run(['check', undated, '--reglement', NOUMEA, '--date', '2024-09-30T22:00:00+02:00', '-f', 'json']);
    expect(JSON.parse(lateRun.stdout).dossiers[0].verdict).toBe('ineligible');
    expect(lateRun.code).toBe(1);
    const onTime = run(['check', undated, '--reglement', NOUMEA, '--date', '2024-09-30T10:00:00+02:00', '-f', 'json']);
    expect(JSON.parse(onTime.stdout).dossiers[0].verdict).toBe('eligible');
  });
});
