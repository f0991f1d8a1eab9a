import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapProse } from '../../src/format/prose.js';

/**
 * What init says between its questions (the summary, the check's objections)
 * is wrapped at the terminal's width between words, continued under its own
 * indentation, rather than cut mid-word by the terminal.
 */
const width = (line: string) => [...line].length;

describe('prose wrapped to a width', () => {
  it('breaks between words, continuing under the line’s indentation', () => {
    const line =
      '    1. Tableaux numeriques interactifs — équipement interne de la collectivité — 4 500,00 € HT — non financée par l’appel';
    expect(wrapProse(line, 80)).toBe(
      [
        '    1. Tableaux numeriques interactifs — équipement interne de la collectivité —',
        '      4 500,00 € HT — non financée par l’appel',
      ].join('\n'),
    );
  });

  it('never breaks inside an amount, nor before the French “:”, “€”, “HT” or “»”, nor after “«”', () => {
    expect(wrapProse('Aide maximale : 12 345 678,00 €', 12)).toBe('Aide\n  maximale :\n  12 345 678,00 €');
    expect(wrapProse('les « projets » x', 10)).toBe('les\n  « projets »\n  x');
    expect(wrapProse('montant 2 400,00 € HT', 12)).toBe('montant\n  2 400,00 € HT');
  });

  it('leaves a line that fits, each line of a text, and no width at all alone', () => {
    expect(wrapProse('  Aide maximale : 2 400,00 €', 80)).toBe('  Aide maximale : 2 400,00 €');
    expect(wrapProse('a b\nc d', 3)).toBe('a b\nc d');
    const long = 'mot '.repeat(40).trim();
    expect(wrapProse(long, undefined)).toBe(long);
  });

  it('keeps a word longer than the width whole, on a line of its own', () => {
    expect(wrapProse('voir /tmp/un/chemin/tres/long/dossier.yaml ici', 12)).toBe('voir\n  /tmp/un/chemin/tres/long/dossier.yaml\n  ici');
  });

  it('never cuts a word, never passes the width with a line that could fit, and loses no word', () => {
    const word = fc.stringMatching(/^[a-zéèà’—,.]{1,12}$/);
    fc.assert(
      fc.property(
        fc.nat({ max: 6 }),
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 20, max: 120 }),
        (indent, words, columns) => {
          const text = ' '.repeat(indent) + words.join(' ');
          const wrapped = wrapProse(text, columns).split('\n');
          expect(wrapped.join(' ').split(/ +/).filter(Boolean)).toEqual(words);
          for (const line of wrapped) expect(width(line)).toBeLessThanOrEqual(columns);
        },
      ),
    );
  });
});
