import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../fast-check.js';
import { decode } from '../../src/dossier/decode.js';
import { checkDossier } from '../../src/index.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');
const options = { date: '2022-07-20' };
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

/** Text as UTF-16 code units, without a byte order mark. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  return Uint8Array.from(
    [...text].flatMap((char) => {
      const unit = char.charCodeAt(0);
      return littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    }),
  );
}

describe('encoding decided from the evidence of the whole file', () => {
  // Pasted from Word: a Windows-1252 apostrophe (0x92) in a file saved as UTF-8.
  const stray = concat(utf8('porteur:\n  nom: Commune de Fécurs\nprojet:\n  titre: Guichet numérique l'), [0x92], utf8('accueil\n'));

  it('reads a UTF-8 file with one stray byte as UTF-8, with a warning at the byte', () => {
    const report = checkDossier(stray, 'd.yaml', options);
    expect(report.porteur.nom).toBe('Commune de Fécurs');
    expect(report.projet.titre).toBe('Guichet numérique l’accueil');
    const codes = report.problemes.map((problem) => problem.code);
    expect(codes).not.toContain('encodage-converti');
    const problem = report.problemes.find((candidate) => candidate.code === 'octet-non-utf8');
    expect(problem).toMatchObject({ gravite: 'avertissement', chemin: '', position: { ligne: 4, colonne: 29 } });
    expect(problem?.message).toContain('0x92');
    expect(problem?.message).toContain('’');
  });

  it('still reads a file with high bytes and no UTF-8 sequence at all as Windows-1252', () => {
    const bytes = concat(utf8('porteur:\n  nom: Commune de F'), [0xe9], utf8('curs\n'));
    expect(decode(bytes)).toMatchObject({ text: 'porteur:\n  nom: Commune de Fécurs\n', encoding: 'windows-1252', invalid: [] });
  });

  it('reads as Windows-1252 a file with more invalid sequences than UTF-8 ones', () => {
    // "Ã©" typed in a Windows-1252 file is the valid UTF-8 sequence C3 A9; the accents around it are not.
    const bytes = concat(utf8('a: '), [0xc3, 0xa9, 0x20, 0xe9, 0x20, 0xe8, 0x20, 0xe0, 0x0a]);
    expect(decode(bytes)).toMatchObject({ text: 'a: Ã© é è à\n', encoding: 'windows-1252' });
  });

  it('bounds the warnings of a file with many stray bytes', () => {
    const lines = Array.from({ length: 60 }, (_, index) => concat(utf8(`  l${index}: é `), [0x92], utf8('\n')));
    const report = checkDossier(concat(utf8('analyse:\n'), ...lines), 'd.yaml', options);
    const strays = report.problemes.filter((problem) => problem.code === 'octet-non-utf8');
    expect(strays).toHaveLength(20);
    const rest = report.problemes.find((problem) => problem.code === 'octets-non-utf8-nombreux');
    expect(rest?.message).toContain('40');
  });

  it.each([true, false])('reads UTF-16 without a byte order mark (little endian: %s)', (littleEndian) => {
    const text = 'porteur:\n  nom: Commune de Fécurs\n  type: commune\n';
    const decoded = decode(utf16(text, littleEndian));
    expect(decoded).toMatchObject({ text, encoding: littleEndian ? 'utf-16le' : 'utf-16be', bom: false });
    const report = checkDossier(utf16(text, littleEndian), 'd.yaml', options);
    expect(report.verdict).not.toBe('illisible');
    expect(report.porteur.nom).toBe('Commune de Fécurs');
  });

  it('through the binary: one stray byte is a warning at its line and column, not a converted file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'encodage-'));
    const file = join(folder, 'dossier.yaml');
    writeFileSync(file, stray);
    const result = spawnSync(process.execPath, [BIN, 'check', file, '--date', '2022-07-20'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stdout).toContain('Guichet numérique');
    expect(result.stdout).not.toContain('numÃ©rique');
    expect(result.stdout).toMatch(/dossier\.yaml:4:29/);
    expect(result.stdout).not.toMatch(/windows-1252/i);
  });
});

/** French text with accents, typographic signs and line ends (every character valid UTF-8). */
const frenchText = fc
  .array(
    fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyz ABCÉÈ,.:-\n'.split(''),
      'é',
      'è',
      'à',
      'ç',
      'ô',
      'œ',
      '’',
      '«',
      '»',
      '€',
      '\u202f',
      '°',
      '🙂',
    ),
    { minLength: 1, maxLength: 200 },
  )
  .map((chars) => chars.join(''));

/** Bytes that turn up alone in UTF-8 files: Windows-1252 punctuation and accents, lone lead and continuation bytes. */
const strayByte = fc.constantFrom(0x92, 0x80, 0x85, 0x96, 0x9c, 0xe9, 0xe8, 0xe0, 0xab, 0xbb, 0xa0, 0xc3, 0xf0, 0xff, 0xc0);

describe('property: stray bytes in UTF-8 text', () => {
  it('keep the text, and each one is reported at its line and column', () => {
    fc.assert(
      fc.property(frenchText, fc.array(fc.tuple(fc.nat(), strayByte), { maxLength: 6 }), (text, strays) => {
        const chars = [...text];
        const multiByte = chars.filter((char) => char.codePointAt(0)! >= 0x80).length;
        // Stray bytes at distinct character boundaries, fewer than the text's multi-byte characters.
        const at = new Map<number, number>();
        for (const [position, byte] of strays) if (at.size < multiByte) at.set(position % (chars.length + 1), byte);
        const parts: number[] = [];
        const expected: { ligne: number; colonne: number; byte: number }[] = [];
        let ligne = 1;
        let colonne = 1;
        chars.forEach((char, index) => {
          const byte = at.get(index);
          if (byte !== undefined) {
            parts.push(byte);
            expected.push({ ligne, colonne, byte });
            colonne++;
          }
          parts.push(...utf8(char));
          if (char === '\n') {
            ligne++;
            colonne = 1;
          } else colonne += char.length;
        });
        const last = at.get(chars.length);
        if (last !== undefined) {
          parts.push(last);
          expected.push({ ligne, colonne, byte: last });
        }
        const decoded = decode(Uint8Array.from(parts));
        expect(decoded.encoding).toBe('utf-8');
        expect(decoded.invalid.map(({ ligne, colonne, octets }) => ({ ligne, colonne, octets }))).toEqual(
          expected.map(({ ligne, colonne, byte }) => ({ ligne, colonne, octets: `0x${byte.toString(16).toUpperCase()}` })),
        );
        // Every stray byte stands for one character: remove those, and the text is the original.
        const offsets = new Set(decoded.invalid.map((invalid) => invalid.offset));
        let kept = '';
        for (let index = 0; index < decoded.text.length; index++) if (!offsets.has(index)) kept += decoded.text[index];
        expect(kept).toBe(text);
      }),
    );
  });
});
