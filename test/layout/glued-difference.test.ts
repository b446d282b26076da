import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Deviation tables glued without separators, written for this test. */
const tablesOf = (text: string) =>
  docOf({ file: 'a.txt', text }).tables.map((t) => [t.columns.map((c) => c.header.join(' ')), ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])]);

describe('glued deviation tables', () => {
  it('cuts each row so that the third value is the first minus the second, under a glued header', () => {
    const text = [
      'Avvikelse per nämnd, tkr',
      'UtfallBudgetAvvikelse',
      'Kulturnämnd482424',
      'Socialnämnd-37-30-7',
      'Tekniska nämnden905139',
      'Summa1014556',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      [
        ['Utfall', 'Budget', 'Avvikelse'],
        ['Kulturnämnd', '48000', '24000', '24000'],
        ['Socialnämnd', '-37000', '-30000', '-7000'],
        ['Tekniska nämnden', '90000', '51000', '39000'],
        ['Summa', '101000', '45000', '56000'],
      ],
    ]);
  });

  it('takes the other relation when the table is budget, outcome and their difference, without a header', () => {
    const text = ['Skola120135 15', 'Vård300290-10', 'Fritid4551 6', ''].join('\n');
    // A space inside the run is no part of this class: rows with one are left to other readers.
    expect(tablesOf(text).some((t) => t.length === 4 && t[1]![0] === 'Skola')).toBe(false);
    const plain = ['Skola12013515', 'Vård300290-10', 'Fritid45516', 'Kultur30300', ''].join('\n');
    expect(tablesOf(plain)).toEqual([
      [
        ['', '', ''],
        ['Skola', '120', '135', '15'],
        ['Vård', '300', '290', '-10'],
        ['Fritid', '45', '51', '6'],
        ['Kultur', '30', '30', '0'],
      ],
    ]);
  });

  it('keeps a row no cut reads with its digits in the label, and leaves lines no relation reads alone', () => {
    const text = ['Bygg482424', 'Miljö905139', 'Park371522', 'Gata603030', 'Övrigt8888', ''].join('\n');
    const rows = tablesOf(text)[0]!.slice(1);
    expect(rows[4]).toEqual(['Övrigt 8888', null, null, null]);
    expect(tablesOf(['Bilaga123456', 'Sida7891011', 'Avsnitt3141592', ''].join('\n'))).toEqual([]);
  });

  it('makes a sum that disagrees over such cells a warning', () => {
    const text = ['UtfallBudgetAvvikelse', 'Kulturnämnd482424', 'Socialnämnd-37-30-7', 'Tekniska nämnden905139', 'Summa12010317', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }]).map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
  });
});
