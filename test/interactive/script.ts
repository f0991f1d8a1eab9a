import type { Choice, Prompter } from '../../src/interactive/prompter.js';

/** An answer to a question, chosen from its text: '' takes the default (or the first choice). */
export type Reply = string | boolean | string[] | { search: string; pick?: number };

/**
 * A prompter that answers each question by looking at its text, so a test
 * says what a person would answer to a kind of question, whatever the order
 * or number of questions. Fails on a question it has no answer for, and on an
 * answer refused by the question's own check.
 */
export function answering(reply: (message: string, asked: number) => Reply | undefined): Prompter & { asked: string[]; said: string[] } {
  const asked: string[] = [];
  const said: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    const answer = reply(message, asked.filter((question) => question === message).length);
    if (answer === undefined) throw new Error(`No answer for: ${message}`);
    return answer;
  };
  const validated = <T>(message: string, value: T, validate?: (value: T) => true | string) => {
    const verdict = validate?.(value) ?? true;
    if (verdict !== true) throw new Error(`Answer refused for "${message}": ${verdict}`);
    return value;
  };
  return {
    asked,
    said,
    input: async (q) => {
      const answer = next(q.message) as string;
      return validated(q.message, answer === '' && q.default !== undefined ? q.default : answer, q.validate);
    },
    select: async <T>(q: { message: string; choices: Choice<T>[]; default?: T }) => {
      const answer = next(q.message) as string;
      if (answer === '') return q.default ?? q.choices[0]!.value;
      const choice = q.choices.find((candidate) => candidate.value === (answer as unknown as T) || candidate.name === answer);
      if (!choice) throw new Error(`No choice "${answer}" for "${q.message}"`);
      return choice.value;
    },
    checkbox: async <T>(q: { message: string; choices: Choice<T>[]; validate?: (chosen: readonly T[]) => true | string }) =>
      validated(q.message, next(q.message) as unknown as T[], q.validate),
    confirm: async (q) => next(q.message) as boolean,
    search: async <T>(q: { message: string; source: (term: string) => Choice<T>[] }) => {
      const { search, pick = 0 } = next(q.message) as { search: string; pick?: number };
      const found = q.source(search)[pick];
      if (!found) throw new Error(`Nothing found for "${search}"`);
      return found.value;
    },
    say: (text) => void said.push(text),
  };
}
