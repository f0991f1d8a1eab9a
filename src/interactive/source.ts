import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { decode, encode, stripBom, type Decoded, type Encoding, type InvalidBytes } from '../parse/decode.js';
import { formatFromName, parseSources, type ParsedFile, type SourceFormat, type Tree } from '../parse/documents.js';
import { sameKey } from '../dossier/keys.js';

export type Path = readonly (string | number)[];

/** A dossier whose fields the completion reads and sets, whatever file it comes from. */
export interface EditableDossier {
  getIn(path: Path): unknown;
  setIn(path: Path, value: unknown): void;
  /** The dossier's text as it would read with one more answer, which is not kept: what a check of that answer reads. */
  textWith(path: Path, value: unknown): string;
  /** The dossier as it reads now, answers included, for a check of the answers so far. */
  readonly text: string;
  /** The file's name: it decides the format, as for `check`. */
  readonly name: string;
}

export type Opened =
  | { ok: true; source: DossierSource }
  /** `check` cannot read it: its report says why. */
  | { ok: false; reason: 'illisible' }
  | { ok: false; reason: 'plusieurs-dossiers'; count: number }
  /** Bytes that would not come back the same once decoded and encoded again. */
  | { ok: false; reason: 'encodage'; encoding: string; /** The first bytes of a UTF-8 file that are not UTF-8. */ at?: InvalidBytes }
  /** Read by `check`, but not by the parser whose positions the edits need. */
  | { ok: false; reason: 'non-modifiable' };

export type Rewritten =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'encodage'; character: string; encoding: string }
  | { ok: false; reason: 'relecture'; paths: string[] };

/** An answer that cannot be written in place without touching other fields (a value reached through an alias…). */
export class EditError extends Error {
  constructor(readonly path: string) {
    super(`cannot edit ${path}`);
  }
}

/** What `check` reads from these bytes: the same decoding, format and parser. */
function readAsCheck(bytes: Uint8Array, name: string): { decoded: Decoded; text: string; format: SourceFormat; parsed: ParsedFile } {
  const decoded = decode(bytes);
  const format = formatFromName(name);
  const text = stripBom(decoded.text);
  return { decoded, text, format, parsed: parseSources(text, format, { several: true }) };
}

/**
 * A dossier file opened for `init --from`: read exactly as `check` reads it,
 * changed only where an answer goes (the text of every other field, comment,
 * blank line and key stays byte for byte), and written back in its own
 * format, encoding, byte order mark and line ends, after a re-read that
 * proves every other field unchanged.
 */
export class DossierSource implements EditableDossier {
  private current: string;
  private doc: Document.Parsed;
  private readonly edits = new Map<string, { path: Path; value: unknown }>();

  private constructor(
    readonly name: string,
    private readonly format: SourceFormat,
    private readonly encoding: Encoding,
    private readonly bom: boolean,
    /** A second byte order mark `check` skips: kept in front of the text. */
    private readonly head: string,
    private readonly eol: string,
    private readonly original: Tree,
    text: string,
    doc: Document.Parsed,
  ) {
    this.current = text;
    this.doc = doc;
  }

  /** Refuses, before any question, what could not be written back as it came. */
  static open(bytes: Uint8Array, name: string): Opened {
    const { decoded, text, format, parsed } = readAsCheck(bytes, name);
    const bom = decoded.bom;
    const back = encode(decoded.text, decoded.encoding, bom);
    if (!back.ok || !sameBytes(back.bytes, bytes)) {
      const at = decoded.invalid[0];
      return { ok: false, reason: 'encodage', encoding: decoded.encoding, ...(at ? { at } : {}) };
    }
    if (parsed.several) return { ok: false, reason: 'plusieurs-dossiers', count: parsed.documents.length };
    const first = parsed.documents[0]!;
    if (!first.ok) return { ok: false, reason: 'illisible' };
    const doc = parseForEditing(text);
    if (!doc) return { ok: false, reason: 'non-modifiable' };
    const head = decoded.text.slice(0, decoded.text.length - text.length);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { ok: true, source: new DossierSource(name, format, decoded.encoding, bom, head, eol, first.tree, text, doc) };
  }

  get text(): string {
    return this.current;
  }

  /** The answers given so far, by dotted path. */
  get answers(): { path: string; value: unknown }[] {
    return [...this.edits.entries()].map(([path, { value }]) => ({ path, value }));
  }

  getIn(readPath: Path): unknown {
    const path = writtenPath(this.doc, readPath);
    const node = this.doc.getIn(path, true);
    if (isScalar(node)) return node.value;
    return this.doc.getIn(path);
  }

  textWith(readPath: Path, value: unknown): string {
    // An answer to `porteur.type` goes under `Porteur:` when that is how the file spells it, as `check` reads it.
    return spliceAnswer(this.current, this.doc, writtenPath(this.doc, readPath), value, this.layout());
  }

  setIn(readPath: Path, value: unknown): void {
    const path = writtenPath(this.doc, readPath);
    const edited = this.textWith(readPath, value);
    const doc = parseForEditing(edited);
    if (!doc) throw new EditError(readPath.join('.'));
    this.current = edited;
    this.doc = doc;
    this.edits.set(path.join('.'), { path, value });
  }

  /** The file's new bytes, or why it must stay as it is. */
  rewrite(): Rewritten {
    const encoded = encode(this.head + this.current, this.encoding, this.bom);
    if (!encoded.ok) return { ok: false, reason: 'encodage', character: encoded.character, encoding: this.encoding };
    const reread = readAsCheck(encoded.bytes, this.name);
    const document = reread.parsed.documents[0]!;
    if (reread.decoded.encoding !== this.encoding || reread.format !== this.format || reread.parsed.several || !document.ok) {
      return { ok: false, reason: 'relecture', paths: ['(fichier)'] };
    }
    const paths = differences(this.original, document.tree, [...this.edits.values()]);
    return paths.length > 0 ? { ok: false, reason: 'relecture', paths } : { ok: true, bytes: encoded.bytes };
  }

  private layout(): Layout {
    return { format: this.format, eol: this.eol, step: indentStep(this.current) };
  }
}

interface Layout {
  format: SourceFormat;
  eol: string;
  /** Spaces per nesting level, as the file has them. */
  step: number;
}

/** The one document of the text, with positions, or nothing when the full parser disagrees with `check`. */
function parseForEditing(text: string): Document.Parsed | undefined {
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, logLevel: 'silent' }) as Document.Parsed[];
  } catch {
    return undefined;
  }
  const filled = docs.filter(
    (doc) => doc.errors.length > 0 || (doc.contents !== null && !(isScalar(doc.contents) && doc.contents.value === '')),
  );
  const doc = filled[0];
  return filled.length === 1 && doc!.errors.length === 0 && isMap(doc!.contents) ? doc : undefined;
}

/**
 * A field's path as `check` reads it ("porteur.code_insee"), with each key
 * as the file writes it ("Porteur.Code INSEE"): the exact key if present,
 * else the first key read as it, as the validator does.
 */
function writtenPath(doc: Document.Parsed, path: Path): Path {
  const written: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (const step of path) {
    if (isMap(node) && typeof step === 'string') {
      const pairs = node.items.filter((pair) => isScalar(pair.key));
      const keyOf = (pair: (typeof pairs)[number]) => String((pair.key as { value: unknown }).value);
      const pair = pairs.find((candidate) => keyOf(candidate) === step) ?? pairs.find((candidate) => sameKey(keyOf(candidate), step));
      written.push(pair ? keyOf(pair) : step);
      node = pair?.value;
    } else {
      written.push(step);
      node = isSeq(node) ? node.items[Number(step)] : undefined;
    }
  }
  return written;
}

/** The text with one answer in place: a value replaced, or a key added at the end of its mapping. */
function spliceAnswer(text: string, doc: Document.Parsed, path: Path, value: unknown, layout: Layout): string {
  const fail = () => new EditError(path.join('.'));
  let node: unknown = doc.contents;
  let flow = false;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth]!;
    const rest = path.slice(depth + 1);
    const wanted = rest.length === 0 ? value : nest(rest, value);
    if (isAlias(node) || !(isMap(node) || isSeq(node))) throw fail();
    flow ||= Boolean(node.flow);
    if (isSeq(node)) {
      const item = node.items[Number(key)];
      if (typeof key !== 'number' || item === undefined) throw fail();
      if (rest.length === 0) return replaceValue(text, item as YamlNode, undefined, wanted, flow, layout);
      node = item;
      continue;
    }
    const pair = node.items.find((candidate) => isScalar(candidate.key) && String(candidate.key.value) === String(key)) as
      Pair<YamlNode, YamlNode | null> | undefined;
    if (!pair) return insertPair(text, node as never, String(key), wanted, flow, layout);
    const child = pair.value;
    const empty = child === null || (isScalar(child) && child.range![0] === child.range![1]);
    const isNull = empty || (isScalar(child) && /^(~|null|Null|NULL)$/.test(String(child.value)) && child.type === 'PLAIN');
    if (rest.length === 0 || isNull) return replaceValue(text, child, pair, wanted, flow, layout);
    node = child;
  }
  throw fail();
}

function nest(path: Path, value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

/** Replaces a value's own text; an empty value (`montant_ht:`) gets one after its colon. */
function replaceValue(
  text: string,
  node: YamlNode | null,
  pair: Pair<YamlNode, YamlNode | null> | undefined,
  value: unknown,
  flow: boolean,
  layout: Layout,
): string {
  const empty = node === null || node.range![0] === node.range![1];
  if (empty) {
    if (!pair) throw new EditError('?');
    const keyEnd = (pair.key as YamlNode).range![1];
    const colon = text.indexOf(':', keyEnd);
    const keyColumn = column(text, (pair.key as YamlNode).range![0]);
    return `${text.slice(0, colon + 1)}${valueAfterColon(value, flow, keyColumn, layout)}${text.slice(colon + 1)}`;
  }
  const start = node.range![0];
  let end = node.range![1];
  // A block value ends with its line break, which stays.
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const at = column(text, start);
  const keyColumn = pair ? column(text, (pair.key as YamlNode).range![0]) : at;
  const rendered =
    isSeq(node) && !node.flow && Array.isArray(value) && value.length > 0 && layout.format === 'yaml'
      ? value.map((item) => `- ${scalar(item, false, layout)}`).join(`${layout.eol}${' '.repeat(at)}`)
      : inline(value, flow, keyColumn, layout);
  return `${text.slice(0, start)}${rendered}${text.slice(end)}`;
}

/** Adds `key: value` after the last entry of a mapping, indented as its other keys. */
function insertPair(
  text: string,
  map: { items: Pair<YamlNode, YamlNode | null>[]; flow?: boolean; range?: [number, number, number] },
  key: string,
  value: unknown,
  flow: boolean,
  layout: Layout,
): string {
  const last = map.items.at(-1);
  if (map.flow || flow) {
    const name = JSON.stringify(key);
    if (!last) {
      const open = map.range![0] + 1;
      return `${text.slice(0, open)}${name}: ${inline(value, true, column(text, map.range![0]), layout)}${text.slice(open)}`;
    }
    const lastKey = last.key as YamlNode;
    const end = ((last.value as YamlNode | null) ?? lastKey).range![1];
    const keyColumn = column(text, lastKey.range![0]);
    const multiline = text.slice(map.range![0], lastKey.range![0]).includes('\n');
    const separator = multiline ? `,${layout.eol}${' '.repeat(keyColumn)}` : ', ';
    return `${text.slice(0, end)}${separator}${name}: ${inline(value, true, keyColumn, layout)}${text.slice(end)}`;
  }
  if (!last) throw new EditError(key);
  const keyColumn = column(text, (last.key as YamlNode).range![0]);
  const lastNode = (last.value as YamlNode | null) ?? (last.key as YamlNode);
  let at = Math.max(lastNode.range![1], lastNode.range![2]);
  let before = '';
  if (text[at - 1] !== '\n') {
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) {
      at = text.length;
      before = layout.eol;
    } else at = lineEnd + 1;
  }
  const line = `${' '.repeat(keyColumn)}${key}:${valueAfterColon(value, false, keyColumn, layout)}${layout.eol}`;
  return `${text.slice(0, at)}${before}${line}${text.slice(at)}`;
}

/** What follows `key:`: ` value` on the same line, or an indented block of keys for a mapping. */
function valueAfterColon(value: unknown, flow: boolean, keyColumn: number, layout: Layout): string {
  if (flow || layout.format === 'json' || !isPlainObject(value)) return ` ${inline(value, flow, keyColumn, layout)}`;
  const indent = ' '.repeat(keyColumn + layout.step);
  return Object.entries(value)
    .map(([key, inner]) => `${layout.eol}${indent}${key}:${valueAfterColon(inner, false, keyColumn + layout.step, layout)}`)
    .join('');
}

/** A value on one line, or, for a mapping in a multi-line JSON file, laid out as its neighbours. */
function inline(value: unknown, flow: boolean, keyColumn: number, layout: Layout): string {
  const json = flow || layout.format === 'json';
  if (Array.isArray(value)) return `[${value.map((item) => inline(item, flow, keyColumn, layout)).join(', ')}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (layout.format === 'json') {
      const indent = ' '.repeat(keyColumn + layout.step);
      const body = entries.map(
        ([key, inner]) => `${indent}${JSON.stringify(key)}: ${inline(inner, true, keyColumn + layout.step, layout)}`,
      );
      return `{${layout.eol}${body.join(`,${layout.eol}`)}${layout.eol}${' '.repeat(keyColumn)}}`;
    }
    return `{ ${entries.map(([key, inner]) => `${json ? JSON.stringify(key) : key}: ${inline(inner, flow, keyColumn, layout)}`).join(', ')} }`;
  }
  return scalar(value, json, layout);
}

/** Identifiers and ISO dates stay plain in YAML; anything else is double-quoted, which YAML and JSON read alike. */
function scalar(value: unknown, json: boolean, layout: Layout): string {
  if (typeof value === 'number') return String(value);
  const text = String(value);
  if (!json && layout.format === 'yaml' && (/^[a-z][a-z0-9-]*$/i.test(text) || /^\d{4}-\d{2}-\d{2}$/.test(text))) return text;
  return JSON.stringify(text);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The smallest indentation of the file's lines: its step per level (2 when nothing is nested). */
function indentStep(text: string): number {
  let step = Infinity;
  let spaces = -1;
  for (const character of text) {
    if (character === '\n') spaces = 0;
    else if (spaces === -1) continue;
    else if (character === ' ') spaces++;
    else {
      if (spaces > 0 && character !== '\r' && character !== '#') step = Math.min(step, spaces);
      spaces = -1;
    }
  }
  return Number.isFinite(step) ? step : 2;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * The dotted paths where two readings of a dossier differ, outside the
 * answered fields (and where an answered field does not hold its answer).
 * Order counts: a key moved is a difference.
 */
export function differences(before: Tree, after: Tree, answers: readonly { path: Path; value: unknown }[]): string[] {
  const answered = answers.map(({ path }) => path.join('.'));
  const covered = (path: string) => answered.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));
  const left = flatten(before).filter(([path]) => !covered(path));
  const right = flatten(after).filter(([path]) => !covered(path));
  const differing = new Set<string>();
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const [a, b] = [left[index], right[index]];
    if (a?.[0] !== b?.[0] || a?.[1] !== b?.[1]) differing.add((a ?? b)![0]);
  }
  for (const { path, value } of answers) {
    const found = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], after);
    if (JSON.stringify(found) !== JSON.stringify(asRead(value))) differing.add(path.join('.'));
  }
  return [...differing];
}

/** An answer as `check` reads it back: every scalar a string. */
function asRead(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asRead);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asRead(inner)]));
  return String(value);
}

function flatten(value: unknown, path = ''): [string, string][] {
  const join = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (Array.isArray(value)) return value.length === 0 ? [[path, '[]']] : value.flatMap((item, index) => flatten(item, join(index)));
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? [[path, '{}']] : entries.flatMap(([key, inner]) => flatten(inner, join(key)));
  }
  return [[path, JSON.stringify(value)]];
}
