import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../fast-check.js';
import { decode } from '../../src/parse/decode.js';
import { checkDossier } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');
const options = { date: '2022-07-20', data: installedData };
const utf8 = (text: string) => new TextEncoder().encode(text);
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
/** The examples in French: each holds between 39 and 124 characters outside ASCII. */
const exampleFiles = readdirSync(EXAMPLES).filter((name) => /\.(ya?ml|json)$/.test(name));

/** Windows-1252 bytes of text whose every character the encoding holds (the narrow no-break space becomes a no-break space). */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = {
    '€': 0x80,
    '…': 0x85,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
    œ: 0x9c,
    Œ: 0x8c,
    '\u202f': 0xa0,
  };
  return Uint8Array.from(
    [...text].map((character) => {
      const byte = high[character] ?? character.charCodeAt(0);
      if (byte > 0xff) throw new Error(`not in Windows-1252: ${character}`);
      return byte;
    }),
  );
}
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

  // A UTF-8 byte order mark is written by UTF-8 software only: the stray byte is a warning, the BOM no "ï»¿" in the first key.
  const bom92 = concat(
    [0xef, 0xbb, 0xbf],
    utf8('porteur:\n  nom: Commune de Feurs\n  type: commune\nprojet:\n  titre: Guichet l'),
    [0x92],
    utf8('accueil\n'),
  );

  it('reads a file with a UTF-8 byte order mark as UTF-8 whatever its stray bytes', () => {
    expect(decode(bom92)).toMatchObject({
      text: 'porteur:\n  nom: Commune de Feurs\n  type: commune\nprojet:\n  titre: Guichet l’accueil\n',
      encoding: 'utf-8',
      bom: true,
      invalid: [{ ligne: 5, colonne: 19, octets: '0x92', caractere: '’' }],
    });
    const report = checkDossier(bom92, 'bom92.yaml', options);
    expect(report.porteur.nom).toBe('Commune de Feurs');
    const codes = report.problemes.map((problem) => problem.code);
    expect(codes).not.toContain('encodage-converti');
    expect(report.problemes.find((problem) => problem.code === 'octet-non-utf8')).toMatchObject({ position: { ligne: 5, colonne: 19 } });
  });

  it('reads a file with a UTF-8 byte order mark and several stray bytes, none of them UTF-8 sequences, as UTF-8', () => {
    const decoded = decode(concat([0xef, 0xbb, 0xbf], utf8('a: '), [0xe9, 0x20, 0xe8, 0x20, 0x93], utf8('x'), [0x94, 0x0a]));
    expect(decoded).toMatchObject({ text: 'a: é è “x”\n', encoding: 'utf-8', bom: true });
    expect(decoded.invalid.map((invalid) => invalid.colonne)).toEqual([4, 6, 8, 10]);
  });

  it('reads a short UTF-8 file with one accent and two stray bytes as UTF-8', () => {
    const bytes = concat(
      utf8('projet:\n  titre: Médiathèque\n'.replace('è', 'e')),
      utf8('  description: l'),
      [0x92],
      utf8('accueil et l'),
      [0x92],
      utf8('atelier\n'),
    );
    const decoded = decode(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', text: 'projet:\n  titre: Médiatheque\n  description: l’accueil et l’atelier\n' });
    expect(decoded.invalid.map(({ ligne, colonne }) => [ligne, colonne])).toEqual([
      [3, 17],
      [3, 30],
    ]);
  });

  it('reads a UTF-8 file with one accent and ten stray bytes as UTF-8', () => {
    const strays = Array.from({ length: 10 }, (_, index) => concat(utf8(`  l${index}: l`), [0x92], utf8('eau\n')));
    const decoded = decode(concat(utf8('titre: Pôle\nanalyse:\n'), ...strays));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('titre: Pôle\n');
    expect(decoded.invalid).toHaveLength(10);
    expect(decoded.invalid.every((invalid) => invalid.caractere === '’')).toBe(true);
  });

  it('reads as Windows-1252 a file whose invalid bytes overwhelmingly outnumber its UTF-8 sequences', () => {
    // "Ã©" typed in a Windows-1252 file is the valid UTF-8 sequence C3 A9; seventeen accents around it are not.
    const bytes = concat(utf8('a: '), [0xc3, 0xa9], ...Array.from({ length: 17 }, () => [0x20, 0xe9]), [0x0a]);
    expect(decode(bytes)).toMatchObject({ text: `a: Ã©${' é'.repeat(17)}\n`, encoding: 'windows-1252' });
  });

  it.each(exampleFiles)('reads %s saved as Windows-1252, with an accidental "Ã©", as Windows-1252', (name) => {
    const text = readFileSync(join(EXAMPLES, name), 'utf8').replace('\n', '\n# Ã©\n');
    const bytes = windows1252(text);
    expect(decode(bytes)).toMatchObject({ text, encoding: 'windows-1252', invalid: [] });
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

  it('through the binary: a byte order mark and one stray byte keep the porteur, with a warning at the byte', () => {
    const folder = mkdtempSync(join(tmpdir(), 'encodage-'));
    const file = join(folder, 'bom92.yaml');
    writeFileSync(file, bom92);
    const result = spawnSync(process.execPath, [BIN, 'check', file, '--date', '2022-07-20'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stdout).toContain('Commune de Feurs');
    expect(result.stdout).not.toContain('ï»¿');
    expect(result.stdout).toMatch(/bom92\.yaml:5:19/);
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
  it('keep the text, and each one is reported at its line and column, with or without a byte order mark', () => {
    fc.assert(
      fc.property(frenchText, fc.array(fc.tuple(fc.nat(), strayByte), { maxLength: 40 }), fc.boolean(), (text, strays, bom) => {
        const chars = [...text];
        const multiByte = chars.filter((char) => char.codePointAt(0)! >= 0x80).length;
        // Stray bytes at distinct character boundaries: any number after a byte order mark, else up to 16 per multi-byte character.
        const at = new Map<number, number>();
        for (const [position, byte] of strays) if (bom || at.size < 16 * multiByte) at.set(position % (chars.length + 1), byte);
        const parts: number[] = bom ? [0xef, 0xbb, 0xbf] : [];
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
        expect(decoded).toMatchObject({ encoding: 'utf-8', bom });
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
