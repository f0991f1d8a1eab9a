import { Document } from 'yaml';
import { formatFromName } from '../parse/documents.js';
import type { Lang } from '../vocabulary.js';
import type { DossierDraft } from './interview.js';

/** The dossier as a readable YAML file, with a header saying where it comes from and what to do next. */
export function draftToYaml(draft: DossierDraft, options: { lang: Lang; today: string; schemaHeader?: string }): string {
  const doc = new Document(draft);
  doc.commentBefore =
    options.lang === 'fr'
      ? ` Dossier de candidature à l’appel à partenariat « Loire Connect 2022 »,\n créé par dossier-check init le ${options.today}.\n Pour le vérifier à nouveau : dossier-check check <ce fichier>`
      : ` Application to the "Loire Connect 2022" call for partnership,\n created by dossier-check init on ${options.today}.\n To check it again: dossier-check check <this file>`;
  return doc.toString({ lineWidth: 0 });
}

/**
 * The dossier in the format its file name asks for, as `check` will read it:
 * JSON for a `.json` name (JSON has no comments, so no header), YAML otherwise.
 */
export function draftToFile(draft: DossierDraft, file: string, options: { lang: Lang; today: string }): string {
  return formatFromName(file) === 'json' ? `${JSON.stringify(draft, null, 2)}\n` : draftToYaml(draft, options);
}
