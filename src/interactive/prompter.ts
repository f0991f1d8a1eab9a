/** A choice in a list: what is shown, what is kept, and a line of help. */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  /** In a checkbox: ticked when the question is shown (the current answer, on a change). */
  checked?: boolean;
}

/** "true" when the answer is good, else what to say before asking again. */
export type Validate<T> = (value: T) => true | string;

/**
 * The questions the interview asks, whatever asks them: the terminal
 * (@inquirer/prompts, in the CLI) or a test's script of answers.
 */
export interface Prompter {
  input(question: { message: string; default?: string; validate?: Validate<string> }): Promise<string>;
  select<T>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(question: { message: string; choices: Choice<T>[]; validate?: Validate<readonly T[]> }): Promise<T[]>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  search<T>(question: { message: string; source: (term: string) => Choice<T>[] }): Promise<T>;
  /** Says something between questions (a deduced category, the grant so far). */
  say(text: string): void;
}
