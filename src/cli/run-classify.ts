import { explainClassification } from '../engine/classify-label.js';
import { formatClassificationJson, formatClassificationText } from '../format/classify-label.js';
import { installedData } from './checker-data.js';
import type { ClassifyConfig } from './config.js';
import { EXIT } from './errors.js';
import type { CliIO } from './output.js';
import { terminalStyle } from './style.js';

/** `classify`: one label's category and why. */
export function runClassify(config: ClassifyConfig, io: CliIO): number {
  const report = explainClassification(config.label, {
    htCents: config.htCents,
    beneficiaires: config.beneficiaires,
    population: config.population,
    reglement: config.reglement,
    realWords: installedData.realWords,
  });
  io.stdout.write(
    config.format === 'json'
      ? formatClassificationJson(report, { lang: config.lang, reglement: config.reglement })
      : formatClassificationText(report, { lang: config.lang, reglement: config.reglement, style: terminalStyle(config.color, io.stdout) }),
  );
  return EXIT.ok;
}
