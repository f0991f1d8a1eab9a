import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/index.js';

/**
 * The prompt library writes its own English sentences (errors, key names in
 * the help line). Every one that can reach the screen of the prompts `init`
 * uses must have its words in both catalogues, so that a library upgrade
 * adding a sentence fails here instead of showing English to a French user.
 */
const require = createRequire(import.meta.url);
const PROMPTS = ['input', 'select', 'checkbox', 'confirm', 'search'];

function librarySource(prompt: string): string {
  const main = require.resolve(`@inquirer/${prompt}`, { paths: [require.resolve('@inquirer/prompts')] });
  return readFileSync(join(dirname(main), 'index.js'), 'utf8');
}

/** English sentences the prompts hand to the error line or return as a validation message. */
function librarySentences(): Set<string> {
  const sentences = new Set<string>();
  for (const prompt of PROMPTS) {
    const source = librarySource(prompt);
    const patterns = [
      /(?:setError|setSearchError|theme\.style\.error)\((?:isValid \|\| )?'([^']+)'\)/g,
      /return '([A-Z][^']+)';/g,
      /\|\| '([A-Z][^']+)'/g,
      /patternError = '([^']+)'/g,
    ];
    for (const pattern of patterns) for (const match of source.matchAll(pattern)) sentences.add(match[1]!);
  }
  return sentences;
}

/** Key actions the prompts name in their help line (['↑↓', 'navigate'], …). */
function libraryKeyActions(): Set<string> {
  const actions = new Set<string>();
  for (const prompt of PROMPTS) for (const match of librarySource(prompt).matchAll(/\[[^\]\n]*, '([a-z]+)'\]/g)) actions.add(match[1]!);
  return actions;
}

describe('the prompt library’s own words', () => {
  it('are found in the library (the scan itself works)', () => {
    expect(librarySentences()).toContain('No results found');
    expect(librarySentences()).toContain('You must provide a value');
    expect(libraryKeyActions()).toEqual(new Set(['navigate', 'select', 'all', 'invert', 'submit']));
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`are all said in the ${lang} catalogue`, () => {
      const prompts = catalogue(lang).cli.prompts;
      const missing = [...librarySentences()].filter((sentence) => !(sentence in prompts.messages));
      expect(missing).toEqual([]);
      const missingKeys = [...libraryKeyActions()].filter((action) => !(action in prompts.keys));
      expect(missingKeys).toEqual([]);
    });
  }

  it('are French in French, never the library’s English', () => {
    const prompts = catalogue('fr').cli.prompts;
    for (const [english, french] of Object.entries(prompts.messages)) expect(french, english).not.toBe(english);
    for (const [english, french] of Object.entries(prompts.keys)) expect(french, english).not.toBe(english);
  });
});
