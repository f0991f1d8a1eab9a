/** Calendar dates (YYYY-MM-DD) as the call counts them: in Europe/Paris. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

export type DateResult = { ok: true; date: string } | { ok: false };

/**
 * Reads "2022-07-21", "21/07/2022" (the French way) or an instant with its
 * offset ("2022-07-29T23:30:00+02:00", turned into its date in `timeZone`).
 * Refuses dates that do not exist, such as 2022-02-30.
 */
export function parseCalendarDate(text: string, timeZone: string): DateResult {
  const trimmed = text.trim();
  let match = ISO_DATE.exec(trimmed);
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]));
  match = FRENCH_DATE.exec(trimmed);
  if (match) return checked(Number(match[3]), Number(match[2]), Number(match[1]));
  if (ISO_DATE_TIME.test(trimmed)) {
    const instant = new Date(trimmed);
    if (!Number.isNaN(instant.getTime()) && checked(...dateParts(trimmed)).ok) {
      return { ok: true, date: calendarDateIn(instant, timeZone) };
    }
  }
  return { ok: false };
}

function dateParts(isoDateTime: string): [number, number, number] {
  return [Number(isoDateTime.slice(0, 4)), Number(isoDateTime.slice(5, 7)), Number(isoDateTime.slice(8, 10))];
}

function checked(year: number, month: number, day: number): DateResult {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false };
  return { ok: true, date: date.toISOString().slice(0, 10) };
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
