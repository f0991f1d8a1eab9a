import type { Params, Position } from '../vocabulary.js';

/**
 * What a person typing French text most likely did when the yaml package
 * refuses a file, read from the line at fault: the parser's codes say where
 * it stopped, seldom why. Each situation has its message, with the fix (often
 * the line corrected), in the catalogues (`yaml-invalide`, by `situation`).
 *
 * The yaml package's codes (YAMLParseError.code) and the situations they
 * usually stand for:
 * - TAB_AS_INDENT: `tabulation`.
 * - DUPLICATE_KEY: `cle-en-double`.
 * - BAD_DQ_ESCAPE: `barre-inverse` (a Windows path between double quotes).
 * - KEY_OVER_1024_CHARS: `cle-trop-longue`.
 * - BLOCK_IN_FLOW: `tiret-entre-crochets`.
 * - BAD_INDENT, MISSING_CHAR ("Sequence item without -"), BLOCK_AS_IMPLICIT_KEY,
 *   MULTILINE_IMPLICIT_KEY: `indentation` when a line near the error is not
 *   aligned with its siblings; else one of the line situations below.
 * - BAD_INDENT ("Flow sequence/map … must end with ] / }"): `crochet-non-ferme`.
 * - MISSING_CHAR ("Missing closing quote"): `guillemet-non-ferme`.
 * - MISSING_CHAR ("Missing directives-end"), BAD_DIRECTIVE: `directive` (a line starting with %).
 * - BAD_SCALAR_START, BAD_ALIAS, ALIAS_PROPS, BAD_PROP_ORDER, MULTIPLE_ANCHORS,
 *   MULTIPLE_TAGS, TAG_RESOLVE_FAILED, UNEXPECTED_TOKEN: `caractere-reserve`
 *   when the value starts with one of @ ` % , * & ! | > ? [ {.
 * - UNEXPECTED_TOKEN: `apostrophe` ('l'école'), `texte-apres-guillemets`
 *   ("Mairie" de Feurs), `texte-apres-crochet` ([Lot 1] Ordinateurs),
 *   `tiret-sur-la-ligne` (axes: - inclusion).
 * - BLOCK_AS_IMPLICIT_KEY: `deux-points` (a colon in the value),
 *   `liste-mal-placee` (a "- " among keys).
 * - MULTILINE_IMPLICIT_KEY, MISSING_CHAR ("Implicit map keys need to be
 *   followed by map values"): `espace-apres-deux-points` (nom:Mairie),
 *   `deux-points-manquant` (type commune), or a value continued on the next line.
 * - Anything else (IMPOSSIBLE, RESOURCE_EXHAUSTION, NON_STRING_KEY,
 *   BAD_COLLECTION_TYPE, MULTIPLE_DOCS): the code's own message.
 */
export interface YamlDiagnosis {
  situation: string;
  /** The line to change, when not where the parser stopped. */
  position?: Position;
  params: Params;
}

/** Characters that cannot start a plain value in YAML. */
const RESERVED_START = new Set(['@', '`', '%', ',', '*', '&', '!', '|', '>', '?']);

interface Line {
  /** 1-based. */
  number: number;
  indent: number;
  /** The line without its indentation and line end. */
  content: string;
  /** Column of the first key or value, past "- " list marks. */
  keyColumn: number;
  /** The content past the "- " list marks. */
  body: string;
  /** The key, when the body is "key: value" or "key:". */
  key?: string;
  /** The value after "key: ", or the whole body when there is no key. */
  value: string;
  /** 0-based column where `value` starts. */
  valueColumn: number;
  /** Blank or a comment. */
  skipped: boolean;
}

function readLine(raw: string, number: number): Line {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  let indent = 0;
  while (text[indent] === ' ') indent++;
  const content = text.slice(indent);
  let body = content;
  let keyColumn = indent;
  while (body.startsWith('- ') || body === '-') {
    const gap = body.length > 1 ? 1 + spaces(body, 1) : 1;
    body = body.slice(gap);
    keyColumn += gap;
  }
  const split = splitKey(body);
  const key = split?.key;
  const value = split ? body.slice(split.valueStart).trimEnd() : body.trimEnd();
  const valueColumn = keyColumn + (split?.valueStart ?? 0);
  return { number, indent, content, keyColumn, body, key, value, valueColumn, skipped: content === '' || content.startsWith('#') };
}

/**
 * "key: value" or "key:": the key and where the value starts. By hand: a
 * lazy key followed by optional spaces made a regular expression quadratic
 * on a long run of spaces.
 */
function splitKey(body: string): { key: string; valueStart: number } | undefined {
  let colon: number;
  const first = body[0];
  if (first === '"' || first === "'") {
    const close = body.indexOf(first, 1);
    if (close === -1) return undefined;
    colon = close + 1 + spaces(body, close + 1);
    if (body[colon] !== ':') return undefined;
  } else {
    if (first === undefined || /[\s#[\]{},:]/.test(first)) return undefined;
    colon = 1;
    for (; colon < body.length; colon++) {
      const char = body[colon];
      if (char === '#' && body[colon - 1] === ' ') return undefined;
      if (char === ':' && (colon + 1 === body.length || body[colon + 1] === ' ' || body[colon + 1] === '\t')) break;
    }
    if (colon === body.length) return undefined;
  }
  return { key: body.slice(0, colon).trimEnd(), valueStart: colon + 1 + spaces(body, colon + 1) };
}

function spaces(text: string, from: number): number {
  let count = 0;
  while (text[from + count] === ' ') count++;
  return count;
}

/** A value between quotes, as YAML reads it back unchanged: double quotes, else single, else double with escapes. */
export function quoteValue(value: string): string {
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The line with another value: its list marks and key kept, its indentation not (it is quoted in a sentence). */
function withValue(line: Line, value: string): string {
  const marks = line.content.slice(0, line.content.length - line.body.length);
  return `${marks}${line.key === undefined ? '' : `${line.key}: `}${value}`;
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * The situation behind a parse error at `offset` (the yaml package's
 * `error.pos[0]`), `line` being its 1-based line.
 */
export function diagnoseYamlError(text: string, error: { code: string; message: string }, errorLine: number): YamlDiagnosis {
  // The lines up to just past the error are all it reads.
  const lines = text.split('\n', errorLine + 1).map((raw, index) => readLine(raw, index + 1));
  const at = (number: number) => lines[number - 1];
  const here = at(errorLine);
  const located = (line: Line, situation: string, params: Params = {}): YamlDiagnosis => ({
    situation,
    // An indentation is fixed at the start of the line; anything else at the line's key, or its dash when it has none.
    position: {
      ligne: line.number,
      colonne: situation === 'indentation' ? 1 : line.key === undefined ? line.indent + 1 : line.keyColumn + 1,
    },
    params: { ligne: line.number, extrait: shorten(line.content), ...params },
  });
  const fallback: YamlDiagnosis = { situation: 'code', params: { ligne: errorLine } };
  if (!here) return fallback;

  switch (error.code) {
    case 'TAB_AS_INDENT':
      return located(here, 'tabulation');
    case 'DUPLICATE_KEY': {
      const first = lines.find((line) => line.number < errorLine && line.keyColumn === here.keyColumn && line.key === here.key);
      return { situation: 'cle-en-double', params: { cle: here.key ?? '', premiere: first?.number ?? '?', ligne: errorLine } };
    }
    case 'BAD_DQ_ESCAPE':
      if (here.value.startsWith('"') && here.value.endsWith('"') && !here.value.slice(1, -1).includes("'"))
        return located(here, 'barre-inverse', { correction: withValue(here, `'${here.value.slice(1, -1)}'`) });
      return located(here, 'barre-inverse', { correction: '' });
    case 'KEY_OVER_1024_CHARS':
      return located(here, 'cle-trop-longue');
    case 'BLOCK_IN_FLOW':
      return located(here, 'tiret-entre-crochets');
  }
  if (/^Flow (sequence|map)/.test(error.message)) {
    const close = error.message.startsWith('Flow map') ? '}' : ']';
    const open = close === '}' ? '{' : '[';
    const opening = [...lines.slice(0, errorLine)].reverse().find((line) => unbalanced(line.content, open, close));
    if (opening)
      return located(opening, 'crochet-non-ferme', { crochet: open, correction: withValue(opening, `${opening.value}${close}`) });
  }
  if (/^Missing closing (["'])quote/.test(error.message)) {
    const quote = error.message.includes('"quote') ? '"' : "'";
    const opening = [...lines.slice(0, errorLine)].reverse().find((line) => line.value.startsWith(quote));
    if (opening) return located(opening, 'guillemet-non-ferme', { correction: withValue(opening, `${opening.value}${quote}`) });
  }
  if (/directives-end/.test(error.message) || error.code === 'BAD_DIRECTIVE') {
    const directive = lines.find((line) => line.indent === 0 && line.content.startsWith('%'));
    if (directive) return located(directive, 'caractere-reserve', { caractere: '%', correction: quoteValue(directive.content) });
  }

  // A line near the error not aligned with its siblings is the likeliest cause of most structural errors.
  const misaligned = misalignedLine(lines, Math.max(1, errorLine - 1), errorLine + 1);
  if (misaligned) {
    const { line, expected, neighbour } = misaligned;
    return located(line, 'indentation', { espaces: line.indent, attendu: expected, voisine: neighbour });
  }

  for (const line of [here, at(errorLine - 1)]) {
    if (!line || line.skipped) continue;
    const situation = lineSituation(line, error.code);
    if (situation) return situation;
  }
  return fallback;

  function lineSituation(line: Line, code: string): YamlDiagnosis | undefined {
    const value = line.value;
    if (line.key !== undefined && value !== '') {
      const first = value[0]!;
      if (value.startsWith('- ')) return located(line, 'tiret-sur-la-ligne', { correction: withValue(line, `[${value.slice(2).trim()}]`) });
      if (RESERVED_START.has(first))
        return located(line, 'caractere-reserve', { caractere: first, correction: withValue(line, quoteValue(value)) });
      if (first === "'" && /'[\p{L}\p{N}]/u.test(value.slice(1))) {
        // 'l'école': the outer apostrophes were meant as quotes.
        const inner = value.endsWith("'") && value.length > 1 ? value.slice(1, -1) : value.slice(1);
        return located(line, 'apostrophe', { correction: withValue(line, `"${inner.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`) });
      }
      if (first === '"' && /^"(?:[^"\\]|\\.)*"\s*[^\s#]/.test(value))
        return located(line, 'texte-apres-guillemets', { correction: withValue(line, quoteValue(value)) });
      if ((first === '[' || first === '{') && /^[[{][^\]}]*[\]}]\s*[^\s#,]/.test(value))
        return located(line, 'texte-apres-crochet', { correction: withValue(line, quoteValue(value)) });
      if (/:(?:\s|$)/.test(value)) return located(line, 'deux-points', { correction: withValue(line, quoteValue(value)) });
    }
    if (line.key === undefined) {
      if (line.body.startsWith('- ') || line.content.startsWith('- ')) {
        if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'BAD_INDENT') return located(line, 'liste-mal-placee');
        return undefined;
      }
      const glued = /^([\p{L}_][\p{L}\p{N}_-]*):(\S.*)$/u.exec(line.body);
      if (glued)
        return located(line, 'espace-apres-deux-points', {
          correction: `${line.content.slice(0, line.content.length - line.body.length)}${glued[1]}: ${glued[2]}`,
        });
      if (!line.body.includes(':')) {
        const words = /^([\p{L}_][\p{L}\p{N}_-]*)\s+(\S.*)$/u.exec(line.body);
        const previous = lines
          .slice(0, line.number - 1)
          .reverse()
          .find((candidate) => !candidate.skipped);
        // After a value on the line above, at its key's column: the value going on, or a key without its colon.
        const continued = previous !== undefined && previous.key !== undefined && previous.value !== '';
        const joined = continued ? `${previous.value} ${line.body.trim()}` : '';
        return located(line, 'deux-points-manquant', {
          correction: words ? `${words[1]}: ${words[2]}` : `${line.body}:`,
          ...(continued
            ? { suite: withValue(previous, /:(?:\s|$)/.test(joined) ? quoteValue(joined) : joined), precedente: previous.number }
            : {}),
        });
      }
    }
    return undefined;
  }
}

/** More `open` than `close` on the line, outside quotes. */
function unbalanced(content: string, open: string, close: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (const char of content) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') break;
    else if (char === open) depth++;
    else if (char === close) depth--;
  }
  return depth > 0;
}

interface Level {
  column: number;
  /** Whether the last line at this column was a list item. */
  dash: boolean;
  /** The last line at this column. */
  line: number;
}

/**
 * The first line from `from` to `to` whose indentation matches none of the
 * levels open above it, with the column it most likely meant (its siblings')
 * and the line that has it.
 */
function misalignedLine(lines: Line[], from: number, to: number): { line: Line; expected: number; neighbour: number } | undefined {
  const levels: Level[] = [];
  let previous: Line | undefined;
  for (const line of lines.slice(0, to)) {
    if (line.skipped) continue;
    const dash = line.content.startsWith('-');
    if (line.number >= from && previous) {
      // A key with no value on the line above opens a deeper level; a list may also sit at its key's column.
      const opens = previous.key !== undefined && previous.value === '';
      const fits =
        (opens && (line.indent > previous.keyColumn || (dash && line.indent === previous.keyColumn))) ||
        levels.some((level) => level.column === line.indent);
      if (!fits) {
        const expected = nearest(levels, line.indent, dash, previous.keyColumn);
        if (expected) return { line, expected: expected.column, neighbour: expected.line };
      }
    }
    while (levels.length > 0 && levels[levels.length - 1]!.column > line.indent) levels.pop();
    const top = levels[levels.length - 1];
    if (top && top.column === line.indent) Object.assign(top, { dash, line: line.number });
    else levels.push({ column: line.indent, dash, line: line.number });
    if (line.keyColumn > line.indent) levels.push({ column: line.keyColumn, dash: false, line: line.number });
    previous = line;
  }
  return undefined;
}

/** The level a misaligned line most likely meant: the closest, of its kind (list item or key), the previous line's on a tie. */
function nearest(levels: Level[], indent: number, dash: boolean, previousColumn: number): Level | undefined {
  const candidates = levels.some((level) => level.dash === dash) ? levels.filter((level) => level.dash === dash) : levels;
  let best: Level | undefined;
  for (const level of candidates) {
    const distance = Math.abs(level.column - indent);
    const bestDistance = best === undefined ? Infinity : Math.abs(best.column - indent);
    if (distance < bestDistance || (distance === bestDistance && level.column === previousColumn)) best = level;
  }
  return best;
}

/**
 * Values cut short by a comment YAML reads without a word: `titre: Licence
 * n° #3` is "Licence n°". A `#` glued to what follows it ("#3") is seldom a
 * comment. Lines of block scalars (| and >), where `#` is text, are skipped.
 */
export function commentsInValues(
  text: string,
): { ligne: number; colonne: number; valeur: string; commentaire: string; correction: string }[] {
  const found: { ligne: number; colonne: number; valeur: string; commentaire: string; correction: string }[] = [];
  let blockIndent: number | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = readLine(raw, index + 1);
    if (line.skipped) return;
    if (blockIndent !== undefined) {
      if (line.indent > blockIndent) return;
      blockIndent = undefined;
    }
    if (/^[|>][-+]?\d?\s*(?:#.*)?$/.test(line.value)) {
      blockIndent = line.indent;
      return;
    }
    const value = line.key === undefined ? undefined : line.value;
    if (value === undefined || value === '' || /^["'[{]/.test(value)) return;
    const hash = /\s#[^\s#]/.exec(value);
    if (!hash) return;
    const kept = value.slice(0, hash.index).trimEnd();
    found.push({
      ligne: line.number,
      colonne: line.valueColumn + hash.index + 2,
      valeur: kept,
      commentaire: value.slice(hash.index + 1),
      correction: withValue(line, quoteValue(value)),
    });
  });
  return found;
}
