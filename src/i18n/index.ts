import { formatCalendarDate } from '../dates.js';
import type { Reglement } from '../reglement/types.js';
import { formatCents, formatPercent } from '../money/format.js';
import type { Lang, Params } from '../vocabulary.js';
import type { Catalogue, Writer } from './catalogue.js';
import { en } from './en.js';
import { fr } from './fr.js';

export type { Lang } from '../vocabulary.js';
export { isLang, LANGS } from '../vocabulary.js';
export type { Catalogue } from './catalogue.js';

const CATALOGUES: Record<Lang, Catalogue> = { fr, en };

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/**
 * What messages take from an edition: the names of its categories, of its
 * applicant types (and why a type is accepted once confirmed), of its
 * territory and an example commune of it, its last day (the example of a
 * date) and who its internal beneficiaries are. A Reglement has them, and so
 * has the summary of it a report carries (ReglementSummary), so that messages
 * can be written from the report alone.
 */
export interface EditionWords {
  categories: readonly Pick<Reglement['categories'][number], 'id' | 'libelle'>[];
  typesPorteur: readonly Pick<Reglement['typesPorteur'][number], 'id' | 'libelle' | 'note'>[];
  territoire: Pick<Reglement['territoire'], 'nom' | 'exemple'>;
  dateLimite: Pick<Reglement['dateLimite'], 'dernierJour'>;
  beneficiaires: readonly Pick<Reglement['beneficiaires'][number], 'libelle' | 'libelleCourt' | 'destination'>[];
}

/** One writer per language and edition: every message of a batch needs one. */
const writers: Record<Lang, WeakMap<EditionWords, Writer>> = { fr: new WeakMap(), en: new WeakMap() };

/** Writes values as `lang` does, with the labels of `reglement`. */
export function writer(lang: Lang, reglement: EditionWords): Writer {
  let write = writers[lang].get(reglement);
  if (!write) {
    write = newWriter(lang, reglement);
    writers[lang].set(reglement, write);
  }
  return write;
}

function newWriter(lang: Lang, reglement: EditionWords): Writer {
  const texts = CATALOGUES[lang];
  const words = texts.language;
  const write: Writer = {
    money: (cents) => formatCents(Number(cents), lang),
    date: (isoDate) => formatCalendarDate(String(isoDate), lang),
    vat: (hundredths) => formatPercent(Number(hundredths) / 100, lang),
    percent: (value) => formatPercent(value, lang),
    // A number's digits: 22 characters at most, never dossier text, so the quadratic worst case is no risk.
    // eslint-disable-next-line regexp/no-super-linear-move
    integer: (value) => String(Math.trunc(Number(value))).replace(/\B(?=(\d{3})+(?!\d))/g, words.thousandsSeparator),
    category: (id) => reglement.categories.find((category) => category.id === id)?.libelle[lang] ?? String(id),
    applicantType: (id) => reglement.typesPorteur.find((type) => type.id === id)?.libelle[lang] ?? String(id),
    territory: () => reglement.territoire.nom[lang],
    lastDay: () => reglement.dateLimite.dernierJour,
    exampleCommune: () => reglement.territoire.exemple,
    internalUsers: (preposition) => {
      const names = reglement.beneficiaires
        .filter((beneficiary) => beneficiary.destination === 'interne')
        .map(({ libelle, libelleCourt }) => (libelleCourt ?? libelle)[lang]);
      if (names.length === 0) return words.authorityItself(Boolean(preposition));
      return names.map((name) => (preposition ? words.forName(name) : name)).join(words.or);
    },
    applicantNote: (id) => reglement.typesPorteur.find((type) => type.id === id)?.note?.[lang],
    words: (list) =>
      String(list ?? '')
        .split(', ')
        .filter(Boolean)
        .map((word) => words.quote(word))
        .join(', '),
    reason: (code, params) => texts.reasons[String(code)]?.(params, write) ?? String(code),
    didYouMean: (suggestion) => (suggestion === undefined ? '' : words.didYouMean(String(suggestion))),
    field: (path) => fieldLabel(String(path ?? ''), texts),
  };
  return write;
}

type ListPath = keyof Catalogue['ui']['listItem'];
const LIST_ITEM = /^(depenses|financement\.autres_aides|projet\.axes|projet\.communes_associees)\.(\d{1,9})(?:\.|$)/;

/** The element of a list a path is in, numbered from 1 as people and the tables count: depenses.3.montant_ht is expense 4. */
export function listItemOf(path: string): { list: ListPath; number: number } | undefined {
  const match = LIST_ITEM.exec(path);
  return match ? { list: match[1] as ListPath, number: Number(match[2]) + 1 } : undefined;
}

/** A path as a person reads it: the dotted path for machines, with the number people use beside it ("depenses.3.montant_ht (dépense n° 4)"). */
export function fieldLabel(path: string, t: Catalogue): string {
  const item = listItemOf(path);
  return item ? `${path} (${t.ui.listItem[item.list](item.number)})` : path;
}

/** A problem's message; an unknown code is a bug, shown as such rather than hidden. */
export function problemMessage(lang: Lang, reglement: EditionWords, code: string, params: Params = {}): string {
  const message = CATALOGUES[lang].problems[code];
  return message ? message(params, writer(lang, reglement)) : `[${code}]`;
}

/** Why an expense line has its status; an unknown code is shown as itself. */
export function reasonMessage(lang: Lang, reglement: EditionWords, code: string, params: Params = {}): string {
  return CATALOGUES[lang].reasons[code]?.(params, writer(lang, reglement)) ?? code;
}
