/** `vatHundredths` is the rate in hundredths of a percent (20 % = 2000). */
export function htFromTtc(ttcCents: number, vatHundredths: number): number {
  const numerator = BigInt(ttcCents) * 10_000n;
  const denominator = BigInt(10_000 + vatHundredths);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** TTC from HT, rounded the same way, to compare with a TTC the dossier also gives. */
export function ttcFromHt(htCents: number, vatHundredths: number): number {
  const numerator = BigInt(htCents) * BigInt(10_000 + vatHundredths);
  return Number((2n * numerator + 10_000n) / 20_000n);
}

/**
 * A VAT rate as people write it ("5,5", "5,5 %", "20%", 20): the per cent in
 * a number, or the text without its sign and comma when it is not one, so the
 * caller can say why. One reader for the dossier and the command line.
 */
export function readVatRate(value: number | string): { ok: true; rate: number } | { ok: false; text: string } {
  const text = typeof value === 'number' ? String(value) : value.replace('%', '').trim().replace(',', '.');
  return /^\d{1,6}(?:\.\d{1,6})?$/.test(text) ? { ok: true, rate: Number(text) } : { ok: false, text };
}
