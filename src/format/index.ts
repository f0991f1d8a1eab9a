import { formatCsv } from './csv.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

/** One line per output format. */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  csv: formatCsv,
  junit: formatJunit,
  sarif: formatSarif,
  github: formatGithub,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
