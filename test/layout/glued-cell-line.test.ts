import { describe, expect, it } from 'vitest';
import { splitGluedCellLine } from '../../src/layout/glued-cell-line.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** A value glued to the next row's label in a table pasted one cell per line; examples written here. */
describe('splitGluedCellLine', () => {
  it('splits a grouped value, a decimal and a negative value from the label after it', () => {
    const g = splitGluedCellLine({ raw: '1 200Uppsala', line: 7 })!;
    expect([g.value.raw, g.value.column, g.label.raw, g.label.column]).toEqual(['1 200', 1, 'Uppsala', 6]);
    expect(splitGluedCellLine({ raw: '45,5Summa', line: 1 })!.label.raw).toBe('Summa');
    expect(splitGluedCellLine({ raw: '-300Övriga kostnader', line: 1 })!.value.raw).toBe('-300');
  });

  it('leaves alone a label, a value with its unit, and a code before a word', () => {
    expect(splitGluedCellLine({ raw: 'Uppsala 1 200', line: 1 })).toBeNull();
    expect(splitGluedCellLine({ raw: '1 200 kr', line: 1 })).toBeNull();
    expect(splitGluedCellLine({ raw: '3D-skrivare', line: 1 })).toBeNull();
    expect(splitGluedCellLine({ raw: '12 500', line: 1 })).toBeNull();
  });
});

const lines = ['Län', 'Belopp, kr', 'Stockholm', '1 200Uppsala', '800', 'Skåne', '950Halland', '400', 'Summa', '3 350'];
const read = (text: string): (string | null)[][] =>
  docOf({ file: 'glued.txt', text }).tables[0]!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed() ?? null, r.cells[0]!.readBy ?? null]);

describe('a value glued to the next label in a one-cell-per-line table', () => {
  it('reads the rows, one cell a line or with blank lines between cells, the glued values marked', () => {
    const expected = [
      ['Stockholm', '1200', 'glued'],
      ['Uppsala', '800', null],
      ['Skåne', '950', 'glued'],
      ['Halland', '400', null],
      ['Summa', '3350', null],
    ];
    expect(read(['Bidrag', '', ...lines, ''].join('\n'))).toEqual(expected);
    expect(read(['Bidrag', '', ...lines.flatMap((l) => [l, '']), ''].join('\n'))).toEqual(expected);
  });

  it('warns, never errs, when the column does not add up over a glued value', () => {
    const text = ['Bidrag', '', ...lines.slice(0, -1), '3 450', ''].join('\n');
    const f = findingsOf(columnTotal, [{ file: 'glued.txt', text }]);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });
});

describe('a glued label that holds a year span or a decision code', () => {
  it('splits before a capitalised label ending in years, and before a code in capitals', () => {
    expect(splitGluedCellLine({ raw: '12 500Förändringar 2024–2026', line: 1 })!.label.raw).toBe('Förändringar 2024–2026');
    expect(splitGluedCellLine({ raw: '-410KS 230914 Bidrag till föreningar', line: 1 })!.value.raw).toBe('-410');
    expect(splitGluedCellLine({ raw: '75Reserv för oförutsett (2023–2025)', line: 1 })!.label.raw).toBe('Reserv för oförutsett (2023–2025)');
  });

  it('leaves alone a label that ends in a plain figure: a row of its own', () => {
    expect(splitGluedCellLine({ raw: '1 200Uppsala 300', line: 1 })).toBeNull();
    expect(splitGluedCellLine({ raw: '45KF beslut 12 000', line: 1 })).toBeNull();
  });

  it('reads a budget of changes per decision pasted one cell per line, each glued value in its row', () => {
    const text = [
      'Kulturnämnden (tkr)',
      '',
      'Förändringar',
      '',
      '2024',
      '',
      '2025',
      '',
      'Pris- och löneökning',
      '',
      '1 250',
      '',
      '1 310',
      '',
      'Engångsanslag jubileum 2024',
      '',
      '500KN 230412 Nytt bibliotek i Väster',
      '',
      '-200',
      '',
      '-400',
      '',
      'Summa förändringar',
      '',
      '1 550',
      '',
      '910',
      '',
    ].join('\n');
    const rows = docOf({ file: 'c.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);
    expect(rows).toEqual([
      ['Pris- och löneökning', '1250000', '1310000'],
      ['Engångsanslag jubileum 2024', '500000', ''],
      ['KN 230412 Nytt bibliotek i Väster', '-200000', '-400000'],
      ['Summa förändringar', '1550000', '910000'],
    ]);
  });
});
