import { describe, expect, it } from 'vitest';
import { yearLineHeader } from '../../src/layout/year-line-header.js';
import { docOf } from '../rules/rule-tester.js';

/** Headers whose years were cut one a line, written for this test in three layouts. */
const tablesOf = (text: string) =>
  docOf({ file: 'y.txt', text }).tables.map((t) => ({
    columns: t.columns.map((c) => c.header.join(' / ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const range = (s: { raw: string }) => (/\d \d/.test(s.raw) ? { min: 4, max: 8 } : null);

describe('a header whose years stand one a line', () => {
  it('reads one row under the label column\'s title and five years, in billions', () => {
    const text = ['Skatteintäkter', '', 'Miljarder kronor', 'Skatteslag 2019', '2020', '2021', '2022', '2023', 'Skatt på arbete 1 050 1 106 1 126 1 128 1 208', ''].join('\n');
    expect(tablesOf(text)).toEqual([
      {
        columns: ['2019', '2020', '2021', '2022', '2023'],
        rows: [['Skatt på arbete', '1050000000000', '1106000000000', '1126000000000', '1128000000000', '1208000000000']],
      },
    ]);
  });

  it('reads two rows under years counted downwards, in another wording', () => {
    const text = ['Antal elever', '', 'Län 2024', '2023', '2022', '2021', 'Gotlands län 812 790 776 760', 'Jämtlands län 1 204 1 190 1 175 1 160', ''].join('\n');
    expect(tablesOf(text)).toEqual([
      {
        columns: ['2024', '2023', '2022', '2021'],
        rows: [
          ['Gotlands län', '812', '790', '776', '760'],
          ['Jämtlands län', '1204', '1190', '1175', '1160'],
        ],
      },
    ]);
  });

  it('takes the years only when they follow each other, four or more, over a row that holds one value a year', () => {
    expect(yearLineHeader(src('Region 2020\n2021\n2022\n2023\nNorr 1 2 3 4'), 0, range)).toEqual({ end: 4, titles: ['2020', '2021', '2022', '2023'], label: 'Region' });
    expect(yearLineHeader(src('2020\n2021\n2022\n2023\nNorr 1 2 3 4'), 0, range)).toEqual({ end: 4, titles: ['2020', '2021', '2022', '2023'], label: '' });
    // Three years are too few to count columns by; years that jump are no header of consecutive years.
    expect(yearLineHeader(src('Region 2021\n2022\n2023\nNorr 1 2 3'), 0, range)).toBeNull();
    expect(yearLineHeader(src('Region 2010\n2015\n2020\n2025\nNorr 1 2 3 4'), 0, range)).toBeNull();
    // A row that cannot hold four values, or a sentence before the year.
    expect(yearLineHeader(src('Region 2020\n2021\n2022\n2023\nNorr 12'), 0, range)).toBeNull();
    expect(yearLineHeader(src('Beslutet om bidraget fattades år 2020\n2021\n2022\n2023\nNorr 1 2 3 4'), 0, range)).toBeNull();
    expect(yearLineHeader(src('Utfall, 2020\n2021\n2022\n2023\nNorr 1 2 3 4'), 0, range)).toBeNull();
  });
});
