import type { Choice } from '../../interactive/prompter.js';
import { el, show } from './dom.js';
import type { BuilderMessages } from './messages.js';

export interface Combobox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The error shown under the field ('' for none). */
  setError(message: string): void;
}

/**
 * A text input with a list of suggestions (the ARIA 1.2 combobox pattern):
 * typing searches, the arrows move in the list, Enter chooses (the first
 * suggestion when none is highlighted), Escape closes; the number found and
 * the choice made are said in a live region. Typing again forgets the choice.
 */
export function combobox<T>(options: {
  id: string;
  label: string;
  messages: BuilderMessages;
  source: (term: string) => Choice<T>[];
  onChoose: (value: T | undefined) => void;
  /** The choice already made, shown in the input. */
  chosen?: Choice<T>;
}): Combobox {
  const { id, messages } = options;
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const input = el('input', {
    id,
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': `${hintId} ${errorId}`,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = el('ul', { id: listId, role: 'listbox', 'aria-labelledby': `${id}-label`, class: 'db-listbox', hidden: true });
  const status = el('p', { id: statusId, class: 'db-hint', 'aria-live': 'polite' });
  const error = el('p', { id: errorId, class: 'db-error', 'aria-live': 'polite' });
  const element = el(
    'div',
    { class: 'db-field db-combo' },
    el('label', { for: id, id: `${id}-label` }, options.label),
    el('p', { id: hintId, class: 'db-hint' }, messages.chooseInList),
    input,
    list,
    status,
    error,
  );

  let found: Choice<T>[] = [];
  let active = -1;
  let chosenName: string | undefined;
  if (options.chosen) {
    input.value = options.chosen.name;
    chosenName = options.chosen.name;
  }

  const close = () => {
    show(list, false);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((option, at) => option.setAttribute('aria-selected', String(at === index)));
    if (index < 0) input.removeAttribute('aria-activedescendant');
    else {
      input.setAttribute('aria-activedescendant', `${id}-option-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    }
  };
  const choose = (index: number) => {
    const choice = found[index];
    if (!choice) return;
    input.value = choice.name;
    chosenName = choice.name;
    close();
    status.textContent = messages.chosen(choice.name);
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    options.onChoose(choice.value);
  };
  const search = () => {
    const term = input.value;
    if (chosenName !== undefined && term !== chosenName) {
      chosenName = undefined;
      options.onChoose(undefined);
    }
    if (term.trim() === '') {
      found = [];
      list.replaceChildren();
      close();
      status.textContent = '';
      return;
    }
    found = options.source(term);
    list.replaceChildren(
      ...found.map((choice, index) => {
        const option = el('li', { id: `${id}-option-${index}`, role: 'option', 'aria-selected': 'false' }, choice.name);
        // The input keeps the focus: a click chooses without blurring it first.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => choose(index));
        return option;
      }),
    );
    show(list, found.length > 0);
    input.setAttribute('aria-expanded', String(found.length > 0));
    highlight(-1);
    status.textContent = found.length === 0 ? messages.noneFound : messages.found(found.length);
  };

  input.addEventListener('input', search);
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) search();
      else highlight(Math.min(active + 1, found.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (open) highlight(Math.max(active - 1, 0));
    } else if (event.key === 'Enter') {
      if (!open) return;
      event.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element,
    input,
    setError(message) {
      error.textContent = message;
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
}
