import { describe, expect, it } from 'vitest';
import { calendarDateIn, parseCalendarDate } from '../src/dates.js';

describe('parseCalendarDate', () => {
  it.each([
    ['2022-07-21', '2022-07-21'],
    ['21/07/2022', '2022-07-21'],
    ['1/7/2022', '2022-07-01'],
    ['2024-02-29', '2024-02-29'],
    // Instants are read in Europe/Paris: 23:30 in Paris on 29 July is still 29 July.
    ['2022-07-29T23:30:00+02:00', '2022-07-29'],
    ['2022-07-29T22:30:00Z', '2022-07-30'],
    ['2022-07-29T21:59:59Z', '2022-07-29'],
  ])('reads %s as %s', (input, date) => {
    expect(parseCalendarDate(input, 'Europe/Paris')).toEqual({ ok: true, date });
  });

  it.each(['2022-02-30', '2023-02-29', '31/04/2022', '2022-13-01', '2022/07/21', 'hier', '2022-07-21T10:00'])('refuses %s', (input) => {
    expect(parseCalendarDate(input, 'Europe/Paris')).toEqual({ ok: false });
  });
});

describe('calendarDateIn', () => {
  it('gives the date in Paris, not in UTC', () => {
    expect(calendarDateIn(new Date('2022-07-29T22:30:00Z'), 'Europe/Paris')).toBe('2022-07-30');
    expect(calendarDateIn(new Date('2022-12-31T23:30:00Z'), 'Europe/Paris')).toBe('2023-01-01');
  });
});
