import type { Lang } from '../vocabulary.js';

/** Formats integer cents without ever going through floating point. */
export function formatCents(cents: number, lang: Lang): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const decimals = String(abs % 100).padStart(2, '0');
  if (lang === 'en') return `${sign}€${group(units, ',')}.${decimals}`;
  return `${sign}${group(units, ' ')},${decimals} €`;
}

/** An amount offered as a question's default: as the language writes it, without the euro sign (the parser reads both ways). */
export function formatCentsToType(cents: number, lang: Lang): string {
  return formatCents(cents, lang).replace(/\s?€/, '');
}

function group(units: number, separator: string): string {
  // A number's digits: 22 characters at most, never dossier text, so the quadratic worst case is no risk.
  // eslint-disable-next-line regexp/no-super-linear-move
  return String(units).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A rate in percent, written the way each language writes it (80 %, 5,5 % / 80%, 5.5%). */
export function formatPercent(percent: number, lang: Lang): string {
  return lang === 'en' ? `${percent}%` : `${String(percent).replace('.', ',')} %`;
}
