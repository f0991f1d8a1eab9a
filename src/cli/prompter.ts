import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import type { Prompter } from '../interactive/prompter.js';

/** The interview's questions, asked in the terminal with @inquirer/prompts. */
export function terminalPrompter(): Prompter {
  return {
    input: (question) => input({ message: question.message, default: question.default, validate: question.validate }),
    select: (question) => select({ message: question.message, choices: question.choices, default: question.default }),
    checkbox: (question) =>
      checkbox({
        message: question.message,
        choices: question.choices,
        validate: question.validate ? (chosen) => question.validate!(chosen.map((choice) => choice.value)) : undefined,
      }),
    confirm: (question) => confirm({ message: question.message, default: question.default }),
    search: (question) => search({ message: question.message, source: (term) => question.source(term ?? '') }),
    say: (text) => process.stdout.write(`${text}\n`),
  };
}
