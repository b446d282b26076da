import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decimalString } from '../../src/report/decimal-string.js';
import { formatSwedish } from '../../src/report/format-number.js';

describe('formatSwedish', () => {
  it('groups by three with spaces and writes a decimal comma', () => {
    expect(formatSwedish(new Decimal('3000000027'))).toBe('3 000 000 027');
    expect(formatSwedish(new Decimal('77624347'))).toBe('77 624 347');
    expect(formatSwedish(new Decimal('1237.5'))).toBe('1 237,5');
    expect(formatSwedish(new Decimal('999'))).toBe('999');
    expect(formatSwedish(new Decimal('23.3'))).toBe('23,3');
    expect(formatSwedish(new Decimal('0.0000001'))).toBe('0,0000001');
  });

  it('uses the typographic minus and never writes −0', () => {
    expect(formatSwedish(new Decimal('-27'))).toBe('\u221227');
    expect(formatSwedish(new Decimal('-1500000.25'))).toBe('\u22121 500 000,25');
    expect(formatSwedish(new Decimal('-0'))).toBe('0');
  });

  it('writes large values without exponent', () => {
    expect(formatSwedish(new Decimal('1.2375e9'))).toBe('1 237 500 000');
    expect(formatSwedish(new Decimal('1e21'))).toBe('1 000 000 000 000 000 000 000');
  });
});

describe('decimalString', () => {
  it('writes plain decimals in base units for machines', () => {
    expect(decimalString(new Decimal('1.2375e9'))).toBe('1237500000');
    expect(decimalString(new Decimal('23.30'))).toBe('23.3');
    expect(decimalString(new Decimal('1e21'))).toBe('1000000000000000000000');
    expect(decimalString(new Decimal('1e-7'))).toBe('0.0000001');
    expect(decimalString(new Decimal('-27'))).toBe('-27');
    expect(decimalString(new Decimal('-0'))).toBe('0');
  });
});
