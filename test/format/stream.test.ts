import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/index.js';
import { formatCsv, streamCsv, streamCsvLines } from '../../src/format/csv.js';
import { formatJson, streamJson } from '../../src/format/json.js';
import { wholeReport } from '../../src/format/types.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { buildReport } from '../../src/report/build.js';
import { check, baseDossier } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

/** Formats written dossier by dossier must read exactly like the whole report. */
function batch(count: number) {
  const dossiers = Array.from({ length: count }, (_, index) => {
    const dossier = baseDossier();
    if (index % 2 === 1) dossier.depot.date = '2022-07-30';
    return { ...check(dossier), fichier: `d${index}.yaml` };
  });
  return buildReport(dossiers, 'fr', DEFAULT_EDITION);
}

describe('formats written dossier by dossier', () => {
  it.each([0, 1, 3])('JSON of %i dossiers is laid out as JSON.stringify(report, null, 2)', (count) => {
    const text = formatJson(batch(count));
    const data = JSON.parse(text);
    expect(`${JSON.stringify(data, null, 2)}\n`).toBe(text);
    expect(data.dossiers).toHaveLength(count);
    expect(data.resume.total).toBe(count);
    expect(Object.keys(data)).toEqual(['reglement', 'dossiers', 'resume']);
  });

  it('gives the same text streamed and whole', () => {
    const report = batch(3);
    for (const factory of [streamJson, streamCsv, streamCsvLines]) {
      const stream = factory(report);
      const pieces = report.dossiers.map((dossier) => stream.dossier(dossier));
      expect(stream.begin() + pieces.join(stream.separator) + stream.end(report.resume)).toBe(wholeReport(factory)(report));
    }
    expect(formatCsv(report).split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('keeps a single unreadable dossier valid JSON', () => {
    const report = buildReport([checkDossier('', 'vide.yaml', { data: installedData })], 'en', DEFAULT_EDITION);
    expect(JSON.parse(formatJson(report)).dossiers[0].verdict).toBe('illisible');
  });
});
