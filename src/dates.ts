/**
 * Calendar dates (YYYY-MM-DD) as the call counts them: an instant is on the
 * date it has in the time zone of the edition applied (dateLimite.fuseau).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

export type DateResult = { ok: true; date: string } | { ok: false };

/**
 * A date as a dossier writes it, before the edition that decides its time
 * zone is known: a calendar day, or an instant (kept in UTC) whose day
 * depends on the zone it is read in.
 */
export type DossierDate = { day: string } | { instant: string };

/**
 * Reads "2022-07-21", "21/07/2022" (the French way) or an instant with its
 * offset ("2022-07-29T23:30:00+02:00"). Refuses dates that do not exist, such
 * as 2022-02-30.
 */
export function readDate(text: string): DossierDate | undefined {
  const trimmed = text.trim();
  let match = ISO_DATE.exec(trimmed);
  if (match) return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = FRENCH_DATE.exec(trimmed);
  if (match) return dayOf(Number(match[3]), Number(match[2]), Number(match[1]));
  if (ISO_DATE_TIME.test(trimmed)) {
    const instant = new Date(trimmed);
    if (!Number.isNaN(instant.getTime()) && dayOf(...dateParts(trimmed))) return { instant: instant.toISOString() };
  }
  return undefined;
}

/** Why `readDate` refused a text: every refusal names one, so that its message can say what to change. */
export type DateError = 'vide' | 'inexistante' | 'inverse' | 'annee-courte' | 'separateur' | 'lettres' | 'fuseau' | 'format';

export function whyNotADate(text: string): DateError {
  const trimmed = text.trim();
  if (trimmed === '') return 'vide';
  const french = FRENCH_DATE.exec(trimmed);
  // 07/21/2022: a month past 12 where the day could be, the English order.
  if (french && Number(french[2]) > 12 && Number(french[1]) <= 12) return 'inverse';
  if (french || ISO_DATE.test(trimmed) || ISO_DATE_TIME.test(trimmed)) return 'inexistante';
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/i.test(trimmed)) return 'fuseau';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(trimmed)) return 'annee-courte';
  if (/^\d{1,2}[.-]\d{1,2}[.-]\d{4}$/.test(trimmed) || /^\d{1,2} \d{1,2} \d{4}$/.test(trimmed)) return 'separateur';
  if (/\p{L}/u.test(trimmed)) return 'lettres';
  return 'format';
}

/** The calendar day of a dossier's date in `timeZone`. */
export function dayIn(date: DossierDate, timeZone: string): string {
  return 'day' in date ? date.day : calendarDateIn(new Date(date.instant), timeZone);
}

/** A date as `readDate` reads it, turned into its calendar day in `timeZone`. */
export function parseCalendarDate(text: string, timeZone: string): DateResult {
  const date = readDate(text);
  return date === undefined ? { ok: false } : { ok: true, date: dayIn(date, timeZone) };
}

function dateParts(isoDateTime: string): [number, number, number] {
  return [Number(isoDateTime.slice(0, 4)), Number(isoDateTime.slice(5, 7)), Number(isoDateTime.slice(8, 10))];
}

function dayOf(year: number, month: number, day: number): { day: string } | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { day: date.toISOString().slice(0, 10) };
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** A calendar date as each language writes it: 29/07/2022 in French, 2022-07-29 in English. */
export function formatCalendarDate(isoDate: string, lang: 'fr' | 'en'): string {
  const [year, month, day] = isoDate.split('-');
  return lang === 'fr' ? `${day}/${month}/${year}` : isoDate;
}
