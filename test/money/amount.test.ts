import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/money/amount.js';
import { formatCents } from '../../src/money/format.js';

describe('parseAmount', () => {
  it.each([
    [2400, 240_000],
    [2400.5, 240_050],
    [0.1, 10],
    [1234.56, 123_456],
    ['2400', 240_000],
    ['2400,5', 240_050],
    ['2400.50', 240_050],
    ['12 500,00 €', 1_250_000],
    ['12\u00a0500,00\u00a0€', 1_250_000],
    ['12\u202f500,00 €', 1_250_000],
    ['1 234 567,89 EUR', 123_456_789],
    ['12.500,00', 1_250_000],
    ['1.234.567', 123_456_700],
    ['12,500.00', 1_250_000],
    ['980 €', 98_000],
    ['980 euros', 98_000],
    ['980 Euro', 98_000],
    ['980eur', 98_000],
    ['980 \u20ac', 98_000],
    ['-15,00', -1500],
    ['0', 0],
  ])('reads %j as %i cents', (input, cents) => {
    expect(parseAmount(input)).toEqual({ ok: true, cents });
  });

  it.each([
    ['12.500', 'ambigu'],
    ['12,500', 'ambigu'],
    ['12,505 €', 'ambigu'],
    ['12,5055', 'decimales'],
    ['0,001', 'decimales'],
    ['0,500', 'decimales'],
    [12.345, 'decimales'],
    [Number.NaN, 'non-fini'],
    [Number.POSITIVE_INFINITY, 'non-fini'],
    ['douze euros', 'lettres'],
    ['', 'vide'],
    // Neither before nor including tax unless the field says which (see amount-reasons.test.ts).
    ['2 400 € HT', 'mention-taxe'],
    ['12 50,00', 'groupes'],
    [true, 'type'],
    [null, 'type'],
  ])('refuses %j (%s)', (input, error) => {
    expect(parseAmount(input)).toMatchObject({ ok: false, error });
  });
});

describe('formatCents', () => {
  it('writes French and English amounts from integer cents', () => {
    expect(formatCents(1_250_000, 'fr')).toBe('12 500,00 €');
    expect(formatCents(5, 'fr')).toBe('0,05 €');
    expect(formatCents(123_456_789, 'en')).toBe('€1,234,567.89');
    expect(formatCents(-1500, 'fr')).toBe('-15,00 €');
  });

  it('round-trips with parseAmount', () => {
    for (const cents of [0, 1, 99, 100, 101, 99_999, 2_500_000, 123_456_789]) {
      expect(parseAmount(formatCents(cents, 'fr'))).toEqual({ ok: true, cents });
    }
  });
});
