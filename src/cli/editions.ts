import { loadEdition } from '../edition/load.js';
import { CLASSIFIER_CATEGORIES } from '../classify/classifier.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { decode } from '../parse/decode.js';
import { DEFAULT_EDITION, EDITIONS } from '../reglement/index.js';
import { ALL_RULES } from '../rules/index.js';
import type { Editions } from './config.js';
import { PathError, UsageError } from './errors.js';
import { MAX_INPUT_BYTES, readDossierFile } from './read.js';

/**
 * The edition to apply: the built-in one, or the one read from --reglement
 * (which `appel:` may also name); an invalid file is a usage error listing
 * every mistake with its path.
 */
export function editionsFor(file: string | undefined, lang: Lang): Editions {
  if (file === undefined) return { reglement: DEFAULT_EDITION, editions: EDITIONS };
  const t = catalogue(lang);
  const read = readDossierFile(file);
  if (!read.ok) throw new PathError(file, 'read', read.error, MAX_INPUT_BYTES);
  const loaded = loadEdition(
    decode(read.bytes).text,
    { builtIns: EDITIONS, ruleIds: ALL_RULES.map((rule) => rule.id), requiredCategories: CLASSIFIER_CATEGORIES },
    lang,
  );
  if (!loaded.ok)
    throw new UsageError([t.edition.invalid(file, loaded.errors.length), ...loaded.errors.map((error) => `  - ${error}`)].join('\n'));
  return { reglement: loaded.reglement, editions: new Map([...EDITIONS, [loaded.reglement.id, loaded.reglement]]) };
}
