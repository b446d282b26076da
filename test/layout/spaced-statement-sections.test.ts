import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { unreadable } from '../../src/rules/format/unreadable.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Balance sheets and income statements copied as text with single spaces: section headings apart
 * from the header by blank lines, and two notes listed without a space. Written for this test.
 */
const rowsOf = (text: string) =>
  docOf({ file: 'case.txt', text }).tables.map((t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('statements read as spaced columns', () => {
  it('keeps the header over section headings set apart by blank lines, so the note column stays a note column', () => {
    const capitals = [
      'Balansräkning',
      '',
      'Tkr Not Utfall 2023 Utfall 2024',
      'TILLGÅNGAR',
      '',
      'Anläggningstillgångar',
      'Mark och byggnader 7 812 400 845 100',
      'Inventarier 8 64 250 70 900',
      'Summa anläggningstillgångar 876 650 916 000',
      '',
    ].join('\n');
    expect(rowsOf(capitals)).toEqual([
      [
        ['Mark och byggnader', '812400000', '845100000'],
        ['Inventarier', '64250000', '70900000'],
        ['Summa anläggningstillgångar', '876650000', '916000000'],
      ],
    ]);
    // Two levels of headings, each after a blank line, and a decimal column: "13 281,2" is note 13 and 281,2.
    const decimals = [
      'Miljoner kronor Not Kommunen 2023 Koncernen 2023',
      '',
      'Tillgångar',
      '',
      'Finansiella tillgångar',
      'Aktier och andelar 13 281,2 70,8',
      'Långfristiga fordringar 14 12,5 3,1',
      'Summa finansiella tillgångar 293,7 73,9',
      '',
    ].join('\n');
    expect(rowsOf(decimals)).toEqual([
      [
        ['Aktier och andelar', '281200000', '70800000'],
        ['Långfristiga fordringar', '12500000', '3100000'],
        ['Summa finansiella tillgångar', '293700000', '73900000'],
      ],
    ]);
  });

  it('reads two notes listed without a space ("4,5") in the note column of a row that fills every column', () => {
    const text = [
      'Resultaträkning, mnkr',
      '',
      'Belopp Not 2023 2024',
      'Verksamhetens intäkter 1 2 410 2 530',
      'Avskrivningar 4,5 -315 -322',
      'Finansiella kostnader 6,7,9 -48 -51',
      'Summa 2 047 2 157',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Verksamhetens intäkter', '2410000000', '2530000000'],
        ['Avskrivningar', '-315000000', '-322000000'],
        ['Finansiella kostnader', '-48000000', '-51000000'],
        ['Summa', '2047000000', '2157000000'],
      ],
    ]);
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('keeps a row whose figures fit no placing in the columns, reported as unreadable, never dropped', () => {
    for (const row of ['Avskrivningar 0,5 -315 -322', 'Övriga kostnader 0,25 -12 -14']) {
      const text = ['Resultaträkning, mnkr', '', 'Belopp Not 2023 2024', 'Verksamhetens intäkter 1 2 410 2 530', row, 'Summa 2 095 2 208', ''].join('\n');
      const figures = row.slice(row.search(/\d/));
      expect(findingsOf(unreadable, [{ file: 'case.txt', text }]).map((f) => f.message)).toEqual([`cellen "${figures}" i raden "${row.slice(0, row.search(/ \d/))}", kolumnen "2023" är inget tal`]);
      expect(findingsOf(columnTotal, [{ file: 'case.txt', text }]).some((f) => f.severity === 'error')).toBe(false);
    }
  });
});
