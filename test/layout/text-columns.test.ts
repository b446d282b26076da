import { describe, expect, it } from 'vitest';
import { textColumns } from '../../src/layout/text-columns.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Tables aligned by spaces with text columns between the label and the figures; figures invented, sums checked by hand. */
const rowsOf = (text: string) => docOf({ file: 't.txt', text }).tables[0]!.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toString() ?? '')]);

describe('textColumns', () => {
  it('counts the short text cells before the figures', () => {
    expect(textColumns(['K', 'Karlskrona', '159 606', '2 947'])).toBe(2);
    // A letter code that reads as a blank marker ("X") is text among text cells.
    expect(textColumns(['X', 'Gävle', '287 660'])).toBe(2);
    expect(textColumns(['Kalmar län', '12 400'])).toBe(1);
  });

  it('counts none in a header line of years, a value row or a long text', () => {
    expect(textColumns(['Kod', 'Namn', '2023', '2024'])).toBe(0);
    expect(textColumns(['1 200', '1 300'])).toBe(0);
    expect(textColumns(['Bidrag till ideella föreningar inom kulturområdet', '120'])).toBe(0);
    expect(textColumns(['A', 'B', 'C', 'D', '120'])).toBe(0);
  });
});

describe('a table aligned by spaces with text columns', () => {
  it('reads a county table with a letter code and a seat: regions, figures in their columns', () => {
    const text = [
      'Län               Bokstav  Residensstad  Folkmängd  Area (km²)',
      'Blekinge län      K        Karlskrona      159 606       2 947',
      'Dalarnas län      W        Falun           288 387      28 189',
      'Gotlands län      I        Visby            61 001       3 151',
      'Gävleborgs län    X        Gävle           287 660      18 118',
      'Hallands län      N        Halmstad        340 243       5 460',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Blekinge län | Karlskrona', '10', '159606', '2947'],
      ['Dalarnas län | Falun', '20', '288387', '28189'],
      ['Gotlands län | Visby', '09', '61001', '3151'],
      ['Gävleborgs län | Gävle', '21', '287660', '18118'],
      ['Hallands län | Halmstad', '13', '340243', '5460'],
    ]);
    expect(docOf({ file: 't.txt', text }).tables[0]!.columns.map((c) => c.header)).toEqual([['Folkmängd'], ['Area (km²)']]);
    // The county letters are the rows' codes, not words of the label (isCountyLetterColumn in src/tables/code-column.ts).
    expect(docOf({ file: 't.txt', text }).tables[0]!.rows.map((r) => r.code)).toEqual(['K', 'W', 'I', 'X', 'N']);
  });

  it('reads a municipality table with its county as a text column, and checks its total', () => {
    const table = (total: string) =>
      [
        'Tabell 1. Bidrag per kommun, tkr',
        '',
        'Kommun      Län                 2023     2024',
        'Ale         Västra Götaland      400      420',
        'Borgholm    Kalmar               150      160',
        'Kiruna      Norrbotten           300      310',
        'Summa                            850    ' + total,
      ].join('\n');
    expect(rowsOf(table('  890'))).toEqual([
      ['Ale | Västra Götaland', null, '400000', '420000'],
      ['Borgholm | Kalmar', null, '150000', '160000'],
      ['Kiruna | Norrbotten', null, '300000', '310000'],
      ['Summa', null, '850000', '890000'],
    ]);
    expect(findingsOf(columnTotal, table('  890')).filter((f) => f.severity !== 'info')).toEqual([]);
    // 420 + 160 + 310 = 890: a total of 990 is misprinted.
    expect(findingsOf(columnTotal, table('  990')).map((f) => f.severity)).toEqual(['error']);
  });

  it('keeps a phrase where a figure would stand a blank value cell', () => {
    const text = ['Län                            2025     2026', 'Skåne län                       400      420', 'Kalmar län                      250      260', 'Hallands län    Ryms inom befintlig ram     120', 'Summa                           650      800'].join('\n');
    expect(rowsOf(text).map((r) => r.slice(2))).toEqual([['400', '420'], ['250', '260'], ['', '120'], ['650', '800']]);
  });
});
