/** Small helpers to build the form's elements: attributes as written in HTML, text never parsed as HTML. */

type Child = Node | string | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A unique prefix for the ids of one form: the page may hold more than one. */
let forms = 0;
export function idPrefix(): string {
  forms += 1;
  return `db${forms}`;
}

/** Shows or hides an element for everyone (screen readers included). */
export function show(element: HTMLElement, visible: boolean): void {
  element.hidden = !visible;
}
