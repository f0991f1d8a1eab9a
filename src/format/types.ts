import type { DossierReport, Report, Summary } from '../report/types.js';

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
  /** Under each problem and each expense line, the rule and the clause of the call it comes from. */
  explain?: boolean;
  /**
   * The terminal's width in columns: the tables fit it (labels wrapped,
   * secondary columns moved or dropped). Unset, the full tables: files, pipes, CI logs.
   */
  width?: number;
}

/** A formatter only formats: report in, text out. */
export type Formatter = (report: Report, options?: FormatOptions) => string;

/** What a report says before its dossiers: language, edition, geography. */
export type ReportHead = Omit<Report, 'dossiers' | 'resume'>;

/**
 * A format written dossier by dossier, so that a batch of ten thousand
 * dossiers never sits in memory as a whole: text out for the start, for each
 * dossier, between two dossiers, and for the end with the counts. Stateless,
 * so that dossiers can be formatted apart (in worker threads) and joined.
 */
export interface DossierStream {
  begin(): string;
  dossier(dossier: DossierReport): string;
  separator: string;
  end(resume: Summary): string;
}

export type StreamFactory = (head: ReportHead) => DossierStream;

/** The whole-report formatter of a streamable format: one code path for both. */
export function wholeReport(factory: StreamFactory): Formatter {
  return (report) => {
    const stream = factory(report);
    return stream.begin() + report.dossiers.map((dossier) => stream.dossier(dossier)).join(stream.separator) + stream.end(report.resume);
  };
}
