/**
 * The words every layer shares: a finding and its gravité, a position in the
 * source file, a language. It sits below every folder of src/ and imports
 * none of them, so that no folder needs to import one above it (eslint.config.js).
 */

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * 1-based line and column in the source file. In a spreadsheet export, the
 * row and the column's number, with the sheet (none for a CSV) and the cell
 * as the spreadsheet names it ("C14"), and its column's title.
 */
export interface Position {
  ligne: number;
  colonne: number;
  feuille?: string;
  cellule?: string;
  /** In an export, the title of the cell's column as the export writes it ("Montant HT"): what the officer looks for. */
  titre?: string;
}

export type Gravite = 'bloquant' | 'avertissement' | 'info';

/** What a blocking finding does to the verdict. */
export type Effet = 'a-completer' | 'ineligible' | 'illisible';

export type Params = Record<string, string | number | undefined>;

/**
 * What a rule returns: a code, the dotted path of the field at fault and the
 * values its message needs. The engine adds the rule id and the position;
 * formatters write the message, in the language asked for.
 */
export interface Finding<C extends string = string> {
  /** The problem's code, declared with its gravité and parameters by its rule (src/rules/<rule id>.ts). */
  code: C;
  chemin: string;
  gravite: Gravite;
  /** Set on every blocking finding: the verdict it leads to. */
  effet?: Effet;
  params?: Params;
  /** The clause at stake, when not the rule's own (an excluded category cites its exclusion). */
  clause?: string;
  /** Point at the key rather than the value (an unknown key). */
  pointsAt?: 'key';
}

export function blocking<C extends string>(effet: Effet, code: C, chemin: string, params?: Params): Finding<C> {
  return { code, chemin, gravite: 'bloquant', effet, params };
}

export function warning<C extends string>(code: C, chemin: string, params?: Params): Finding<C> {
  return { code, chemin, gravite: 'avertissement', params };
}

export function info<C extends string>(code: C, chemin: string, params?: Params): Finding<C> {
  return { code, chemin, gravite: 'info', params };
}
