import type { Report } from '../report/types.js';

/** Ways to emphasise text; the CLI passes colours, tests and files get plain text. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  warn(text: string): string;
  bad(text: string): string;
}

export const PLAIN: Style = {
  bold: (text) => text,
  dim: (text) => text,
  good: (text) => text,
  warn: (text) => text,
  bad: (text) => text,
};

export interface FormatOptions {
  style?: Style;
}

/** A formatter only formats: report in, text out. */
export type Formatter = (report: Report, options?: FormatOptions) => string;
