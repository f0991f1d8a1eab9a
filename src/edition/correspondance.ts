import type { Lang } from '../vocabulary.js';
import type { Reglement } from '../reglement/types.js';
import type { Correspondance } from '../tableur/correspondance.js';

export type CorrespondanceLoad = { ok: true; correspondance: Correspondance } | { ok: false; errors: string[] };

/** STUB (issue 16, correspondence helper): a correspondence file from its YAML text, every mistake listed with its path. */
export function loadCorrespondance(text: string, reglement: Reglement, lang: Lang): CorrespondanceLoad {
  void text;
  void reglement;
  void lang;
  throw new Error('loadCorrespondance: not implemented yet');
}
