import { loadCorrespondance } from '../edition/correspondance.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { decode } from '../parse/decode.js';
import type { Reglement } from '../reglement/types.js';
import type { Correspondance } from '../tableur/correspondance.js';
import { PathError, UsageError } from './errors.js';
import { MAX_INPUT_BYTES, readDossierFile } from './read.js';

/**
 * The correspondence file named by --colonnes, read once for the whole run:
 * an invalid one is a usage error listing every mistake with its path, as
 * an invalid --reglement is.
 */
export function correspondanceFor(file: string, reglement: Reglement, lang: Lang): Correspondance {
  const read = readDossierFile(file);
  if (!read.ok) throw new PathError(file, 'read', read.error, MAX_INPUT_BYTES);
  const loaded = loadCorrespondance(decode(read.bytes).text, reglement, lang);
  if (!loaded.ok) {
    const t = catalogue(lang).cli.exports;
    throw new UsageError([t.colonnesInvalid(file, loaded.errors.length), ...loaded.errors.map((error) => `  - ${error}`)].join('\n'));
  }
  return loaded.correspondance;
}
