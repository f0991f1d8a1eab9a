import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/format/sarif.js';
import { fileUri } from '../../src/format/utils.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { buildReport } from '../../src/report/build.js';
import { baseDossier, check } from '../helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier-check.js');

/** Names a town hall's files really have, and the characters a URI cannot carry raw. */
const NAMES = [
  'dossiers/Mairie de Feurs.yaml',
  'dossiers/dossier #2.yaml',
  'dossiers/100% numérique.yaml',
  'dossiers/quoi?.yaml',
  'dossiers/Saint-Étienne/équipement [v2].yaml',
  'dossiers/a:b.yaml',
  'a:b.yaml',
  'dossiers/crochet{1}&plus+;égal=.json',
  '../dossiers voisins/x.yaml',
  '/srv/dossiers/Mairie de Feurs #1 100%.yaml',
];

/** A report with one late dossier per name (so that each has a problem, hence a SARIF result). */
function reportOf(names: readonly string[]) {
  const dossiers = names.map((fichier) => {
    const dossier = baseDossier();
    dossier.depot.date = '2022-07-30';
    return { ...check(dossier), fichier };
  });
  return buildReport(dossiers, 'fr', DEFAULT_EDITION);
}

function uris(sarifText: string): string[] {
  const sarif = JSON.parse(sarifText);
  return sarif.runs[0].results.map(
    (result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      result.locations[0]!.physicalLocation.artifactLocation.uri,
  );
}

/** RFC 3986 URI reference: only unreserved, reserved and percent-encoded characters. */
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-F]{2})*$/;

describe('SARIF artifact URIs', () => {
  it.each(NAMES)('%s: a valid URI that resolves back to the file', (name) => {
    const found = new Set(uris(formatSarif(reportOf([name]))));
    expect(found.size).toBe(1);
    const [uri] = [...found] as [string];
    expect(uri).toMatch(URI_REFERENCE);
    // Nothing after the path: a `#` or `?` of the name must not become a fragment or a query.
    const url = new URL(uri, 'file:///base/');
    expect(url.hash).toBe('');
    expect(url.search).toBe('');
    expect(fileURLToPath(url)).toBe(posix.resolve('/base', name));
    // Relative names stay relative (SARIF resolves them against the run's folder), absolute ones are file: URIs.
    expect(uri.startsWith('file:')).toBe(name.startsWith('/'));
  });

  it('writes a Windows path with its drive letter and forward slashes', () => {
    expect(fileUri('C:\\Dossiers\\Mairie de Feurs.yaml')).toBe('file:///C:/Dossiers/Mairie%20de%20Feurs.yaml');
    expect(fileUri('\\\\serveur\\partage\\a b.yaml')).toBe('file://serveur/partage/a%20b.yaml');
    const url = new URL(fileUri('C:\\Dossiers\\100% #1.yaml'));
    expect([url.protocol, url.host, decodeURIComponent(url.pathname), url.hash]).toEqual(['file:', '', '/C:/Dossiers/100% #1.yaml', '']);
  });

  it('gives the real binary valid URIs for files with a space, #, %, ? and accents in their names', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sarif-'));
    const names = ['Mairie de Feurs.yaml', 'dossier #2.yaml', '100% numérique.yaml', 'quoi?.yaml'];
    mkdirSync(join(folder, 'lot'));
    for (const name of names) copyFileSync(join(ROOT, 'examples', 'commune-hors-delai.yaml'), join(folder, 'lot', name));
    const run = spawnSync(process.execPath, [BIN, 'check', 'lot', '-f', 'sarif'], { cwd: folder, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const resolved = new Set(uris(run.stdout).map((uri) => fileURLToPath(new URL(uri, `file://${folder}/`))));
    expect([...resolved].sort()).toEqual(names.map((name) => join(folder, 'lot', name)).sort());
  });
});
