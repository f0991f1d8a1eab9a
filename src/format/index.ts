import { formatJson } from './json.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

/** One line per output format. */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
