import { describe, expect, it } from 'vitest';
import { regroupDigits } from '../../../src/layout/pdf/ocr-digits.js';

describe('digit groups as OCR split and joined them', () => {
  it('are set in threes again when the groups after the first are whole threes', () => {
    expect(regroupDigits('7 120223')).toBe('7 120 223');
    expect(regroupDigits('6177 500')).toBe('6 177 500');
    expect(regroupDigits('10 161579')).toBe('10 161 579');
    expect(regroupDigits('-3575 531')).toBe('-3 575 531');
    expect(regroupDigits('12\u00a0474')).toBe('12 474');
  });
  it('are left as read when they do not fit (two numbers run together, a stray digit, a leading zero)', () => {
    expect(regroupDigits('1 442 638 1 169 688')).toBe('1 442 638 1 169 688');
    expect(regroupDigits('85 6041')).toBe('85 6041');
    expect(regroupDigits('0 123')).toBe('0 123');
    expect(regroupDigits('9.807 3336')).toBe('9.807 3336');
    expect(regroupDigits('283651')).toBe('283651');
    expect(regroupDigits('Summa 12 345')).toBe('Summa 12 345');
  });
});
