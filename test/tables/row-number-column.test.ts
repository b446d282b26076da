import { describe, expect, it } from 'vitest';
import { isRowNumberColumn, isYearLabelColumn } from '../../src/tables/row-number-column.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { rowTotal } from '../../src/rules/table/row-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Columns that name rows, never summed: row numbers and the years of a long-format table. Written for this test. */
const headers = (text: string, file: string) => docOf({ file, text }).tables[0]!.columns.map((c) => c.header.join(' '));
const labels = (text: string, file: string) => docOf({ file, text }).tables[0]!.rows.map((r) => [r.code ?? null, r.label]);

describe('a column of row numbers', () => {
  it('is no value column in a pipe table with an untitled number column and a total row without a number', () => {
    const text = ['| | Kommun | Bidrag (mnkr) |', '|---|---|---|', '| 1 | Ale | 20 |', '| 2 | Borås | 15 |', '| 3 | Vara | 10 |', '| | Totalt | 45 |', ''].join('\n');
    expect(headers(text, 'a.md')).toEqual(['Bidrag (mnkr)']);
    expect(labels(text, 'a.md')).toEqual([['1', 'Ale'], ['2', 'Borås'], ['3', 'Vara'], [null, 'Totalt']]);
  });

  it('is no value column in a tab table under "#", nor where it stands last', () => {
    const first = ['#\tFörening\tMedlemmar', '1\tLyran\t310', '2\tEkan\t120', '3\tFyren\t95', ''].join('\n');
    expect(headers(first, 'b.txt')).toEqual(['Medlemmar']);
    const last = ['Förening\tMedlemmar\tRad', 'Lyran\t310\t0', 'Ekan\t120\t1', 'Fyren\t95\t2', 'Åby\t60\t3', ''].join('\n');
    expect(headers(last, 'c.txt')).toEqual(['Medlemmar']);
  });

  it('takes numbers counting up by one only, from 0 or 1 when untitled', () => {
    expect(isRowNumberColumn('', ['1', '2', '3', '4'])).toBe(true);
    expect(isRowNumberColumn('Nr', ['26', '27', '28'])).toBe(true);
    expect(isRowNumberColumn('', ['26', '27', '28'])).toBe(false);
    expect(isRowNumberColumn('', ['1', '3', '4'])).toBe(false);
    // A titled count is a count, whatever it holds.
    expect(isRowNumberColumn('Antal', ['1', '2', '3'])).toBe(false);
  });
});

describe('a column of years in a table of category, year and value', () => {
  const tab = ['Grupp\tÅr\tAntal', 'Totalt\t2020\t500', 'Totalt\t2021\t520', 'Flickor\t2020\t240', 'Flickor\t2021\t250', 'Pojkar\t2020\t260', 'Pojkar\t2021\t270', ''].join('\n');
  const spaced = ['Kategori      Period     Belopp, kr', 'Riket         2019       1 200', 'Riket         2020       1 350', 'Norr          2019         700', 'Norr          2020         800', 'Söder         2019         500', 'Söder         2020         550', ''].join('\n');

  it('labels the rows and is never summed, in a tab table and a space-aligned one', () => {
    expect(headers(tab, 'd.txt')).toEqual(['Antal']);
    expect(headers(spaced, 'e.txt')).toEqual(['Belopp, kr']);
    expect(labels(tab, 'd.txt')[0]).toEqual([null, 'Totalt | 2020']);
  });

  it('leaves no false sum warnings behind its "Totalt" and "Riket" rows', () => {
    for (const [text, file] of [[tab, 'd.txt'], [spaced, 'e.txt']] as const) {
      const found = [columnTotal, rowTotal].flatMap((rule) => findingsOf(rule, [{ file, text }])).filter((f) => f.severity !== 'info');
      expect(found).toEqual([]);
    }
  });

  it('checks a total row against the rows of its own year only, as an uncertain warning where they differ', () => {
    const tabbed = ['Grupp\tÅr\tAntal', 'Flickor\t2020\t240', 'Pojkar\t2020\t250', 'Totalt\t2020\t500', 'Flickor\t2021\t250', 'Pojkar\t2021\t270', 'Totalt\t2021\t520', ''].join('\n');
    const piped = ['| Område | Datum | Antal |', '|---|---|---|', '| Riket | 2020 | 500 |', '| Riket | 2021 | 520 |', '| Norr | 2020 | 240 |', '| Norr | 2021 | 250 |', '| Söder | 2020 | 250 |', '| Söder | 2021 | 270 |', ''].join('\n');
    for (const [text, file] of [[tabbed, 'f.txt'], [piped, 'g.md']] as const) {
      const found = findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info');
      expect(found.map((f) => [f.severity, f.actual])).toEqual([['warning', '490']]);
      expect(found[0]!.message).toMatch(/Totalt \| 2020|Riket \| 2020/);
    }
  });

  it('takes years said again or running on, never figures that only lie between 1900 and 2100', () => {
    expect(isYearLabelColumn('', ['2014', '2015', '2014', '2015'])).toBe(true);
    expect(isYearLabelColumn('', ['2014', '2015', '2016'])).toBe(true);
    expect(isYearLabelColumn('År', ['2016', '2014', '2020'])).toBe(true);
    expect(isYearLabelColumn('Belopp', ['1950', '2030', '1987'])).toBe(false);
    expect(isYearLabelColumn('Belopp', ['2014', '2015', '2016'])).toBe(false);
    expect(isYearLabelColumn('', ['2014', '1 200', '2016'])).toBe(false);
  });

  it('takes spans of years with years as periods: said again, or under a period title', () => {
    // When projects are to be finished: years and spans, one said again.
    expect(isYearLabelColumn('Planeras vara klart', ['2019', '2019-2020', '2020', '2020', '2021'])).toBe(true);
    expect(isYearLabelColumn('Period', ['2023–2025', '2024', '2026'])).toBe(true);
    // Under a title of its own, spans none said again are not taken on their looks.
    expect(isYearLabelColumn('Budget', ['2019-2020', '2021-2022', '2023'])).toBe(false);
    expect(isYearLabelColumn('', ['2019-2020', '1 200', '2023'])).toBe(false);
  });
});
