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
  it('reads a label-only row under the section headings as a row, not as a header naming a table of its own', () => {
    // The row's words are no column titles, though the header block above its first figures held them too.
    const dashed = [
      'Balansräkning, mnkr Not 2023 2024',
      'TILLGÅNGAR',
      'Anläggningstillgångar',
      '– Immateriella tillgångar',
      '– Byggnader 4 310,5 322,0',
      '– Inventarier 5 41,0 39,5',
      'Summa anläggningstillgångar 351,5 361,5',
      '',
    ].join('\n');
    expect(rowsOf(dashed)).toEqual([
      [
        ['TILLGÅNGAR', null, null],
        ['Anläggningstillgångar', null, null],
        ['– Immateriella tillgångar', null, null],
        ['– Byggnader', '310500000', '322000000'],
        ['– Inventarier', '41000000', '39500000'],
        ['Summa anläggningstillgångar', '351500000', '361500000'],
      ],
    ]);
    const hyphen = [
      'Tkr 2022 2023',
      'Rörelsens intäkter',
      '- Hyror och arrenden',
      '- Nettoomsättning 12 400 13 150',
      '- Övriga intäkter 610 700',
      'Summa rörelsens intäkter 13 010 13 850',
      '',
    ].join('\n');
    expect(rowsOf(hyphen)).toEqual([
      [
        ['Rörelsens intäkter', null, null],
        ['- Hyror och arrenden', null, null],
        ['- Nettoomsättning', '12400000', '13150000'],
        ['- Övriga intäkter', '610000', '700000'],
        ['Summa rörelsens intäkter', '13010000', '13850000'],
      ],
    ]);
  });

  it('keeps the sections of a statement in one table where each part closes with a total naming its section', () => {
    const balance = [
      'Balansräkning',
      '',
      'Mnkr Not 2023 2024',
      '',
      'Anläggningstillgångar',
      'Byggnader 4 310,5 322,0',
      'Inventarier 5 41,0 39,5',
      'Summa anläggningstillgångar 351,5 361,5',
      '',
      'Omsättningstillgångar',
      'Fordringar 6 88,0 92,5',
      'Kassa och bank 20,5 18,0',
      'Summa omsättningstillgångar 108,5 110,5',
      'Summa tillgångar 460,0 472,0',
      '',
      'Ansvarsförbindelser',
      'Borgen 7 150,0 145,0',
      '',
    ].join('\n');
    expect(rowsOf(balance)).toEqual([
      [
        ['Byggnader', '310500000', '322000000'],
        ['Inventarier', '41000000', '39500000'],
        ['Summa anläggningstillgångar', '351500000', '361500000'],
        ['Omsättningstillgångar', null, null],
        ['Fordringar', '88000000', '92500000'],
        ['Kassa och bank', '20500000', '18000000'],
        ['Summa omsättningstillgångar', '108500000', '110500000'],
        ['Summa tillgångar', '460000000', '472000000'],
        ['Ansvarsförbindelser', null, null],
        ['Borgen', '150000000', '145000000'],
      ],
    ]);
    const income = [
      'Resultaträkning (tkr) 2021 2022',
      'Rörelsens intäkter',
      'Hyror 8 200 8 650',
      'Övriga intäkter 310 295',
      'Summa rörelsens intäkter 8 510 8 945',
      '',
      'Rörelsens kostnader',
      'Drift -4 100 -4 380',
      'Underhåll -1 250 -1 400',
      'Summa rörelsens kostnader -5 350 -5 780',
      '',
    ].join('\n');
    expect(rowsOf(income)).toEqual([
      [
        ['Hyror', '8200000', '8650000'],
        ['Övriga intäkter', '310000', '295000'],
        ['Summa rörelsens intäkter', '8510000', '8945000'],
        ['Rörelsens kostnader', null, null],
        ['Drift', '-4100000', '-4380000'],
        ['Underhåll', '-1250000', '-1400000'],
        ['Summa rörelsens kostnader', '-5350000', '-5780000'],
      ],
    ]);
  });

  it('still reads parts that list the same items again, each closed by a total naming it, as tables of their own', () => {
    const text = [
      '(mnkr) 2023 2024',
      'Kommunstyrelse',
      'Politisk verksamhet 8,8 8,2',
      'Räddningstjänst 16,4 16,9',
      'Summa kommunstyrelse 25,2 25,1',
      '',
      'Byggnämnd',
      'Politisk verksamhet 0,9 0,6',
      'Bygglov 6,9 7,3',
      'Summa byggnämnd 7,8 7,9',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Politisk verksamhet', '8800000', '8200000'],
        ['Räddningstjänst', '16400000', '16900000'],
        ['Summa kommunstyrelse', '25200000', '25100000'],
      ],
      [
        ['Politisk verksamhet', '900000', '600000'],
        ['Bygglov', '6900000', '7300000'],
        ['Summa byggnämnd', '7800000', '7900000'],
      ],
    ]);
  });
});
