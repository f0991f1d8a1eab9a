import { formatCalendarDate, parseCalendarDate, whyNotADate } from '../dates.js';
import { MAX_AMOUNT_CENTS } from '../dossier/schema.js';
import { catalogue, problemMessage, writer } from '../i18n/index.js';
import type { Lang } from '../vocabulary.js';
import { parseAmount } from '../money/amount.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import type { Reglement } from '../reglement/types.js';
import type { Validate } from './prompter.js';

/**
 * Checks of each answer where it is typed, with a short message and another
 * try; dates are read in the zone of the edition, whose last day is the example.
 */
export function answerChecks(lang: Lang, reglement: Reglement = DEFAULT_EDITION) {
  const t = catalogue(lang).interview.answers;
  const required: Validate<string> = (value) => value.trim() !== '' || t.required;
  // The reason of a refusal, as the report gives it, and the fix.
  const amountOf =
    (basis?: 'HT' | 'TTC'): Validate<string> =>
    (value) => {
      const parsed = parseAmount(value, { basis });
      // Past the largest amount a dossier may hold, the check reports the field as unusable: refused here in its words.
      if (parsed.ok && parsed.cents > MAX_AMOUNT_CENTS)
        return problemMessage(lang, reglement, 'montant-excessif', { max: MAX_AMOUNT_CENTS });
      if (parsed.ok && parsed.cents >= 0) return true;
      if (parsed.ok) return t.negativeAmount;
      const reason = catalogue(lang).amounts[parsed.error]?.({ detail: parsed.detail }, writer(lang, reglement)) ?? parsed.error;
      return t.amountRefused(reason);
    };
  const amount = amountOf();
  const amountHt = amountOf('HT');
  const example = formatCalendarDate(reglement.dateLimite.dernierJour, 'fr');
  const date: Validate<string> = (value) =>
    parseCalendarDate(value, reglement.dateLimite.fuseau).ok || t.dateRefused(catalogue(lang).dates[whyNotADate(value)]!, example);
  return { required, amount, amountHt, date };
}

/** An amount typed the French way, as euros for the YAML file ("2 400,50" → 2400.5). */
export function euros(typed: string, basis?: 'HT'): number {
  const parsed = parseAmount(typed, { basis });
  return parsed.ok ? parsed.cents / 100 : 0;
}

/** A date typed the French way, as YYYY-MM-DD for the YAML file, read in the edition's zone. */
export function isoDate(typed: string, reglement: Reglement = DEFAULT_EDITION): string {
  const parsed = parseCalendarDate(typed, reglement.dateLimite.fuseau);
  return parsed.ok ? parsed.date : typed;
}
