import { formatCsv, streamCsv, streamCsvLines, streamCsvProblems } from './csv.js';
import { formatGithub, streamGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson, streamJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { Formatter, StreamFactory } from './types.js';

/** One line per output format. */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  csv: formatCsv,
  junit: formatJunit,
  sarif: formatSarif,
  github: formatGithub,
  html: formatHtml,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

/**
 * Formats whose report is a file of bytes, not text: written by the command
 * line (src/cli/xlsx.ts) from what src/format/ makes of the report, never to
 * a terminal.
 */
export const BINARY_FORMATS = ['xlsx'] as const;
export type BinaryFormatName = (typeof BINARY_FORMATS)[number];

/** Every value of `check --format`. */
export type ReportFormat = FormatName | BinaryFormatName;
export const REPORT_FORMATS: readonly ReportFormat[] = [...(Object.keys(FORMATTERS) as FormatName[]), ...BINARY_FORMATS];

export function isBinaryFormat(format: ReportFormat): format is BinaryFormatName {
  return (BINARY_FORMATS as readonly string[]).includes(format);
}

/**
 * The formats written dossier by dossier (memory stays flat in big batches).
 * The others need the whole batch first: the text table aligns its columns,
 * JUnit and SARIF put counts and rules before the results.
 */
export const STREAMS: Partial<Record<ReportFormat | 'csv-lignes' | 'csv-problemes', StreamFactory>> = {
  json: streamJson,
  csv: streamCsv,
  'csv-lignes': streamCsvLines,
  'csv-problemes': streamCsvProblems,
  github: streamGithub,
};
