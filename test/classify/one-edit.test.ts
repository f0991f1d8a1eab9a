import fc from 'fast-check';
import { runs } from '../fast-check.js';
import { describe, expect, it } from 'vitest';
import { isOneEditAway } from '../../src/classify/matcher.js';
import { editDistance } from '../../src/did-you-mean.js';

describe('one typing mistake', () => {
  it('agrees with the full edit distance on random words', () => {
    // Few letters, so that near words are common.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(isOneEditAway(a, b)).toBe(editDistance(a, b) === 1);
      }),
      { numRuns: runs(5000) },
    );
  });

  it('knows each kind of mistake', () => {
    expect(isOneEditAway('tablette', 'tabette')).toBe(true);
    expect(isOneEditAway('tablette', 'tabllette')).toBe(true);
    expect(isOneEditAway('tablette', 'tablatte')).toBe(true);
    expect(isOneEditAway('tablette', 'tbalette')).toBe(true);
    expect(isOneEditAway('tablette', 'tablette')).toBe(false);
    expect(isOneEditAway('tablette', 'tbaletet')).toBe(false);
  });
});
