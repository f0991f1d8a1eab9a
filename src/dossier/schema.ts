import { z } from 'zod';
import { readDate, whyNotADate } from '../dates.js';
import { parseAmount } from '../money/amount.js';
import { readVatRate } from '../money/vat.js';
import { foldAccents } from '../fold.js';

/**
 * The dossier format of docs/dossier.md. Every field is optional here:
 * whether a field is required, and which values the call accepts, is the
 * business of the rules, which know the edition and cite its clauses. This
 * schema only makes sure each value present has a usable shape, and turns
 * amounts into cents and dates into days or instants.
 */

/** Above this, a line is a typing mistake, not a digital project (and far below exact-integer limits). */
export const MAX_AMOUNT_CENTS = 10_000_000_000;

/** The code a custom issue carries, read back by the validator. */
export interface IssueParams {
  code: string;
  [key: string]: string | number;
}

/** An amount as written: `basis` says whether the field holds it before tax, all taxes included, or neither. */
const amountOf = (basis?: 'HT' | 'TTC') =>
  z.union([z.number(), z.string()]).transform((value, ctx) => {
    const parsed = parseAmount(value, { basis });
    if (!parsed.ok) {
      const params: IssueParams = parsed.error.startsWith('mention-')
        ? { code: 'montant-mention-taxe', mention: parsed.detail ?? '', attendu: basis ?? '' }
        : { code: 'montant-invalide', raison: parsed.error, valeur: quoted(value), ...(parsed.detail ? { detail: parsed.detail } : {}) };
      ctx.addIssue({ code: 'custom', message: 'amount', params });
      return z.NEVER;
    }
    if (parsed.cents < 0) {
      ctx.addIssue({ code: 'custom', message: 'amount', params: { code: 'montant-negatif' } });
      return z.NEVER;
    }
    if (parsed.cents > MAX_AMOUNT_CENTS) {
      ctx.addIssue({ code: 'custom', message: 'amount', params: { code: 'montant-excessif', max: MAX_AMOUNT_CENTS } });
      return z.NEVER;
    }
    return parsed.cents;
  });

const amount = amountOf();

/** A value as the applicant wrote it, short enough to quote in a message. */
function quoted(value: string | number): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * A VAT rate in percent as written ("20", 5.5, "5,5 %"). Whether it is a rate
 * the edition accepts (0.2 is a fraction, 55 a forgotten comma) is the rules'
 * call: they know the edition's list and never compute with another rate.
 */
const vatRate = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const read = readVatRate(value);
  if (!read.ok) {
    ctx.addIssue({
      code: 'custom',
      message: 'vat',
      params: { code: 'taux-tva-invalide', valeur: quoted(value), ...whyNotARate(read.text) },
    });
    return z.NEVER;
  }
  return read.rate;
});

/** Why a VAT rate (one "%" and the decimal comma already taken out) is refused. */
function whyNotARate(text: string): { raison: string; detail?: string } {
  if (text === '') return { raison: 'vide' };
  if (/^[-\u2212]/.test(text)) return { raison: 'negatif' };
  if (/\p{L}/u.test(text)) return { raison: 'lettres' };
  if (/\d\D+\d/.test(text) && /[/;+&]|\d[ ,.]+\d[ ,.]+\d|\d \d/.test(text)) return { raison: 'plusieurs' };
  const strange = /[^\d.\s]/u.exec(text)?.[0];
  return strange === undefined ? { raison: 'chiffres' } : { raison: 'caractere', detail: strange };
}

/** Identifiers that YAML may have read as numbers (siren: 214201477). */
const identifier = z.union([z.string(), z.number()]).transform((value) => String(value).trim());

/** Kept as written (a day, or an instant): the day an instant falls on depends on the edition's time zone. */
const calendarDate = z.string().transform((value, ctx) => {
  const date = readDate(value);
  if (date === undefined) {
    ctx.addIssue({ code: 'custom', message: 'date', params: { code: 'date-invalide', valeur: value, raison: whyNotADate(value) } });
    return z.NEVER;
  }
  return date;
});

const text = z.string();

/**
 * Values from closed lists (types, axes, categories…) in the form the lists
 * use: "Commune" is "commune", "Simplifier le quotidien" is
 * "simplifier-le-quotidien". Whether the value is in the list is the rules' call.
 */
const choice = z.string().transform(toSlug);

export function toSlug(value: string): string {
  return (
    foldAccents(value)
      .trim()
      .replace(/[^a-z0-9]+/g, '-')
      // One dash at most at each end, after the line above (/-+$/ was quadratic on a run of dashes).
      .replace(/^-|-$/g, '')
  );
}

export const dossierSchema = z.strictObject({
  appel: choice.optional(),
  porteur: z
    .strictObject({
      nom: text.optional(),
      type: choice.optional(),
      siren: identifier.optional(),
      code_insee: identifier.optional(),
      referent: z.strictObject({ nom: text.optional(), email: text.optional(), telephone: identifier.optional() }).optional(),
    })
    .optional(),
  projet: z
    .strictObject({
      titre: text.optional(),
      description: text.optional(),
      axes: z.array(choice.optional()).optional(),
      debut: calendarDate.optional(),
      fin: calendarDate.optional(),
      communes_associees: z.array(identifier.optional()).optional(),
    })
    .optional(),
  analyse: z
    .strictObject({
      innovation: text.optional(),
      accompagnement_usagers: text.optional(),
      mutualisation: text.optional(),
      mode_projet: text.optional(),
      replicabilite: text.optional(),
      association_usagers: text.optional(),
    })
    .optional(),
  depenses: z
    .array(
      z
        .strictObject({
          libelle: text.optional(),
          montant_ht: amountOf('HT').optional(),
          categorie: choice.optional(),
          nature: choice.optional(),
          montant_ttc: amountOf('TTC').optional(),
          taux_tva: vatRate.optional(),
          beneficiaires: choice.optional(),
        })
        .optional(),
    )
    .optional(),
  financement: z
    .strictObject({
      aide_sollicitee: amount.optional(),
      autres_aides: z.array(z.strictObject({ financeur: text.optional(), montant: amount.optional() }).optional()).optional(),
      autofinancement: amount.optional(),
    })
    .optional(),
  depot: z.strictObject({ date: calendarDate.optional() }).optional(),
});

export type Dossier = z.output<typeof dossierSchema>;
export type ExpenseInput = NonNullable<NonNullable<Dossier['depenses']>[number]>;

/** The keys a mapping at `path` may hold, for "did you mean" suggestions. */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = dossierSchema;
  for (const step of [...path, undefined]) {
    schema = unwrap(schema);
    if (step === undefined) break;
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(step)] ?? z.never();
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}
