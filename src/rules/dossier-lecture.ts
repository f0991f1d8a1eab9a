import { defineFormatRule, type ProblemSpecs } from './types.js';

const unreadable = { bloquant: ['illisible'] } as const;

/**
 * Reading the file as a dossier: decoding its bytes (src/parse/decode.ts),
 * parsing YAML or JSON (src/parse/documents.ts, yaml-diagnosis.ts), what the
 * engine refuses to read (src/engine/check.ts) and files the command line
 * cannot open (src/cli/). No check of its own: those layers report its problems.
 */
export const fileReading = defineFormatRule({
  id: 'dossier-lecture',
  meta: {
    problems: {
      'fichier-vide': { ...unreadable, params: {} },
      'plusieurs-dossiers': { ...unreadable, params: { nombre: 'integer' } },
      'liste-vide': { ...unreadable, params: {} },
      'trop-de-dossiers': { ...unreadable, params: { nombre: 'integer', max: 'integer' } },
      'trop-de-depenses': { ...unreadable, params: { nombre: 'integer', max: 'integer' } },
      // `trouve`: liste or valeur.
      'racine-invalide': { ...unreadable, params: { trouve: 'id' } },
      // `syntaxe`: json when the fix is to be written in JSON.
      'depenses-sans-dossier': { ...unreadable, params: { nombre: 'integer', syntaxe: 'id' } },
      'depense-hors-dossier': { ...unreadable, params: {} },
      'dossier-sous-cle': { ...unreadable, params: { cle: 'text' } },
      'dossiers-sous-cle': { ...unreadable, params: { cle: 'text', nombre: 'integer' } },
      // `cause`: the yaml package's error code; `situation`: what the person most likely did (yaml-diagnosis.ts), with its values.
      'yaml-invalide': {
        ...unreadable,
        params: {
          cause: 'id',
          detail: 'text',
          situation: 'id',
          ligne: 'integer',
          extrait: 'text',
          correction: 'text',
          espaces: 'integer',
          attendu: 'integer',
          voisine: 'integer',
          cle: 'text',
          premiere: 'integer',
          crochet: 'text',
          caractere: 'text',
          suite: 'text',
          precedente: 'integer',
        },
      },
      'json-invalide': { ...unreadable, params: { cause: 'id', detail: 'text', yaml: 'flag', caractere: 'text', fin: 'flag' } },
      'alias-excessifs': { ...unreadable, params: { max: 'integer' } },
      'imbrication-excessive': { ...unreadable, params: { max: 'integer' } },
      // `max`: in bytes.
      'fichier-trop-volumineux': { ...unreadable, params: { max: 'integer' } },
      'fichier-non-regulier': { ...unreadable, params: {} },
      // `erreur`: the system's error code (EACCES…).
      'fichier-illisible': { ...unreadable, params: { erreur: 'id' } },
      'dossier-illisible': { ...unreadable, params: { erreur: 'id' } },
      'encodage-converti': { avertissement: true, params: { encodage: 'id' } },
      'octet-non-utf8': { avertissement: true, params: { octets: 'text', caractere: 'text' } },
      'octets-non-utf8-nombreux': { avertissement: true, params: { nombre: 'integer' } },
      'commentaire-dans-valeur': { avertissement: true, params: { valeur: 'text', commentaire: 'text', correction: 'text' } },
      'commentaires-dans-valeurs-nombreux': { avertissement: true, params: { nombre: 'integer' } },
      // Spreadsheet exports (src/tableur/read.ts). `detail`: the ZIP, XML or CSV parser's words; `partie`: the part of the archive.
      'classeur-illisible': { ...unreadable, params: { detail: 'text', partie: 'text', ligne: 'integer' } },
      // An OLE file: an .xls, or a workbook saved with a password (or an ODS whose manifest says it is encrypted).
      'classeur-chiffre': { ...unreadable, params: {} },
      // A workbook read without --colonnes (standard input, a name that does not say it): never read as YAML.
      'classeur-sans-correspondance': { ...unreadable, params: {} },
      // `max`, `taille`: bytes once inflated, as the archive declares them.
      'archive-trop-grande': { ...unreadable, params: { max: 'integer', taille: 'integer' } },
      'archive-trop-de-fichiers': { ...unreadable, params: { max: 'integer' } },
      'trop-de-cellules': { ...unreadable, params: { max: 'integer' } },
      'xml-dtd-refusee': { ...unreadable, params: { partie: 'text' } },
      // `max`: characters; `ligne`: the line of the file where the record was cut.
      'ligne-csv-trop-longue': { ...unreadable, params: { max: 'integer', ligne: 'integer' } },
      'liens-externes': { info: true, params: { nombre: 'integer' } },
    },
  } satisfies { problems: ProblemSpecs },
});
