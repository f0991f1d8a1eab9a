import { Document } from 'yaml';
import { catalogue } from '../i18n/index.js';
import { formatFromName } from '../parse/documents.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import type { Reglement } from '../reglement/types.js';
import type { Lang } from '../vocabulary.js';
import type { DossierDraft } from './interview.js';

export interface DocumentOptions {
  lang: Lang;
  today: string;
  /** The edition the dossier is written for: the header names it. */
  reglement?: Reglement;
  /** The edition file given to init (`--reglement`), for the command that checks the dossier again. */
  reglementFile?: string;
  /** Who writes the file: init (the default), or the applicants' page, whose header names no command. */
  madeBy?: 'init' | 'page';
}

/** The dossier as a readable YAML file, with a header saying where it comes from and what to do next. */
export function draftToYaml(draft: DossierDraft, options: DocumentOptions): string {
  const { titre, organisme } = options.reglement ?? DEFAULT_EDITION;
  const doc = new Document(draft);
  const say = catalogue(options.lang).interview;
  const edition = `${titre} (${organisme})`;
  doc.commentBefore =
    options.madeBy === 'page' ? say.pageFileHeader(edition, options.today) : say.fileHeader(edition, options.today, checkCommand(options));
  return doc.toString({ lineWidth: 0 });
}

/**
 * The command that checks a dossier again as init checked it: with the
 * edition file init was given (`--reglement FILE`), in the language of the
 * questions (`check` speaks French unless told), and the file when named.
 * Each path is written so that a shell takes it as one word.
 */
export function checkCommand(options: { lang: Lang; reglementFile?: string }, file?: string): string {
  const edition = options.reglementFile === undefined ? '' : ` --reglement ${shellWord(options.reglementFile)}`;
  const lang = catalogue(options.lang).interview.checkLangOption;
  return `dossier-check check${edition}${lang}${file === undefined ? '' : ` ${shellWord(file)}`}`;
}

/**
 * A path as one word of a command line: as it is when it needs no quotes;
 * else between double quotes, which every shell takes (sh, PowerShell, cmd),
 * or single quotes when it holds what double quotes would still expand.
 */
export function shellWord(path: string): string {
  if (/^[\p{L}\p{N}_@%+=:,./\\-]+$/u.test(path)) return path;
  if (!/["$`!]/.test(path)) return `"${path}"`;
  return `'${path.replaceAll("'", `'\\''`)}'`;
}

/**
 * The dossier in the format its file name asks for, as `check` will read it:
 * JSON for a `.json` name (JSON has no comments, so no header), YAML otherwise.
 */
export function draftToFile(draft: DossierDraft, file: string, options: DocumentOptions): string {
  return formatFromName(file) === 'json' ? `${JSON.stringify(draft, null, 2)}\n` : draftToYaml(draft, options);
}
