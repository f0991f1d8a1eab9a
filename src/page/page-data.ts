import type { Lang } from '../vocabulary.js';
import type { Reglement } from '../reglement/types.js';
import type { PackedGeography } from './geography-pack.js';

/** What the page carries besides its code, in its `<script type="application/json" id="page-data">`. */
export interface PageData {
  /** The language the page opens in, unless its address asks for the other (`?lang=en`, `#lang=en`). */
  lang: Lang;
  /** The tool's version, said at the foot of the page. */
  version: string;
  reglement: Reglement;
  geography: PackedGeography;
  /** generated/classify/real-words.json. */
  realWords: string[];
}

export const PAGE_DATA_ID = 'page-data';
