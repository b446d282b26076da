import { describe, expect, it } from 'vitest';
import { isCodeLedRow } from '../../src/layout/code-led-row.js';
import { docOf } from '../rules/rule-tester.js';

/** Rows whose code stands in a cell of its own, written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'c.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a code in a cell of its own before the name', () => {
  it('is a row, not a header line', () => {
    expect(isCodeLedRow(['3', 'Kultur', '1 200', '1 300'])).toBe(true);
    expect(isCodeLedRow(['4.2', 'Bidrag', '12,5'])).toBe(true);
    expect(isCodeLedRow(['Anslag', 'Utfall', 'Budget'])).toBe(false);
    expect(isCodeLedRow(['2023', '2024', '1 200'])).toBe(false);
  });

  it('joins the code and the name in pipe rows without a leading pipe', () => {
    const text = ['Miljoner kronor |', 'Anslag | Utfall | Budget |', '3 | Kultur | 1 200 | 1 300 |', '3:1 Museer | 700 | 750 |', '3:2 Teater | 500 | 550 |', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['3 Kultur', '1200000000', '1300000000'],
        ['3:1 Museer', '700000000', '750000000'],
        ['3:2 Teater', '500000000', '550000000'],
      ],
    ]);
  });

  it('joins them when every row but the first has the code inside its label', () => {
    const text = ['12. | Fastigheter | 40,5 | 38,0 |', '12.1 Skolor | 25,0 | 24,5 |', '12.2 Förskolor | 15,5 | 13,5 |', ''].join('\n');
    expect(rowsOf(text)[0]!.map((r) => r[0])).toEqual(['12. Fastigheter', '12.1 Skolor', '12.2 Förskolor']);
  });
});
