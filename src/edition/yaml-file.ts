import { parseDocument, YAMLError } from 'yaml';
import { diagnoseYamlError } from '../parse/yaml-diagnosis.js';
import { catalogue, writer, type Lang } from '../i18n/index.js';
import type { Reglement } from '../reglement/types.js';

/** How a configuration file's loader words a YAML mistake (its own catalogue section). */
export interface YamlMistakeTexts {
  syntax: (detail: string) => string;
  syntaxAt: (line: number, message: string) => string;
}

export type YamlFileRead = { ok: true; data: unknown; duplicateKeys: string[] } | { ok: false; errors: string[] };

/**
 * The data of a YAML (or JSON) file given to an option (an edition, a
 * correspondence), with the same reading of a YAML mistake, and the same fix,
 * as for a dossier. A key given twice hides nothing else: it is returned to be
 * listed with the other mistakes. Any other YAML mistake stops the reading.
 */
export function readYamlFile(text: string, texts: YamlMistakeTexts, lang: Lang, reglement: Reglement): YamlFileRead {
  const yamlMistake = (error: YAMLError) => {
    const line = text.slice(0, error.pos[0]).split('\n').length;
    const diagnosis = diagnoseYamlError(text, error, line);
    const message = catalogue(lang).problems['yaml-invalide']!(
      { cause: error.code, detail: error.message, situation: diagnosis.situation, ...diagnosis.params },
      writer(lang, reglement),
    );
    return texts.syntaxAt(diagnosis.position?.ligne ?? line, message);
  };
  try {
    const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    const stopping = document.errors.find((error) => error.code !== 'DUPLICATE_KEY');
    if (stopping) throw stopping;
    return { ok: true, duplicateKeys: document.errors.map(yamlMistake), data: document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    if (error instanceof YAMLError) return { ok: false, errors: [yamlMistake(error)] };
    return { ok: false, errors: [texts.syntax(String((error as Error).message).split('\n')[0]!)] };
  }
}
