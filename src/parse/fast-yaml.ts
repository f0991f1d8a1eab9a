import { joinPath, SourceMap } from './source-map.js';

/**
 * A fast reader for the plain YAML dossiers are written in: block mappings
 * and sequences indented with spaces, one-line scalars (plain, 'single' or
 * "double" quoted), one-line flow lists of scalars, comments and `---`
 * documents. It gives exactly what the full parser (the yaml package, with
 * the failsafe schema) gives, ten times faster: reading a dossier was two
 * thirds of checking it.
 *
 * Anything else (anchors, tags, block scalars, multi-line values, flow
 * mappings, duplicate keys, tabs, control characters, odd indentation, any
 * doubt at all) makes it give up, and the full parser reads the file, with
 * its error messages. A differential test holds the two to the same trees and
 * positions on generated and mutated dossiers.
 */
export interface FastDocument {
  tree: Record<string, unknown>;
  sourceMap: SourceMap;
  /** Where the document's content starts. */
  start: { ligne: number; colonne: number };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\ufeff]/;

/** Deeper structures are left to the full parser, which reports them. */
const MAX_DEPTH = 60;
/** Leading spaces of a line past which the file is refused as too deep (parse.ts checks it before either reader). */
export const MAX_INDENT = 256;

class GiveUp extends Error {}

function giveUp(): never {
  throw new GiveUp();
}

interface Line {
  /** Column of the first character of `text`, 0-based. */
  indent: number;
  /** The line from its first non-space character, without its line end. */
  text: string;
  /** Offset of `text` in the whole file. */
  offset: number;
  /** 1-based line number. */
  number: number;
  /** Blank or a comment: skipped, except inside a block scalar. */
  skipped: boolean;
}

/** The documents of the file, or undefined when the full parser must read it. */
export function readPlainYaml(text: string): FastDocument[] | undefined {
  // Tabs, control characters, lone carriage returns and byte order marks all have rules of their own.
  // (Two searches: one alternation with a lookahead, tried at every character, was a sixth of the reading.)
  if (CONTROL.test(text) || (text.includes('\r') && /\r(?!\n)/.test(text))) return undefined;
  try {
    return splitDocuments(text).map((lines) => new Reader(lines).document());
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

/** The lines of each `---` document that has content. */
function splitDocuments(text: string): Line[][] {
  const documents: Line[][] = [[]];
  let offset = 0;
  let number = 0;
  for (const raw of text.split('\n')) {
    number++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const lineOffset = offset;
    offset += raw.length + 1;
    // Only spaces indent: a no-break space or any other Unicode space is content for YAML.
    const indent = spaces(line, 0);
    if (indent > MAX_INDENT) giveUp();
    const content = line.slice(indent);
    const skipped = content === '' || content.startsWith('#');
    if (indent === 0 && content.startsWith('---') && isRestEmpty(content.slice(3))) {
      documents.push([]);
      continue;
    }
    // Directives, document ends, and content on the --- line.
    if (indent === 0 && (content.startsWith('%') || content.startsWith('---') || content.startsWith('...'))) giveUp();
    documents[documents.length - 1]!.push({ indent, text: content, offset: lineOffset + indent, number, skipped });
  }
  const filled = documents.filter((lines) => lines.some((line) => !line.skipped));
  if (filled.length === 0) giveUp();
  return filled;
}

/**
 * How far a key's colon may stand from the key's start, padding included.
 * YAML refuses an implicit key whose colon is more than 1 024 characters
 * away (KEY_OVER_1024_CHARS); past this, the full parser decides, with its message.
 */
const MAX_KEY_SPAN = 1000;

/** The characters that end a plain key in a block mapping, and in braces. */
const BLOCK_KEY_END = new Set([':', '#']);
const FLOW_KEY_END = new Set([':', '#', ',', '[', ']', '{', '}']);

const KEY_START = /^[\p{L}\p{N}_]/u;

/**
 * `key: value` at `from`, with a plain key: the key without the spaces that
 * pad it, and the length up to the value (past the colon and the spaces that
 * follow it). In a block, the colon may end the line; in braces, a space must
 * follow it. Read by hand, not by a regular expression: a lazy key followed
 * by optional padding made the match quadratic on a line of spaces.
 */
function plainKey(text: string, from: number, context: 'block' | 'flow'): { key: string; length: number } | undefined {
  if (!KEY_START.test(text.slice(from, from + 2))) return undefined;
  const ends = context === 'block' ? BLOCK_KEY_END : FLOW_KEY_END;
  let colon = from + 1;
  while (colon < text.length && !ends.has(text[colon]!)) colon++;
  if (text[colon] !== ':') return undefined;
  const after = spaces(text, colon + 1);
  if (after === 0 && (context === 'flow' || colon + 1 < text.length)) return undefined;
  if (colon - from > MAX_KEY_SPAN) giveUp();
  let keyEnd = colon;
  while (text[keyEnd - 1] === ' ') keyEnd--;
  return { key: text.slice(from, keyEnd), length: colon + 1 + after - from };
}

class Reader {
  private index = 0;
  readonly sourceMap = new SourceMap();

  constructor(private readonly lines: Line[]) {}

  document(): FastDocument {
    const first = this.peek()!;
    if (first.indent !== 0) giveUp();
    const tree = this.block(0, '', 0);
    if (this.peek()) giveUp();
    // A list of dossiers is left to the full parser, which gives each its own positions.
    if (Array.isArray(tree)) giveUp();
    return { tree, sourceMap: this.sourceMap, start: position(first) };
  }

  /** The next line with content, past blank and comment lines. */
  private peek(): Line | undefined {
    while (this.index < this.lines.length && this.lines[this.index]!.skipped) this.index++;
    return this.lines[this.index];
  }

  /** A block mapping or sequence whose lines start at `indent`. */
  private block(indent: number, path: string, depth: number): Record<string, unknown> | unknown[] {
    if (depth > MAX_DEPTH) giveUp();
    const line = this.peek()!;
    if (line.indent !== indent) giveUp();
    return isEntry(line.text) ? this.sequence(indent, path, depth, false) : this.mapping(indent, path, depth);
  }

  /** `compact`: a list at the indentation of the key it belongs to, which ends where the next key starts. */
  private sequence(indent: number, path: string, depth: number, compact: boolean): unknown[] {
    const items: unknown[] = [];
    for (let line = this.peek(); line; line = this.peek()) {
      if (line.indent < indent || (compact && line.indent === indent && !isEntry(line.text))) break;
      if (line.indent > indent || !isEntry(line.text)) giveUp();
      const gap = spaces(line.text, 1);
      const rest = line.text.slice(1 + gap);
      if (rest === '' || rest.startsWith('#') || isEntry(rest)) giveUp();
      const itemPath = joinPath(path, items.length);
      const item: Line = { indent: line.indent + 1 + gap, text: rest, offset: line.offset + 1 + gap, number: line.number, skipped: false };
      this.sourceMap.set(itemPath, position(item));
      if (plainKey(rest, 0, 'block')) {
        // "- libelle: …": a mapping that starts on the entry's line.
        this.lines[this.index] = item;
        items.push(this.mapping(item.indent, itemPath, depth + 1));
      } else {
        items.push(this.inlineValue(item, itemPath, indent));
      }
    }
    return items;
  }

  private mapping(indent: number, path: string, depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (let line = this.peek(); line; line = this.peek()) {
      if (line.indent < indent) break;
      if (line.indent > indent) giveUp();
      const match = plainKey(line.text, 0, 'block');
      if (!match) giveUp();
      const key = match.key;
      if (seen.has(key)) giveUp();
      seen.add(key);
      const childPath = joinPath(path, key);
      this.sourceMap.setKey(childPath, position(line));
      const rest = line.text.slice(match.length);
      let value: unknown;
      if (rest === '' || rest.startsWith('#')) {
        this.index++;
        const next = this.peek();
        if (next && next.indent === indent && isEntry(next.text)) {
          this.sourceMap.set(childPath, position(next));
          value = this.sequence(indent, childPath, depth + 1, true);
        } else if (next && next.indent > indent) {
          this.sourceMap.set(childPath, position(next));
          value = this.block(next.indent, childPath, depth + 1);
        } else {
          // An empty value: absent, located where the full parser puts its empty node.
          this.sourceMap.set(childPath, { ligne: line.number, colonne: line.indent + match.length + 1 });
          value = undefined;
        }
      } else {
        const valueLine: Line = {
          indent: line.indent + match.length,
          text: rest,
          offset: line.offset + match.length,
          number: line.number,
          skipped: false,
        };
        this.sourceMap.set(childPath, position(valueLine));
        value = this.inlineValue(valueLine, childPath, indent);
      }
      if (value !== undefined) setField(object, key, value);
    }
    return object;
  }

  /**
   * A value that starts on its key's or entry's line: a one-line scalar, a
   * flow list of scalars, or a block scalar (| or >) on the lines below.
   * `parentIndent` is the indentation of the mapping or list it belongs to.
   */
  private inlineValue(line: Line, path: string, parentIndent: number): unknown {
    let value: unknown;
    if (line.text.startsWith('|') || line.text.startsWith('>')) return this.blockScalar(line, parentIndent);
    if (line.text.startsWith('[')) value = this.flowList(line, path);
    else if (line.text.startsWith('{')) value = this.flowMapping(line, path);
    else {
      const read = scalar(line.text, 0, 'block');
      if (!isRestEmpty(line.text.slice(read.end))) giveUp();
      value = read.value;
    }
    this.index++;
    this.noContinuation(parentIndent);
    return value;
  }

  /** `|` keeps line ends, `>` folds lines into one; `-` drops the last line end. */
  private blockScalar(header: Line, parentIndent: number): string {
    const match = /^([|>])(-?)(?: +#.*| *)$/.exec(header.text);
    if (!match) giveUp();
    this.index++;
    const lines: (string | null)[] = [];
    let blockIndent: number | undefined;
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.text === '') {
        // Blank lines before the first one, or with spaces past the indentation, have rules of their own.
        if (blockIndent === undefined || line.indent > blockIndent) giveUp();
        lines.push(null);
        this.index++;
        continue;
      }
      blockIndent ??= line.indent;
      if (line.indent < blockIndent || line.indent <= parentIndent) break;
      if (line.indent > blockIndent) giveUp();
      lines.push(line.text);
      this.index++;
    }
    while (lines.length > 0 && lines[lines.length - 1] === null) lines.pop();
    let body = '';
    if (match[1] === '|') body = lines.map((line) => line ?? '').join('\n');
    else {
      let blanks = 0;
      lines.forEach((line, index) => {
        if (line === null) blanks++;
        else {
          body += index === 0 ? line : (blanks > 0 ? '\n'.repeat(blanks) : ' ') + line;
          blanks = 0;
        }
      });
    }
    this.noContinuation(parentIndent);
    return match[2] === '-' || body === '' ? body : `${body}\n`;
  }

  private flowList(line: Line, path: string): string[] {
    const items: string[] = [];
    this.flowEntries(line, ']', (at) => {
      this.sourceMap.set(joinPath(path, items.length), { ligne: line.number, colonne: line.indent + at + 1 });
      const { value, end } = scalar(line.text, at, 'flow');
      if (value === undefined) giveUp();
      items.push(value);
      return end;
    });
    return items;
  }

  /** `{ financeur: "État (DETR)", montant: 0 }`: one line, scalar values. */
  private flowMapping(line: Line, path: string): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    this.flowEntries(line, '}', (start) => {
      const key = plainKey(line.text, start, 'flow');
      if (!key || Object.hasOwn(object, key.key)) giveUp();
      const childPath = joinPath(path, key.key);
      this.sourceMap.setKey(childPath, { ligne: line.number, colonne: line.indent + start + 1 });
      const at = start + key.length;
      this.sourceMap.set(childPath, { ligne: line.number, colonne: line.indent + at + 1 });
      const { value, end } = scalar(line.text, at, 'flow');
      if (value === undefined) giveUp();
      setField(object, key.key, value);
      return end;
    });
    return object;
  }

  /**
   * The entries of a one-line flow collection, from its opening bracket to
   * `close`: `entry` reads one at its offset and says where it ends. Empty
   * entries, a trailing comma and anything after the bracket but a comment
   * are left to the full parser.
   */
  private flowEntries(line: Line, close: ']' | '}', entry: (at: number) => number): void {
    const text = line.text;
    let at = 1 + spaces(text, 1);
    if (text[at] !== close) {
      for (;;) {
        const end = entry(at);
        at = end + spaces(text, end);
        if (text[at] !== ',') break;
        at += 1 + spaces(text, at + 1);
        if (text[at] === close || text[at] === ',') giveUp();
      }
    }
    if (text[at] !== close || !isRestEmpty(text.slice(at + 1))) giveUp();
  }

  /** A value must not go on in deeper lines below it (a folded plain scalar, say). */
  private noContinuation(parentIndent: number): void {
    const next = this.peek();
    if (next && next.indent > parentIndent) giveUp();
  }
}

/** A plain data field, even for the key "__proto__": never the object's prototype. */
export function setField(object: Record<string, unknown>, key: string, value: unknown): void {
  // Only "__proto__" assigns a prototype; a defined property for every key made objects slow to read.
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

function isEntry(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function position(line: Line): { ligne: number; colonne: number } {
  return { ligne: line.number, colonne: line.indent + 1 };
}

function spaces(text: string, from: number): number {
  let count = 0;
  while (text[from + count] === ' ') count++;
  return count;
}

/** Only spaces, then perhaps a comment (which needs a space before it). */
function isRestEmpty(rest: string): boolean {
  return /^(?: *| +#.*)$/.test(rest);
}

/** Characters that cannot start a plain scalar (or start something this reader leaves alone). */
const INDICATORS = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`']);

/**
 * The scalar at `from`: its text (undefined for an empty or null one) and
 * where it ends. In a flow list, a plain scalar also ends at `,` or `]`.
 */
function scalar(text: string, from: number, context: 'block' | 'flow'): { value: string | undefined; end: number } {
  const first = text[from];
  if (first === undefined) giveUp();
  if (first === '"') return doubleQuoted(text, from);
  if (first === "'") return singleQuoted(text, from);
  // A leading minus is a sign ("-5"), not an entry, when a digit follows.
  if (INDICATORS.has(first) && !(first === '-' && /\d/.test(text[from + 1] ?? ''))) giveUp();
  let end = from;
  while (end < text.length) {
    const char = text[end]!;
    if (char === '#' && text[end - 1] === ' ') break;
    if (char === ':' && (end + 1 === text.length || text[end + 1] === ' ' || (context === 'flow' && ',[]{}'.includes(text[end + 1]!))))
      giveUp();
    if (context === 'flow' && ',[]{}'.includes(char)) break;
    end++;
  }
  // Trailing spaces are not part of the value (trimmed by hand: / +$/ was quadratic on a run of spaces).
  while (end > from && text[end - 1] === ' ') end--;
  const value = text.slice(from, end);
  if (value === '') giveUp();
  const trimmedEnd = end;
  // YAML's nulls, written plain: the failsafe schema keeps them as empty values.
  return { value: value === '~' || value === 'null' || value === 'Null' || value === 'NULL' ? undefined : value, end: trimmedEnd };
}

function singleQuoted(text: string, from: number): { value: string; end: number } {
  let value = '';
  let at = from + 1;
  for (;;) {
    const close = text.indexOf("'", at);
    if (close === -1) giveUp();
    value += text.slice(at, close);
    if (text[close + 1] === "'") {
      value += "'";
      at = close + 2;
    } else return { value, end: close + 1 };
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

function doubleQuoted(text: string, from: number): { value: string; end: number } {
  let value = '';
  let at = from + 1;
  // Text between escapes is copied a run at a time.
  let runStart = at;
  while (at < text.length) {
    const char = text.charCodeAt(at);
    if (char === QUOTE) return { value: value + text.slice(runStart, at), end: at + 1 };
    if (char === BACKSLASH) {
      value += text.slice(runStart, at);
      const code = text[at + 1] ?? '';
      if (Object.hasOwn(ESCAPES, code)) {
        value += ESCAPES[code];
        at += 2;
      } else if (code === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
        value += String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
        at += 6;
      } else giveUp();
      runStart = at;
    } else at++;
  }
  giveUp();
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
