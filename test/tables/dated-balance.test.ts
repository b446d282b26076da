import { describe, expect, it } from 'vitest';
import { datedBalance, withoutBalanceDate } from '../../src/tables/dated-balance.js';

describe('datedBalance', () => {
  it('reads the first day of a month as an opening balance, in each way a date is written', () => {
    expect(datedBalance('Eget kapital 2022-01-01')).toEqual({ kind: 'opening', subject: 'eget kapital' });
    expect(datedBalance('Balanserat resultat 1 januari')).toEqual({ kind: 'opening', subject: 'balanserat resultat' });
    expect(datedBalance('Eget kapital per 1.1.2023')).toEqual({ kind: 'opening', subject: 'eget kapital' });
    expect(datedBalance('Fonder den 1 jul 2023')).toEqual({ kind: 'opening', subject: 'fonder' });
  });

  it('reads the last day of a month as a closing balance, a half year or February too', () => {
    expect(datedBalance('Eget kapital 2022-12-31')).toEqual({ kind: 'closing', subject: 'eget kapital' });
    expect(datedBalance('Balanserat resultat 31 december')).toEqual({ kind: 'closing', subject: 'balanserat resultat' });
    expect(datedBalance('Reserv 30 juni 2023')).toEqual({ kind: 'closing', subject: 'reserv' });
    expect(datedBalance('Likvida medel 31.12.2023')).toEqual({ kind: 'closing', subject: 'likvida medel' });
    expect(datedBalance('Kassa 2024-02-29')).toEqual({ kind: 'closing', subject: 'kassa' });
    expect(datedBalance('Kassa 2023-02-28')).toEqual({ kind: 'closing', subject: 'kassa' });
  });

  it('reads no balance from a day inside a month, a non-date, two dates or a bare date', () => {
    expect(datedBalance('Eget kapital 2022-06-15')).toBeNull();
    expect(datedBalance('Kassa 2023-04-31')).toBeNull();
    expect(datedBalance('Antal 12 projekt')).toBeNull();
    expect(datedBalance('Perioden 2023-01-01 2023-12-31')).toBeNull();
    expect(datedBalance('2023-12-31')).toBeNull();
    expect(datedBalance('Verksamhetens intäkter')).toBeNull();
  });

  it('takes the one date out of a label and leaves a label with none or several as it is', () => {
    expect(withoutBalanceDate('Ingående balans 1.1.2023')).toBe('Ingående balans');
    expect(withoutBalanceDate('Utgående balans per 31 dec 2023')).toBe('Utgående balans');
    expect(withoutBalanceDate('Utgående balans')).toBe('Utgående balans');
    expect(withoutBalanceDate('Från 2023-01-01 till 2023-12-31')).toBe('Från 2023-01-01 till 2023-12-31');
  });
});
