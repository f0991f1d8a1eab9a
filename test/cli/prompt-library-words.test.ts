import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { terminalPrompter } from '../../src/cli/terminal-prompter.js';
import { catalogue } from '../../src/i18n/index.js';
import type { Choice } from '../../src/interactive/prompter.js';

/** The library's prompts, replaced to see what the terminal prompter hands them. */
const handed = vi.hoisted(() => [] as { prompt: string; config: { choices?: unknown[]; source?: (term: string) => unknown } }[]);
vi.mock('@inquirer/prompts', () => {
  const prompt = (name: string) => async (config: { choices?: unknown[]; source?: (term: string) => unknown }) => {
    handed.push({ prompt: name, config });
    return undefined;
  };
  return {
    input: prompt('input'),
    select: prompt('select'),
    checkbox: prompt('checkbox'),
    confirm: prompt('confirm'),
    search: prompt('search'),
  };
});

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

/** What the prompts say of a disabled choice: its label, and the refusal when it is chosen. */
function libraryDisabledWords(): Set<string> {
  const words = new Set<string>();
  for (const prompt of PROMPTS) {
    const source = librarySource(prompt);
    for (const match of source.matchAll(/: '(\([a-z]+\))';/g)) words.add(match[1]!);
    for (const match of source.matchAll(/disabledError: '([^']+)'/g)) words.add(match[1]!);
  }
  return words;
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

  it('name a disabled choice in English: "(disabled)" and its refusals (the scan itself works)', () => {
    expect(libraryDisabledWords()).toEqual(
      new Set(['(disabled)', 'This option is disabled and cannot be selected.', 'This option is disabled and cannot be toggled.']),
    );
  });

  // No catalogue says "(disabled)": the terminal prompter never hands the library a disabled choice,
  // whatever a choice carries, so that none of these words can reach the screen.
  it.each(['select', 'checkbox', 'search'] as const)('never reach the screen: %s is handed no disabled choice', async (prompt) => {
    handed.length = 0;
    const disabled = [{ name: 'Commune', value: 'commune', disabled: true } as Choice<string>, { name: 'EPCI', value: 'epci' }];
    const prompter = terminalPrompter('fr');
    if (prompt === 'search') await prompter.search({ message: 'Commune ?', source: () => disabled });
    else await prompter[prompt]({ message: 'Type ?', choices: disabled });
    const { config } = handed.find((call) => call.prompt === prompt)!;
    const choices = (prompt === 'search' ? await config.source!('') : config.choices) as Record<string, unknown>[];
    expect(choices.map((choice) => choice.name)).toEqual(['Commune', 'EPCI']);
    for (const choice of choices) expect(choice).not.toHaveProperty('disabled');
  });

  // A change at init's summary offers the axes already chosen: the ticks must reach the library.
  it('hands the checkbox the boxes already ticked', async () => {
    handed.length = 0;
    await terminalPrompter('fr').checkbox({
      message: 'Axes ?',
      choices: [
        { name: 'Innovant', value: 'innovant', checked: true },
        { name: 'Responsable', value: 'responsable' },
      ],
    });
    const { config } = handed.find((call) => call.prompt === 'checkbox')!;
    expect((config.choices as Record<string, unknown>[]).map((choice) => choice.checked)).toEqual([true, undefined]);
  });

  it('are French in French, never the library’s English', () => {
    const prompts = catalogue('fr').cli.prompts;
    for (const [english, french] of Object.entries(prompts.messages)) expect(french, english).not.toBe(english);
    for (const [english, french] of Object.entries(prompts.keys)) expect(french, english).not.toBe(english);
  });
});
