import { readFileSync } from 'node:fs';
import { catalogue, type Lang } from '../i18n/index.js';
import { installedGeography } from './checker-data.js';

/** The tool's version, and the vintage of the official geography it checks applicants against. */
export function version(lang: Lang): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const { nom, version: dataVersion, millesime } = installedGeography().source;
  const geography = catalogue(lang).cli.geographyVintage(millesime);
  return `${pkg.version} (${geography}, ${nom}@${dataVersion})`;
}
