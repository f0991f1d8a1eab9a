import { defineFormatRule, type ProblemSpecs } from './types.js';

const unreadable = { bloquant: ['illisible'] } as const;
/** An unusable cell: blocking where the field is needed to decide, a warning where it only informs (as dossier-format's shapes). */
const unusable = { bloquant: ['a-completer'], avertissement: true } as const;

/**
 * Reading a spreadsheet export through its correspondence file
 * (src/tableur/rows.ts): the sheets and columns it names, the dossier
 * numbers, and the cells as people type them. No check of its own: the
 * mapping reports its problems in this rule's name.
 */
export const exportReading = defineFormatRule({
  id: 'export-lecture',
  meta: {
    problems: {
      // `feuille` is empty when the workbook has no other sheet to take; `feuilles`: the sheets it has.
      'feuille-introuvable': { ...unreadable, params: { feuille: 'text', suggestion: 'text', feuilles: 'list' } },
      // `colonne`: the title the correspondence gives; `ligne`: the row of titles; `colonnes`: the titles found there.
      'colonne-introuvable': {
        ...unreadable,
        params: { colonne: 'text', feuille: 'text', ligne: 'integer', suggestion: 'text', colonnes: 'list' },
      },
      // The row of titles holds none of the correspondence's: one problem for the sheet, in place of one per column.
      'titres-introuvables': { ...unreadable, params: { feuille: 'text', ligne: 'integer', colonnes: 'list' } },
      'colonne-en-double': { ...unreadable, params: { colonne: 'text', feuille: 'text', cellules: 'list' } },
      'colonnes-numerotees-introuvables': { ...unreadable, params: { modele: 'text' } },
      // An expense line whose dossier number matches no dossier: `nombre` lines with that number.
      'depense-sans-dossier-export': { ...unreadable, params: { identifiant: 'text', nombre: 'integer' } },
      'identifiant-manquant': { avertissement: true, params: { ligne: 'integer' } },
      // `lignes`: with a sheet of lines, how many hold the number (joined to none of its dossiers); blocking then.
      'identifiant-en-double': {
        bloquant: ['a-completer'],
        avertissement: true,
        params: { identifiant: 'text', nombre: 'integer', lignes: 'integer' },
      },
      'formule-sans-valeur': { ...unusable, params: { formule: 'text' } },
      'cellule-erreur': { ...unusable, params: { valeur: 'text' } },
      'date-nombre': { avertissement: true, params: { valeur: 'text', date: 'date' } },
      'code-complete': { avertissement: true, params: { valeur: 'text', code: 'text' } },
      // `plage`: the merged range ("B3:B5"); `valeur`: the value copied over it.
      'cellules-fusionnees': { avertissement: true, params: { plage: 'text', valeur: 'text' } },
      'feuille-masquee': { info: true, params: { feuille: 'text' } },
      'ligne-masquee': { info: true, params: { ligne: 'integer' } },
    },
  } satisfies { problems: ProblemSpecs },
});
