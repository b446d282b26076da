import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Rows named by rising numbers under a header of words (number-label-rows.ts); wordings written for this test. */
const rowsOf = (text: string) => docOf({ text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('rows named by rising numbers', () => {
  it('reads ages as labels and the rest of the line as one count', () => {
    const text = ['Befolkning per ålder', 'Ålder Antal personer', '16 1 240', '17 1 198', '18 1 305', '19 987', 'Övriga 2 410', 'Totalt 7 140'].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['16', '1240'],
        ['17', '1198'],
        ['18', '1305'],
        ['19', '987'],
        ['Övriga', '2410'],
        ['Totalt', '7140'],
      ],
    ]);
  });

  it('reads room counts under a unit title', () => {
    const text = ['Rum Tusental kronor', '1 2 150', '2 3 400', '3 12 075', '4 640'].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['1', '2150000'],
        ['2', '3400000'],
        ['3', '12075000'],
        ['4', '640000'],
      ],
    ]);
  });

  it('leaves numbers that do not rise to the other readers', () => {
    const text = ['Ålder Antal personer', '16 1 240', '12 1 198', '18 1 305'].join('\n');
    expect(rowsOf(text).flat().map((r) => r[0])).not.toEqual(['16', '12', '18']);
  });
});
