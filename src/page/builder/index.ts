import type { PageContext } from '../context.js';

/**
 * A stand-in for the "build a dossier" form, written on another branch
 * (issue 20): the page mounts it with this signature, which the form keeps.
 */
export function mountBuilder(root: HTMLElement, context: PageContext): void {
  void context;
  const paragraph = document.createElement('p');
  paragraph.textContent = '…';
  root.replaceChildren(paragraph);
}
