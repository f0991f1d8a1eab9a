import { catalogue } from '../i18n/index.js';
import { z } from 'zod';
import type { Lang } from '../vocabulary.js';
import type { Reglement } from '../reglement/types.js';
import { dossierSchema } from '../dossier/schema.js';

type JsonSchema = Record<string, any>;

/**
 * The JSON Schema of the dossier, generated from the zod schema that
 * validates it, with the edition's closed lists as enums so that editors
 * complete them. Editors flag what the tool would warn about.
 */
export function dossierJsonSchema(reglement: Reglement, lang: Lang = 'fr'): JsonSchema {
  const schema = z.toJSONSchema(dossierSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const words = catalogue(lang).schema;
  schema.title = words.title(reglement.titre);
  schema.description = words.description;
  const properties = schema.properties as JsonSchema;
  const expense = properties.depenses.items.properties as JsonSchema;
  setEnum(
    properties.porteur.properties.type,
    reglement.typesPorteur.map((type) => type.id),
  );
  setEnum(
    properties.projet.properties.axes.items,
    reglement.axes.map((axis) => axis.id),
  );
  setEnum(
    expense.categorie,
    reglement.categories.map((category) => category.id),
  );
  setEnum(expense.nature, reglement.natures);
  setEnum(
    expense.beneficiaires,
    reglement.beneficiaires.map((beneficiary) => beneficiary.id),
  );
  properties.appel.enum = [reglement.id];
  return schema;
}

function setEnum(node: JsonSchema, values: string[]): void {
  node.enum = values;
}
