export type Decoded = { text: string; encoding: 'utf-8' | 'windows-1252' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Bytes to text. UTF-8 (with or without BOM) is the norm; older French
 * software exports Windows-1252, which is decoded rather than shown as mojibake.
 */
export function decode(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
