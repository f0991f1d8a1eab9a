import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Why an XML part could not be read: any DOCTYPE is refused (entity expansion, external entities), anything else is not XML. */
export type XmlFailure = { reason: 'doctype' } | { reason: 'malformed'; detail: string };

export interface XmlHandlers {
  /** `local`: the element's name without its prefix (x:c is c); `attributes` keyed as written (prefixes kept). */
  open(local: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(local: string): void;
  text?(text: string): void;
}

/** The name without its prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name, whatever prefix the writer chose. */
export function attribute(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const key in attributes) if (key === local || localName(key) === local) return attributes[key];
  return undefined;
}

/** Thrown inside saxes' handlers to stop it at once; caught in parseXml, never outside. */
class Stop {
  constructor(readonly failure: XmlFailure) {}
}

/** A handler's way to stop parsing with a failure of its own (a bound reached). */
export class HandlerStop<T> {
  constructor(readonly value: T) {}
}

const CHUNK_BYTES = 1 << 20;

/**
 * Walks an XML part, fed to saxes in chunks (a 20 MB content.xml is never one
 * string). saxes expands no entity but the five predefined and never loads
 * anything; a DOCTYPE is refused outright. A handler may throw a HandlerStop,
 * returned as is.
 */
export function parseXml<T>(bytes: Uint8Array, handlers: XmlHandlers): { ok: true } | { ok: false; failure: XmlFailure } | HandlerStop<T> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new Stop({ reason: 'doctype' });
  });
  parser.on('error', (error) => {
    throw new Stop({ reason: 'malformed', detail: error.message });
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    handlers.open(localName(tag.name), tag.attributes, tag.isSelfClosing);
  });
  // saxes closes a self-closing tag too.
  parser.on('closetag', (tag: SaxesTagPlain) => {
    handlers.close(localName(tag.name));
  });
  const onText = handlers.text;
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const decoder = new TextDecoder('utf-8');
  try {
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES)
      parser.write(decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: true }));
    parser.write(decoder.decode());
    parser.close();
    return { ok: true };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, failure: error.failure };
    if (error instanceof HandlerStop) return error as HandlerStop<T>;
    return { ok: false, failure: { reason: 'malformed', detail: error instanceof Error ? error.message : String(error) } };
  }
}
