import fc from 'fast-check';
import { runs } from './fast-check.js';
import { describe, expect, it } from 'vitest';
import { foldAccents, foldAccentsByDecomposing } from '../src/fold.js';

describe('folding accents and case', () => {
  it('folds French words as applicants type them', () => {
    expect(foldAccents('ÉCOLE')).toBe('ecole');
    expect(foldAccents('Œuvre et Æsthétique')).toBe('oeuvre et aesthetique');
    expect(foldAccents('l’accueil « numérique »')).toBe('l’accueil « numerique »');
    expect(foldAccents('tablette')).toBe('tablette');
  });

  it('gives what decomposing gives, for every character alone and between others', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      for (const text of [char, `Ét${char}é’`]) {
        if (foldAccents(text) !== foldAccentsByDecomposing(text)) differing.push(code.toString(16));
      }
    }
    expect(differing).toEqual([]);
  });

  it('gives what decomposing gives for any text, combining marks and sigmas included', () => {
    const char = fc.oneof(
      fc.constantFrom('a', 'É', 'é', 'œ', 'Æ', '’', ' ', '«', 'Σ', 'ς', 'İ', '\u0301', '\u0327', '\u0323', 'ǅ', 'ẞ'),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(foldAccents(text)).toBe(foldAccentsByDecomposing(text));
      }),
      { numRuns: runs(5000) },
    );
  });
});
