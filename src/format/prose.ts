/**
 * Prose for the terminal, each line wrapped at `columns` between words and
 * continued two spaces further in than it starts, so that a terminal never
 * cuts a word in two. A word wider than the width keeps a line of its own;
 * without a width (not a terminal), the text is left as it is.
 */
export function wrapProse(text: string, columns: number | undefined): string {
  if (columns === undefined) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, columns))
    .join('\n');
}

/** Words glued where French typography forbids a break: inside an amount, before : ; ! ? € % HT TTC », after «. */
function unbreakable(words: string[]): string[] {
  const glued: string[] = [];
  for (const word of words) {
    const previous = glued.at(-1);
    const keepWith =
      previous !== undefined &&
      ((/\d$/.test(previous) && /^\d/.test(word)) || /^([:;!?€%»]|HT\b|TTC\b)/.test(word) || previous.endsWith('«'));
    if (keepWith) glued[glued.length - 1] = `${previous} ${word}`;
    else glued.push(word);
  }
  return glued;
}

function wrapLine(line: string, columns: number): string {
  const width = (part: string) => [...part].length;
  if (width(line) <= columns) return line;
  const indent = /^ */.exec(line)![0];
  const continued = `${indent}  `;
  const lines: string[] = [];
  let current = indent;
  for (const word of unbreakable(line.slice(indent.length).split(/ +/).filter(Boolean))) {
    const start = current === indent || current === continued;
    if (!start && width(current) + 1 + width(word) > columns) {
      lines.push(current);
      current = continued;
    }
    current += current === indent || current === continued ? word : ` ${word}`;
  }
  lines.push(current);
  return lines.join('\n');
}
