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
