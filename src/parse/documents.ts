import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  visit,
  type Alias,
  Scalar,
  type Document,
  type Node as YamlNode,
  type YAMLMap,
} from 'yaml';
import { blocking, type Finding, type Params, type Position } from '../vocabulary.js';
import { MAX_INDENT, readPlainYaml, setField } from './fast-yaml.js';
import { shapeOf, shapeOfKeys, wrappedDossiers } from './shape.js';
import { joinPath, SourceMap } from './source-map.js';
import { diagnoseYamlError } from './yaml-diagnosis.js';

export type SourceFormat = 'yaml' | 'json';

export type Tree = Record<string, unknown>;

export type ParseResult =
  | { ok: true; tree: Tree; sourceMap: SourceMap; /** Where the dossier starts in its file. */ start?: Position }
  | { ok: false; finding: Finding; position?: Position };

/** A dossier is five levels deep at most; far deeper input is an attack or an accident. */
const MAX_DEPTH = 64;
/** Guards against "billion laughs": values reached through aliases, all told. */
const MAX_ALIASED_NODES = 10_000;
/**
 * The yaml package takes time that grows with the square of the number of
 * aliases (200 000 took 11 minutes): past this many, a file is refused before
 * it is parsed. A dossier needs a handful at most.
 */
const MAX_ALIAS_REFERENCES = 1_000;
/** An export of a whole call holds hundreds of dossiers; millions of tiny ones in one file are not an export. */
const MAX_DOSSIERS_PER_FILE = 10_000;

/**
 * A `.json` file is held to JSON, which the next tool to read it expects;
 * anything else (a `.yaml` file, standard input, another name) is read as
 * YAML, which JSON is part of. Input plainly meant as JSON that YAML cannot
 * read either gets JSON's precise error (see `parseSources`).
 */
export function formatFromName(name: string): SourceFormat {
  return /\.json$/i.test(name) ? 'json' : 'yaml';
}

/** An object with a quoted key first, perhaps in a list: JSON, not YAML someone wrote with braces. */
function plainlyJson(text: string): boolean {
  return /^\s*(?:\[\s*)*\{\s*"/.test(text);
}

/** Whether a file may hold several dossiers (`check`) or must hold exactly one (`init --from`). */
export interface ParseOptions {
  several?: boolean;
  /** false: always use the full YAML parser (the differential test compares both). */
  fastPath?: boolean;
  /** false: the trees as read, even of a file of the wrong shape (the differential test compares readers). */
  shapes?: boolean;
}

/** The dossiers of one file: one, or one per `---` document or top-level list element. */
export interface ParsedFile {
  documents: ParseResult[];
  /** True when the file holds several dossiers (or a list of them), named `file#n` in reports. */
  several: boolean;
}

/**
 * Text to plain trees plus the position of every field; never throws on bad
 * input. Every scalar stays the text the applicant wrote (YAML's failsafe
 * schema): YAML's own guesses would turn `code_insee: 01053` into 1053 and
 * `montant_ht: 0x10` into 16 behind the applicant's back. The schema decides
 * what each field means. With `several`, a YAML file of several `---`
 * documents, or a file whose top level is a list (a JSON array exported by a
 * platform), holds one dossier per document or element; positions stay those
 * of the whole file.
 */
export function parseSources(text: string, format: SourceFormat, options: ParseOptions = {}): ParsedFile {
  const parsed = readSources(text, format, options);
  return options.shapes === false ? parsed : recogniseMisplaced(parsed, format);
}

function readSources(text: string, format: SourceFormat, options: ParseOptions): ParsedFile {
  const one = (result: ParseResult): ParsedFile => ({ documents: [result], several: false });
  if (text.trim() === '') return one({ ok: false, finding: unreadable('fichier-vide', {}) });
  if (tooDeep(text)) return one({ ok: false, finding: unreadable('imbrication-excessive', { max: MAX_DEPTH }) });

  if (format === 'json') {
    // The YAML parser accepts more than JSON (comments, trailing commas): check strictly first.
    const jsonError = strictJsonError(text);
    // Plain JSON with a slip gets JSON's error; YAML's syntax in a .json file, a word on the file's name.
    if (jsonError) return one(jsonFailure(text, jsonError, !plainlyJson(text) && readsAsYaml(text)));
  }

  const fast = format === 'yaml' && options.fastPath !== false ? readPlainYaml(text) : undefined;
  if (fast && fast.length <= MAX_DOSSIERS_PER_FILE && (fast.length === 1 || options.several)) {
    return { documents: fast.map(({ tree, sourceMap, start }) => ({ ok: true, tree, sourceMap, start })), several: fast.length > 1 };
  }

  if (aliasReferences(text) > MAX_ALIAS_REFERENCES)
    return one({ ok: false, finding: unreadable('alias-excessifs', { max: MAX_ALIAS_REFERENCES }) });

  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter, schema: 'failsafe', uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  } catch {
    return one({ ok: false, finding: unreadable('imbrication-excessive', { max: MAX_DEPTH }) });
  }
  if (format === 'yaml' && docs.some((doc) => doc.errors.length > 0) && plainlyJson(text)) {
    // Broken JSON read as YAML gives YAML's vaguer errors about flow collections.
    const jsonError = strictJsonError(text);
    if (jsonError) return one(jsonFailure(text, jsonError, false));
  }
  // A `---` at the end, or a document of comments only, holds no dossier.
  const filled = docs.filter((doc) => doc.errors.length > 0 || !isEmptyNode(doc.contents));
  if (filled.length === 0) return one({ ok: false, finding: unreadable('fichier-vide', {}) });
  // Aliases are counted over the whole file: a list of a million `*alias` is a bomb too.
  const budget: AliasBudget = { aliasedNodes: 0 };
  if (filled.length > MAX_DOSSIERS_PER_FILE) return one(tooMany(filled.length));
  if (filled.length > 1) {
    if (!options.several) {
      const position = positionIn(lineCounter, filled[1]!.range[0]);
      return one({ ok: false, finding: unreadable('plusieurs-dossiers', { nombre: filled.length }), position });
    }
    return { documents: filled.map((doc) => convertDocument(text, doc, doc.contents, lineCounter, format, budget)), several: true };
  }

  const doc = filled[0]!;
  const root = doc.contents;
  if (options.several && doc.errors.length === 0 && isSeq(root)) {
    if (root.items.length === 0) return one({ ok: false, finding: unreadable('liste-vide', {}) });
    if (root.items.length > MAX_DOSSIERS_PER_FILE) return one(tooMany(root.items.length));
    return { documents: root.items.map((item) => convertDocument(text, doc, item, lineCounter, format, budget)), several: true };
  }
  return one(convertDocument(text, doc, root, lineCounter, format, budget));
}

/**
 * A file of the wrong shape is one mistake, said as such: read as dossiers,
 * a bare list of expense lines gave one ineligible dossier per line, each
 * with a dozen problems ("Rubrique « libelle » inconnue", "au plus 0,00 €")
 * and not a word of the missing `depenses:`. Such a file is `illisible` (it
 * holds no dossier to check), with one problem that says how to fix it.
 */
function recogniseMisplaced(parsed: ParsedFile, format: SourceFormat): ParsedFile {
  const { documents } = parsed;
  const failure = (code: string, params: Params, position: Position | undefined): ParseResult => ({
    ok: false,
    finding: unreadable(code, params),
    ...(position ? { position } : {}),
  });
  const first = documents[0];
  if (first?.ok && documents.every((document) => document.ok && shapeOf(document.tree) === 'depense')) {
    // The fix is written in the file's own syntax.
    const params = format === 'json' ? { nombre: documents.length, syntaxe: 'json' } : { nombre: documents.length };
    return { documents: [failure('depenses-sans-dossier', params, first.start)], several: false };
  }
  if (!parsed.several) {
    const wrapped = first?.ok ? wrappedDossiers(first.tree) : undefined;
    if (!first?.ok || !wrapped) return parsed;
    const code = wrapped.nombre === undefined ? 'dossier-sous-cle' : 'dossiers-sous-cle';
    return { documents: [failure(code, wrapped, first.sourceMap.locate(wrapped.cle, 'key'))], several: false };
  }
  // An expense line among dossiers: most often a line whose indentation took it out of its dossier's `depenses:`.
  return {
    ...parsed,
    documents: documents.map((document) =>
      document.ok && shapeOf(document.tree) === 'depense' ? failure('depense-hors-dossier', {}, document.start) : document,
    ),
  };
}

/** One dossier: the file must hold exactly one. */
export function parseSource(text: string, format: SourceFormat): ParseResult {
  return parseSources(text, format).documents[0]!;
}

/** One dossier from a document's root, or from one element of a top-level list. */
function convertDocument(
  text: string,
  doc: Document.Parsed,
  root: unknown,
  lineCounter: LineCounter,
  format: SourceFormat,
  budget: AliasBudget,
): ParseResult {
  // An unknown tag (`nom: !Mairie`) is only a warning for the yaml package, and the value is lost: an error here.
  const error = doc.errors[0] ?? doc.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (error) {
    const position = positionIn(lineCounter, error.pos[0]);
    if (format === 'json')
      return { ok: false, finding: unreadable('json-invalide', { cause: error.code, detail: error.message }), position };
    const diagnosis = diagnoseYamlError(text, error, position?.ligne ?? 1);
    return {
      ok: false,
      finding: unreadable('yaml-invalide', {
        cause: error.code,
        detail: error.message,
        situation: diagnosis.situation,
        ...diagnosis.params,
      }),
      position: diagnosis.position ?? position,
    };
  }
  if (!isMap(root)) {
    const empty = isEmptyNode(root);
    const position = positionIn(lineCounter, (root as YamlNode | null)?.range?.[0]);
    // Where one dossier is expected (init --from), a bare list of expense lines is recognised here, as `check` does.
    if (
      root === doc.contents &&
      isSeq(root) &&
      root.items.length > 0 &&
      root.items.every((item) => isMap(item) && shapeOfKeys(keysOf(item)) === 'depense')
    ) {
      return { ok: false, finding: unreadable('depenses-sans-dossier', { nombre: root.items.length }), ...(position ? { position } : {}) };
    }
    return {
      ok: false,
      // Each code with the parameters its rule declares: an empty dossier has nothing to say it found.
      finding: empty ? unreadable('fichier-vide', {}) : unreadable('racine-invalide', { trouve: isSeq(root) ? 'liste' : 'valeur' }),
      ...(position ? { position } : {}),
    };
  }
  const sourceMap = new SourceMap();
  const converter = new Converter(doc, sourceMap, lineCounter, budget);
  const tree = converter.convert(root, '', 0);
  if (converter.failure) return { ok: false, finding: converter.failure };
  const start = positionIn(lineCounter, root.range?.[0]);
  return { ok: true, tree: tree as Tree, sourceMap, ...(start ? { start } : {}) };
}

function keysOf(map: YAMLMap): string[] {
  return map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
}

/** `*name` where YAML reads an alias (a generous count: a quoted "*x" counts too). */
function aliasReferences(text: string): number {
  return text.match(/(?:^|[\s[{,:])\*[^\s,[\]{}]/g)?.length ?? 0;
}

function tooMany(nombre: number): ParseResult {
  return { ok: false, finding: unreadable('trop-de-dossiers', { nombre, max: MAX_DOSSIERS_PER_FILE }) };
}

function isEmptyNode(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && isNull(node));
}

function positionIn(lineCounter: LineCounter, offset: number | undefined): Position | undefined {
  if (offset === undefined) return undefined;
  const at = lineCounter.linePos(offset);
  return { ligne: at.line, colonne: at.col };
}

function unreadable(code: string, params: Params): Finding {
  return blocking('illisible', code, '', params);
}

/** Flow brackets or indentation nested past any dossier, found before the parser recurses into them. */
function tooDeep(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') {
      if (++depth > MAX_DEPTH) return true;
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
    else if (char === '\n') {
      let spaces = 0;
      while (text[index + 1 + spaces] === ' ') spaces++;
      if (spaces > MAX_INDENT) return true;
      // A quote never spans lines in a flow context we care about; reset to stay linear on broken input.
      quote = undefined;
    }
  }
  return false;
}

function strictJsonError(text: string): Error | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** Whether the YAML parser reads the text without error: a `.json` file written in YAML's syntax. */
function readsAsYaml(text: string): boolean {
  if (aliasReferences(text) > MAX_ALIAS_REFERENCES) return false;
  try {
    const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
    return docs.length === 1 && docs[0]!.errors.length === 0 && isMap(docs[0]!.contents);
  } catch {
    return false;
  }
}

/** `yaml`: the text is valid YAML, so the likely fix is the file's name or quotes around its keys. */
function jsonFailure(text: string, error: Error, yaml: boolean): ParseResult {
  const end = text.trimEnd().length;
  const found = /position (\d+)/.exec(error.message)?.[1];
  // "Unexpected end of JSON input", or an error past the last character: the text stops too early.
  const offset = found === undefined ? (/end of JSON input/.test(error.message) ? end : NaN) : Math.min(Number(found), end);
  const params = { cause: 'JSON', ...(yaml ? { yaml: 1 } : {}) };
  if (Number.isNaN(offset)) return { ok: false, finding: unreadable('json-invalide', params) };
  const before = text.slice(0, offset);
  const ligne = before.split('\n').length;
  const colonne = offset - before.lastIndexOf('\n');
  return {
    ok: false,
    finding: unreadable('json-invalide', { ...params, ...(offset < end ? { caractere: text[offset] } : { fin: 1 }) }),
    position: { ligne, colonne },
  };
}

function isNull(node: Scalar): boolean {
  return node.type === Scalar.PLAIN && /^(|~|null|Null|NULL)$/.test(String(node.value));
}

/**
 * Builds fresh plain objects from the YAML nodes: an alias gets its own copy
 * (so that setting a bad value aside never changes another field), keys such
 * as "__proto__" stay ordinary data, and positions are recorded on the way.
 */
interface AnchorDefinition {
  offset: number;
  node: YamlNode;
}

/** Listed once per document, however many dossiers (list elements) share it. */
const ANCHORS = new WeakMap<Document.Parsed, Map<string, AnchorDefinition[]>>();

/** Every anchor of a document, by name, in the order they appear. */
function anchorsOf(doc: Document.Parsed): Map<string, AnchorDefinition[]> {
  const known = ANCHORS.get(doc);
  if (known) return known;
  const anchors = new Map<string, AnchorDefinition[]>();
  ANCHORS.set(doc, anchors);
  visit(doc, {
    Node(_key, node) {
      if (!isAlias(node) && node.anchor) {
        const list = anchors.get(node.anchor) ?? [];
        list.push({ offset: node.range?.[0] ?? 0, node });
        anchors.set(node.anchor, list);
      }
    },
  });
  for (const list of anchors.values()) list.sort((a, b) => a.offset - b.offset);
  return anchors;
}

interface AliasBudget {
  aliasedNodes: number;
}

class Converter {
  failure?: Finding;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly sourceMap: SourceMap,
    private readonly lines: LineCounter,
    private readonly budget: AliasBudget,
  ) {}

  convert(node: unknown, path: string, depth: number, aliased = false): unknown {
    if (this.failure) return undefined;
    if (depth > MAX_DEPTH) {
      this.failure = unreadable('imbrication-excessive', { max: MAX_DEPTH });
      return undefined;
    }
    if (aliased && ++this.budget.aliasedNodes > MAX_ALIASED_NODES) {
      this.failure = unreadable('alias-excessifs', { max: MAX_ALIASED_NODES });
      return undefined;
    }
    if (isAlias(node)) return this.convert(this.resolve(node), path, depth + 1, true);
    // An empty field is an absent one: `montant_ht:` left blank is "not given", not a value.
    if (isScalar(node)) return isNull(node) ? undefined : String(node.value);
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const childPath = joinPath(path, index);
        if (!aliased) this.record(childPath, item as YamlNode);
        return this.convert(item, childPath, depth + 1, aliased);
      });
    }
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        // A list or a map used as a key has no place in a dossier: it is kept as text, and reported as unknown.
        const key = isScalar(pair.key) ? String(pair.key.value) : '[clé complexe]';
        const childPath = joinPath(path, key);
        if (!aliased) {
          const keyPosition = this.positionOf(pair.key as YamlNode);
          if (keyPosition) this.sourceMap.setKey(childPath, keyPosition);
          this.record(childPath, (pair.value as YamlNode | null) ?? (pair.key as YamlNode));
        }
        const value = this.convert(pair.value, childPath, depth + 1, aliased);
        if (value !== undefined) setField(object, key, value);
      }
      return object;
    }
    return undefined;
  }

  /**
   * The node an alias stands for: the last anchor of that name before it.
   * yaml's own Alias.resolve walks the whole document for every alias, which
   * makes a file of many aliases quadratic; the anchors are listed once here.
   */
  private resolve(alias: Alias): unknown {
    const at = alias.range?.[0] ?? Infinity;
    const candidates = anchorsOf(this.doc).get(alias.source) ?? [];
    for (let index = candidates.length - 1; index >= 0; index--) {
      if (candidates[index]!.offset < at) return candidates[index]!.node;
    }
    return undefined;
  }

  private record(path: string, node: YamlNode | null | undefined): void {
    const position = this.positionOf(node);
    if (position) this.sourceMap.set(path, position);
  }

  private positionOf(node: YamlNode | null | undefined): Position | undefined {
    const start = node?.range?.[0];
    if (start === undefined) return undefined;
    const at = this.lines.linePos(start);
    return { ligne: at.line, colonne: at.col };
  }
}
