import { describe, expect, it } from 'vitest';
import { monthDates } from '../../src/document/month-dates.js';
import { isDateline } from '../../src/document/dateline.js';

/** Datelines as news platforms print them, written for this test. */
describe('dates with an abbreviated or English month name', () => {
  it('reads month-first English dates', () => {
    expect(monthDates('Nyhet • Aug 03, 2016 11:00 CEST').map((d) => d.date)).toEqual(['2016-08-03']);
    expect(monthDates('Pressmeddelande   June 30 2017').map((d) => d.date)).toEqual(['2017-06-30']);
  });

  it('reads day-first dates with an abbreviated month, with or without a full stop', () => {
    expect(monthDates('Publicerad 3 aug. 2016').map((d) => d.date)).toEqual(['2016-08-03']);
    expect(monthDates('12 okt 2021 kl. 09.15').map((d) => d.date)).toEqual(['2021-10-12']);
    expect(monthDates('Mötet 7 Dec 2019 och 14 jan 2020').map((d) => d.date)).toEqual(['2019-12-07', '2020-01-14']);
  });

  it('leaves full Swedish month names, numbers without a year and impossible days alone', () => {
    expect(monthDates('12 mars 2023')).toEqual([]);
    expect(monthDates('Aug 3 var en bra dag')).toEqual([]);
    expect(monthDates('Jun 45, 2017')).toEqual([]);
  });
});

describe('datelines', () => {
  it('a line holding a date, a label, a time and a zone is a dateline', () => {
    expect(isDateline('Nyhet   •   Jun 30, 2017 08:47 CEST')).toBe(true);
    expect(isDateline('Publicerad 12 mars 2023')).toBe(true);
    expect(isDateline('2023-11-20 14:05')).toBe(true);
  });

  it('a title that names a year or a date among its words is not', () => {
    expect(isDateline('450 miljoner mer till regional tillväxt 2016')).toBe(false);
    expect(isDateline('Beslut om stöd till kommunerna den 12 mars 2023')).toBe(false);
  });
});
