import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatSwedish } from '../../../grammars/amount/index.js';

describe('formatSwedish', () => {
  it.each([
    ['3000000027', '3 000 000 027'],
    ['1237.5', '1 237,5'],
    ['-27', '\u221227'],
    ['0', '0'],
    ['-0', '0'],
    ['999', '999'],
    ['1000', '1 000'],
    ['0.05', '0,05'],
    ['-1545740465.25', '\u22121 545 740 465,25'],
    ['1e21', '1 000 000 000 000 000 000 000'],
  ])('formats %s as %j', (value, text) => {
    expect(formatSwedish(new Decimal(value))).toBe(text);
  });
});
