import { explainClassification, type ClassifyOptions } from '../engine/classify-label.js';
import { seatOf, seatPopulation } from '../engine/seat.js';
import { catalogue, problemMessage } from '../i18n/index.js';
import { formatClassificationJson, formatClassificationText } from '../format/classify-label.js';
import { installedData, installedGeography } from './checker-data.js';
import type { ClassifyConfig } from './config.js';
import { EXIT, UsageError } from './errors.js';
import type { CliIO } from './output.js';
import { terminalStyle } from './style.js';

/** `classify`: one label's category and why. */
export function runClassify(config: ClassifyConfig, io: CliIO): number {
  const report = explainClassification(config.label, {
    htCents: config.htCents,
    tauxTva: config.tauxTva,
    beneficiaires: config.beneficiaires,
    ...populationOf(config),
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

/** The population to judge obligations on: given, or that of the --insee commune read as the check reads porteur.code_insee. */
function populationOf(config: ClassifyConfig): Pick<ClassifyOptions, 'population' | 'populationSource'> {
  if (config.population) {
    return { population: config.population.habitants, populationSource: { source: 'option', option: config.population.option } };
  }
  if (config.insee === undefined) return {};
  const geography = installedGeography();
  const seat = seatOf(config.insee, geography);
  if (!seat || seat.kind === 'inconnue') {
    // The check's own words on porteur.code_insee: a postcode, a missing digit, a code of no commune.
    const valeur = config.insee.toUpperCase();
    const reason = seat
      ? problemMessage(config.lang, config.reglement, 'code-insee-inconnu', { valeur, millesime: geography.source.millesime })
      : problemMessage(config.lang, config.reglement, 'code-insee-invalide', { valeur });
    throw new UsageError(catalogue(config.lang).usage.badInsee(reason));
  }
  const { commune } = seat;
  return {
    population: seatPopulation(seat),
    populationSource: { source: 'insee', code: commune.code, commune: commune.nom, millesime: geography.source.millesime },
  };
}
