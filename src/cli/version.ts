import { readFileSync } from 'node:fs';
import { catalogue, type Lang } from '../i18n/index.js';
import { EDITIONS } from '../reglement/index.js';
import { installedGeography } from './checker-data.js';

/**
 * What --version prints: the tool's version alone on the first line (for scripts),
 * then the editions of the call built in and the vintage of the official geography
 * applicants are checked against: what decides a report besides the tool's code.
 */
export function version(lang: Lang): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const { nom, version: dataVersion, millesime } = installedGeography().source;
  const say = catalogue(lang).cli;
  const editions = [...EDITIONS.values()].map((edition) => `${edition.id} (${edition.titre}, ${edition.organisme})`);
  return [pkg.version, say.builtInEditions(editions), say.geography(`${say.geographyVintage(millesime)} (${nom}@${dataVersion})`)].join(
    '\n',
  );
}
