import { binarySize } from '../i18n/catalogue.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { assemblePage } from '../page/assemble.js';
import type { Reglement } from '../reglement/types.js';
import { EXIT } from './errors.js';
import { writeFileAtomically } from './files.js';
import { checkOutput, type CliIO } from './output.js';
import { readPageInput } from './page-input.js';

export interface PageConfig {
  output: string;
  lang: Lang;
  reglement: Reglement;
  /** The edition file given with --reglement: never replaced by the page. */
  reglementFile?: string;
  force: boolean;
}

/** `page`: the applicants' checking page, one HTML file, for the edition applied. */
export function runPage(config: PageConfig, io: CliIO): number {
  const t = catalogue(config.lang);
  checkOutput(config.output, config.reglementFile === undefined ? [] : [config.reglementFile], config.force, t.usage);
  const html = assemblePage(readPageInput(config.reglement, config.lang));
  writeFileAtomically(config.output, html);
  io.stdout.write(`${t.cli.pageWritten(config.output, binarySize(Buffer.byteLength(html), config.lang))}\n`);
  return EXIT.ok;
}
