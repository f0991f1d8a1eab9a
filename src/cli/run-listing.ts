import { dossierJsonSchema } from '../format/json-schema.js';
import { formatRulesJson, formatRulesText } from '../format/rules-listing.js';
import { buildRulesReport } from '../report/rules-listing.js';
import type { ListingConfig } from './config.js';
import { EXIT } from './errors.js';
import type { CliIO } from './output.js';
import { terminalStyle } from './style.js';

/** `rules`: the call as the tool applies it. */
export function runRules(config: ListingConfig, io: CliIO): number {
  const report = buildRulesReport(config.reglement, config.lang);
  io.stdout.write(config.format === 'json' ? formatRulesJson(report) : formatRulesText(report, terminalStyle(config.color, io.stdout)));
  return EXIT.ok;
}

/** `schema`: the JSON Schema of dossiers, for editors. */
export function runSchema(config: ListingConfig, io: CliIO): number {
  io.stdout.write(`${JSON.stringify(dossierJsonSchema(config.reglement, config.lang), null, 2)}\n`);
  return EXIT.ok;
}
