export type Decoded = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Windows-1252 where it differs from Latin-1 (bytes 0x80 to 0x9F). Written
 * out because Node 20's TextDecoder('windows-1252') decodes these bytes as
 * Latin-1 control characters, which would turn "1 000 €" into garbage.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/**
 * Bytes to text. UTF-8 (with or without BOM) is the norm; UTF-16 with a BOM
 * is read too; older French software exports Windows-1252, which is decoded
 * rather than shown as mojibake.
 */
export function decode(bytes: Uint8Array): Decoded {
  // Notepad's "Unicode" is UTF-16 with a byte order mark; read as Windows-1252 it would be garbage.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte);
  return text;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type Encoded = { ok: true; bytes: Uint8Array } | { ok: false; character: string };

/** Windows-1252 bytes 0x80 to 0x9F by the character they stand for. */
const WINDOWS_1252_BYTES = new Map(WINDOWS_1252_HIGH.flatMap((code, index) => (code === 0xfffd ? [] : [[code, 0x80 + index] as const])));

/**
 * Text back to the bytes `decode` read it from, in the same encoding, with a
 * byte order mark when the file had one. A character the encoding cannot
 * hold is refused, never replaced.
 */
export function encode(text: string, encoding: Decoded['encoding'], withBom: boolean): Encoded {
  if (encoding === 'utf-8') {
    const bytes = new TextEncoder().encode(text);
    return { ok: true, bytes: withBom ? concat([0xef, 0xbb, 0xbf], bytes) : bytes };
  }
  if (encoding === 'utf-16le') return { ok: true, bytes: concat([0xff, 0xfe], utf16(text, true)) };
  if (encoding === 'utf-16be') return { ok: true, bytes: concat([0xfe, 0xff], utf16(text, false)) };
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // 0x80–0x9F are Windows-1252's own characters, not Latin-1's control codes.
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252_BYTES.get(code);
    if (byte === undefined) return { ok: false, character: String.fromCodePoint(text.codePointAt(index)!) };
    bytes[index] = byte;
  }
  return { ok: true, bytes };
}

/** UTF-16 code units as bytes, by hand: the dossier layer uses no Node-only API, so that it runs in a browser too. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < text.length; index++) view.setUint16(index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
}

function concat(head: readonly number[], tail: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(head.length + tail.length);
  bytes.set(head);
  bytes.set(tail, head.length);
  return bytes;
}
