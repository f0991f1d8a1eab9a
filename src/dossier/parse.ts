import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { blocking, type Finding, type Params } from '../rules/finding.js';
import { joinPath, SourceMap, type Position } from './source-map.js';

export type SourceFormat = 'yaml' | 'json';

export type ParseResult =
  { ok: true; tree: Record<string, unknown>; sourceMap: SourceMap } | { ok: false; finding: Finding; position?: Position };

/** Guards against "billion laughs": a handful of aliases is all a dossier ever needs. */
const MAX_ALIAS_COUNT = 100;

export function formatFromName(name: string, text: string): SourceFormat {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

/** Text to a plain tree plus the position of every field; never throws on bad input. */
export function parseSource(text: string, format: SourceFormat): ParseResult {
  if (text.trim() === '') return { ok: false, finding: unreadable('fichier-vide', {}) };

  const lineCounter = new LineCounter();
  if (format === 'json') {
    // The YAML parser accepts more than JSON (comments, trailing commas): check strictly first.
    const jsonError = strictJsonError(text);
    if (jsonError) {
      lineCounter.addNewLine(0);
      return jsonFailure(text, jsonError);
    }
  }

  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
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
    const kind = isSeq(root) ? 'liste' : root === null || (isScalar(root) && root.value === null) ? 'vide' : 'valeur';
    return { ok: false, finding: unreadable(kind === 'vide' ? 'fichier-vide' : 'racine-invalide', { trouve: kind }) };
  }

  let tree: unknown;
  try {
    tree = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // The yaml package throws only when aliases expand past maxAliasCount.
    return { ok: false, finding: unreadable('alias-excessifs', { max: MAX_ALIAS_COUNT }) };
  }

  const sourceMap = new SourceMap();
  recordPositions(root, '', sourceMap, lineCounter);
  return { ok: true, tree: tree as Record<string, unknown>, sourceMap };
}

function unreadable(code: string, params: Params): Finding {
  return blocking('illisible', code, '', params);
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
  const finding = unreadable('json-invalide', { cause: 'JSON', detail: error.message });
  if (Number.isNaN(offset)) return { ok: false, finding };
  const before = text.slice(0, offset);
  const ligne = before.split('\n').length;
  const colonne = offset - before.lastIndexOf('\n');
  return { ok: false, finding, position: { ligne, colonne } };
}

function recordPositions(node: unknown, path: string, sourceMap: SourceMap, lines: LineCounter): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const childPath = joinPath(path, key);
      const keyPosition = positionOf(pair.key as YamlNode, lines);
      if (keyPosition) sourceMap.setKey(childPath, keyPosition);
      const valuePosition = positionOf(pair.value as YamlNode | null, lines) ?? keyPosition;
      if (valuePosition) sourceMap.set(childPath, valuePosition);
      recordPositions(pair.value, childPath, sourceMap, lines);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const childPath = joinPath(path, index);
      const at = positionOf(item as YamlNode, lines);
      if (at) sourceMap.set(childPath, at);
      recordPositions(item, childPath, sourceMap, lines);
    });
  } else if (isAlias(node)) {
    // An alias's children have no position of their own: its fields point at the alias.
  }
}

function positionOf(node: YamlNode | null | undefined, lines: LineCounter): Position | undefined {
  const start = node?.range?.[0];
  if (start === undefined) return undefined;
  const at = lines.linePos(start);
  return { ligne: at.line, colonne: at.col };
}
