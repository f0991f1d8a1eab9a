export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Bytes of a UTF-8 file that are not UTF-8, read as the Windows-1252 characters they most likely stand for. */
export interface InvalidBytes {
  /** 1-based line and column (in UTF-16 code units, as every other position) of the first character they were read as. */
  ligne: number;
  colonne: number;
  /** Offset of that character in the decoded text. */
  offset: number;
  /** The bytes as written in a hex editor: "0x92", or "0xE9 0x92". */
  octets: string;
  /** What they were read as: "’". */
  caractere: string;
}

export type Decoded = {
  text: string;
  encoding: Encoding;
  /** Whether the bytes started with a byte order mark. */
  bom: boolean;
  /** In a UTF-8 file, each sequence of bytes that is not UTF-8 (empty for other encodings). */
  invalid: InvalidBytes[];
};

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** For the valid stretches between invalid bytes: a U+FEFF inside the text is a character, not a mark. */
const utf8Stretch = new TextDecoder('utf-8', { ignoreBOM: true });

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
 * Bytes to text, the encoding decided from the evidence of the whole file.
 * UTF-8 (with or without BOM) is the norm. UTF-16 is recognised by its byte
 * order mark, or without one by its zero bytes (every French letter has a
 * zero high byte). Bytes that are not UTF-8 in a file that is otherwise UTF-8
 * (text pasted from Word leaves a stray 0x92) are each read as the
 * Windows-1252 characters they most likely stand for and listed in `invalid`;
 * the rest of the file is never re-read as mojibake. Only a file whose high
 * bytes are (almost) all invalid UTF-8 is Windows-1252: see `isWindows1252`.
 */
export function decode(bytes: Uint8Array): Decoded {
  // Notepad's "Unicode" is UTF-16 with a byte order mark; read as Windows-1252 it would be garbage.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return whole(new TextDecoder('utf-16le').decode(bytes), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return whole(new TextDecoder('utf-16be').decode(bytes), 'utf-16be', true);
  const utf16 = utf16ByZeroBytes(bytes);
  if (utf16) return whole(new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), utf16, false);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return whole(utf8.decode(bytes), 'utf-8', bom);
  } catch {
    const scan = scanUtf8(bytes, bom ? 3 : 0);
    if (!bom && isWindows1252(scan.multiByte, scan.invalid.length)) return whole(decodeWindows1252(bytes), 'windows-1252', false);
    return withInvalidBytes(bytes, scan.invalid, bom ? 3 : 0);
  }
}

/**
 * Invalid runs a file may hold per valid UTF-8 multi-byte sequence and still
 * be read as UTF-8. In Windows-1252 French text a valid sequence arises only
 * by accident: a capital Â–ß followed by a byte 0x80–0xBF ("É" then a
 * no-break space or "»"), à–ï followed by two of them, or typed mojibake
 * ("Ã©"). Measured on this project's French texts saved as Windows-1252
 * (examples, fixtures, docs, French messages, the call, its specifications:
 * 34 files): no such sequence in 2 892 characters outside ASCII, so fewer
 * than 1 in 900 (95 %). A Windows-1252 dossier thus shows its invalid runs by
 * the dozen or hundred per accidental sequence (the smallest example has 39
 * accents). A UTF-8 file with bytes pasted from Word shows the reverse: every
 * accent a valid sequence (39 to 124 per example), a few stray bytes; even a
 * file with one accent and ten stray bytes stays under 16. Both ways of being
 * wrong are not equal: a Windows-1252 file read as UTF-8 costs a warning per
 * accent, each still read as its Windows-1252 character, while a UTF-8 file
 * read as Windows-1252 turns every accent into mojibake; the doubt goes to
 * UTF-8.
 */
const MAX_INVALID_PER_SEQUENCE = 16;

/** Whether a file without a byte order mark, not wholly UTF-8, is Windows-1252 (a UTF-8 BOM is written by UTF-8 software only). */
function isWindows1252(multiByte: number, invalid: number): boolean {
  return invalid > multiByte * MAX_INVALID_PER_SEQUENCE;
}

function whole(text: string, encoding: Encoding, bom: boolean): Decoded {
  return { text, encoding, bom, invalid: [] };
}

/**
 * UTF-16 without a byte order mark: zero bytes at one parity (the high byte
 * of nearly every French character), hardly any at the other. UTF-8 and
 * Windows-1252 text has no zero bytes at all.
 */
function utf16ByZeroBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  let even = 0;
  let odd = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even++;
      else odd++;
    }
  }
  const units = Math.floor(bytes.length / 2);
  if (units === 0) return undefined;
  if (odd >= units / 4 && even * 16 <= odd) return 'utf-16le';
  if (even >= units / 4 && odd * 16 <= even) return 'utf-16be';
  return undefined;
}

/** Byte ranges [start, end) that are not UTF-8 (maximal subparts, as the Encoding Standard counts them), and the valid multi-byte sequences. */
function scanUtf8(bytes: Uint8Array, from: number): { multiByte: number; invalid: [number, number][] } {
  const invalid: [number, number][] = [];
  let multiByte = 0;
  let index = from;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else {
      invalid.push([index, index + 1]);
      index++;
      continue;
    }
    let next = index + 1;
    let complete = true;
    for (let count = 0; count < needed; count++, next++) {
      const byte = bytes[next];
      if (byte === undefined || byte < lower || byte > upper) {
        complete = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
    }
    if (complete) multiByte++;
    else invalid.push([index, next]);
    index = next;
  }
  return { multiByte, invalid };
}

/** The UTF-8 text, each invalid range read as Windows-1252, with the position of each. */
function withInvalidBytes(bytes: Uint8Array, ranges: [number, number][], from: number): Decoded {
  const pieces: string[] = [];
  const invalid: InvalidBytes[] = [];
  let length = 0;
  let at = from;
  for (const [start, end] of ranges) {
    const valid = utf8Stretch.decode(bytes.subarray(at, start));
    const read = decodeWindows1252(bytes.subarray(start, end));
    pieces.push(valid, read);
    length += valid.length;
    const octets = [...bytes.subarray(start, end)].map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    invalid.push({ ligne: 0, colonne: 0, offset: length, octets, caractere: read });
    length += read.length;
    at = end;
  }
  pieces.push(utf8Stretch.decode(bytes.subarray(at)));
  const text = pieces.join('');
  // Lines and columns in one pass: the offsets come in order.
  let ligne = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const entry of invalid) {
    for (; scanned < entry.offset; scanned++) {
      if (text.charCodeAt(scanned) === 0x0a) {
        ligne++;
        lineStart = scanned + 1;
      }
    }
    entry.ligne = ligne;
    entry.colonne = entry.offset - lineStart + 1;
  }
  return { text, encoding: 'utf-8', bom: from > 0, invalid };
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
export function encode(text: string, encoding: Encoding, withBom: boolean): Encoded {
  if (encoding === 'utf-8') {
    const bytes = new TextEncoder().encode(text);
    return { ok: true, bytes: withBom ? concat([0xef, 0xbb, 0xbf], bytes) : bytes };
  }
  if (encoding === 'utf-16le') return { ok: true, bytes: concat(withBom ? [0xff, 0xfe] : [], utf16(text, true)) };
  if (encoding === 'utf-16be') return { ok: true, bytes: concat(withBom ? [0xfe, 0xff] : [], utf16(text, false)) };
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
