import type { CheckerData } from '../engine/check.js';
import type { Lang } from '../i18n/index.js';
import type { Reglement } from '../reglement/types.js';

/**
 * What the page gives each of its parts (the checker, the dossier builder):
 * the edition and data inlined in the HTML file, and the language chosen.
 * Nothing here reads a file or the network.
 */
export interface PageContext {
  lang: Lang;
  reglement: Reglement;
  /** The official geography and the real words, read from the page itself. */
  data: CheckerData;
  /** The present instant (the page's clock; a test may fix it). */
  now(): Date;
  /** Opens a dossier's text in the checker part of the page, as if the file had been dropped there. */
  openInChecker(text: string, fileName: string): void;
}
