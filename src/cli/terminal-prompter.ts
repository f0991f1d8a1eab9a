import { styleText } from 'node:util';
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Choice, Prompter } from '../interactive/prompter.js';
import { wrapProse } from '../format/prose.js';
import { terminalWidth } from './output.js';

/**
 * The interview's questions, asked in the terminal with @inquirer/prompts,
 * whose own words (the keys help, yes/no, "No results found") are said in
 * the user's language through its themes.
 */
export function terminalPrompter(lang: Lang): Prompter {
  const t = catalogue(lang).cli.prompts;
  const helpTip = (words: Record<string, string>) => (keys: [string, string][]) =>
    keys
      .map(([key, action]) => `${styleText('bold', words[key] ?? key)} ${styleText('dim', words[action] ?? action)}`)
      .join(styleText('dim', ' • '));
  const keysHelpTip = helpTip(t.keys);
  // The library's own messages reach the screen only through this style.
  const error = (text: string) => styleText('red', `> ${t.messages[text] ?? text}`);
  const theme = { style: { keysHelpTip, error } };
  // In a checkbox, space ticks a box rather than choosing.
  const checkboxTheme = { style: { keysHelpTip: helpTip({ ...t.keys, select: t.checkbox.toggle }), error } };
  return {
    input: (question) => input({ message: question.message, default: question.default, validate: question.validate, theme }),
    select: (question) => select({ message: question.message, choices: offered(question.choices), default: question.default, theme }),
    checkbox: (question) =>
      checkbox({
        message: question.message,
        choices: offered(question.choices),
        validate: question.validate ? (chosen) => question.validate!(chosen.map((choice) => choice.value)) : undefined,
        shortcuts: { all: t.checkbox.all, invert: t.checkbox.invert },
        theme: checkboxTheme,
      }),
    confirm: (question) =>
      confirm({
        message: question.message,
        default: question.default,
        theme: { style: { error }, keywords: { yes: t.yes, no: t.no, error: () => t.yesOrNo } },
      }),
    search: (question) => search({ message: question.message, source: (term) => offered(question.source(term ?? '')), theme }),
    // Wrapped between words at the terminal's width, read when said (the window may have been resized).
    say: (text) => process.stdout.write(`${wrapProse(text, terminalWidth(process.stdout))}\n`),
  };
}

/**
 * The choices as the library is given them: what is shown, kept, helped and
 * already ticked, nothing more. A choice the library took for disabled would
 * show its English "(disabled)" and "This option is disabled…", which no
 * catalogue says.
 */
function offered<T>(choices: readonly Choice<T>[]): Choice<T>[] {
  return choices.map(({ name, value, description, checked }) => ({
    name,
    value,
    ...(description === undefined ? {} : { description }),
    ...(checked === undefined ? {} : { checked }),
  }));
}
