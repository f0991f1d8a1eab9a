import { describe, expect, it } from 'vitest';
import { sameName } from '../../src/territoire/names.js';

describe('sameName', () => {
  it('leaves out what stands in parentheses, and keeps an unclosed one as words', () => {
    expect(sameName('Saint-Just-en-Chevalet (Loire)', 'Saint-Just-en-Chevalet')).toBe(true);
    expect(sameName('Montbrison (42) (mairie)', 'Montbrison')).toBe(true);
    expect(sameName('Montbrison ((x) Feurs', 'Montbrison Feurs')).toBe(true);
    // No ")" after it: the "(" is punctuation, the words after it count.
    expect(sameName('(Feurs', 'Feurs')).toBe(true);
    expect(sameName('((((Feurs', 'Feurs')).toBe(true);
    // Closed, it is dropped: nothing is left to compare.
    expect(sameName('(Feurs)', 'Feurs')).toBe(false);
    expect(sameName('((Feurs) Montbrison', 'Montbrison')).toBe(true);
  });
});
