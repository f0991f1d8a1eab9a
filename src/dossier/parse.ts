import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node as YamlNode } from 'yaml';
import { blocking, type Finding, type Params } from '../rules/finding.js';
import { joinPath, SourceMap, type Position } from './source-map.js';

export type SourceFormat = 'yaml' | 'json';

export type Tree = Record<string, unknown>;

export type ParseResult = { ok: true; tree: Tree; sourceMap: SourceMap } | { ok: false; finding: Finding; position?: Position };

/** A dossier is five levels deep at most; far deeper input is an attack or an accident. */
const MAX_DEPTH = 64;
/** Leading spaces of a line: block nesting the parser would otherwise follow level by level. */
const MAX_INDENT = 256;
/** Guards against "billion laughs": values reached through aliases, all told. */
const MAX_ALIASED_NODES = 10_000;

export function formatFromName(name: string, text: string): SourceFormat {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

/**
 * Text to a plain tree plus the position of every field; never throws on bad
 * input. Every scalar stays the text the applicant wrote (YAML's failsafe
 * schema): YAML's own guesses would turn `code_insee: 01053` into 1053 and
 * `montant_ht: 0x10` into 16 behind the applicant's back. The schema decides
 * what each field means.
 */
export function parseSource(text: string, format: SourceFormat): ParseResult {
  if (text.trim() === '') return { ok: false, finding: unreadable('fichier-vide', {}) };
  if (tooDeep(text)) return { ok: false, finding: unreadable('imbrication-excessive', { max: MAX_DEPTH }) };

  if (format === 'json') {
    // The YAML parser accepts more than JSON (comments, trailing commas): check strictly first.
    const jsonError = strictJsonError(text);
    if (jsonError) return jsonFailure(text, jsonError);
  }

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, schema: 'failsafe', uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  } catch {
    return { ok: false, finding: unreadable('imbrication-excessive', { max: MAX_DEPTH }) };
  }
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    return {
      ok: false,
      finding: unreadable(format === 'json' ? 'json-invalide' : 'yaml-invalide', { cause: error.code, detail: error.message }),
      position: { ligne: at.line, colonne: at.col },
    };
  }

  const root = doc.contents;
  if (!isMap(root)) {
    const empty = root === null || (isScalar(root) && isNull(root));
    return { ok: false, finding: unreadable(empty ? 'fichier-vide' : 'racine-invalide', { trouve: isSeq(root) ? 'liste' : 'valeur' }) };
  }

  const sourceMap = new SourceMap();
  const converter = new Converter(doc, sourceMap, lineCounter);
  const tree = converter.convert(root, '', 0);
  if (converter.failure) return { ok: false, finding: converter.failure };
  return { ok: true, tree: tree as Tree, sourceMap };
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

function jsonFailure(text: string, error: Error): ParseResult {
  const offset = Number(/position (\d+)/.exec(error.message)?.[1] ?? NaN);
  if (Number.isNaN(offset)) return { ok: false, finding: unreadable('json-invalide', { cause: 'JSON' }) };
  const before = text.slice(0, offset);
  const ligne = before.split('\n').length;
  const colonne = offset - before.lastIndexOf('\n');
  return {
    ok: false,
    finding: unreadable('json-invalide', { cause: 'JSON', caractere: text[offset] ?? '' }),
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
class Converter {
  failure?: Finding;
  private aliasedNodes = 0;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly sourceMap: SourceMap,
    private readonly lines: LineCounter,
  ) {}

  convert(node: unknown, path: string, depth: number, aliased = false): unknown {
    if (this.failure) return undefined;
    if (depth > MAX_DEPTH) {
      this.failure = unreadable('imbrication-excessive', { max: MAX_DEPTH });
      return undefined;
    }
    if (aliased && ++this.aliasedNodes > MAX_ALIASED_NODES) {
      this.failure = unreadable('alias-excessifs', { max: MAX_ALIASED_NODES });
      return undefined;
    }
    if (isAlias(node)) return this.convert(node.resolve(this.doc), path, depth + 1, true);
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
        if (value !== undefined) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return object;
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
