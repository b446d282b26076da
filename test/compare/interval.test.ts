import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { compareFigures, compareSum } from '../../src/compare/interval.js';

const d = (s: string | number) => new Decimal(s);
const exact = (v: string) => ({ value: d(v), precision: d(0) });
const millions = (v: string, decimals = 0) => ({ value: d(v).times(1e6), precision: d(0.5).times(d(10).pow(-decimals)).times(1e6) });

describe('compareSum', () => {
  it('finds the exact sum of exact parts (seed 001 sums to its Summa row)', () => {
    const c = compareSum([exact('2999999000'), exact('1000')], exact('3000000000'));
    expect(c.verdict).toBe('exact');
    expect(c.difference.toString()).toBe('0');
  });

  it('reports a mismatch of exact figures with the difference', () => {
    const c = compareSum([exact('2999999027'), exact('1000')], exact('3000000000'));
    expect(c.verdict).toBe('mismatch');
    expect(c.difference.toString()).toBe('27');
  });

  it('seed 003: "1 197 miljoner" against 1 237,5 − 40 = 1 197,5 miljoner is within stated precision', () => {
    const c = compareFigures({ value: d('1197500000'), precision: d('50000').plus(d('500000')) }, millions('1197'));
    expect(c.verdict).toBe('within-rounding');
    expect(c.difference.toString()).toBe('500000');
  });

  it('seed 003: 2 925 + 12 = 2 937 miljoner is exact', () => {
    expect(compareSum([millions('2925'), millions('12')], millions('2937')).verdict).toBe('exact');
  });

  it('rounded figures that cannot meet are a mismatch', () => {
    // 2 395 + 530 = 2 925, so a stated 2 930 is 5 miljoner off, beyond 1,5 miljoner of slack.
    const c = compareSum([millions('2395'), millions('530')], millions('2930'));
    expect(c.verdict).toBe('mismatch');
    expect(c.slack.toString()).toBe('1500000');
  });

  it('percent shares that add up to 100 within their rounding', () => {
    const shares = ['23.3', '3.8', '2.9', '4.5', '3.5', '1.9', '2.3', '0.6', '1.5', '13.5', '3.3', '16.7', '2.7', '2.9', '2.7', '2.7', '2.7', '2.3', '1.3', '2.6', '2.4'];
    const c = compareSum(shares.map((s) => ({ value: d(s), precision: d('0.05') })), { value: d(100), precision: d('0.05') });
    // Seed 002 Bilaga 2 "Andel befolkning": the printed shares add up to 100,1.
    expect(c.computed.toString()).toBe('100.1');
    expect(c.verdict).toBe('within-rounding');
  });
});
