import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { yearTitles, yearWrappedHeader } from '../../src/layout/year-wrapped-header.js';
import { docOf } from '../rules/rule-tester.js';

/** Headers of titles closed by years, cut before each year when copied out of a PDF. Written for this test. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const titlesOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const src = (raw: string[]) => raw.map((r, k) => ({ raw: r, line: k + 1 }));

describe('a header of year titles cut at their years (year-wrapped-header.ts)', () => {
  // A row here holds as many values as it has numbers of two digit groups.
  const values = (s: { raw: string }) => {
    const n = s.raw.match(/\d{1,3} \d{3}/g)?.length ?? 0;
    return n > 0 ? { min: n, max: n } : null;
  };

  it('splits the joined words into the labels\' title and titles of one shape, each closed by a year or a span', () => {
    expect(yearTitles('Nämnd Utfall 2021 Utfall 2022 Budget 2023 Summa 2021–2023'.split(' '))).toEqual({
      label: 'Nämnd',
      titles: ['Utfall 2021', 'Utfall 2022', 'Budget 2023', 'Summa 2021–2023'],
    });
    expect(yearTitles('Bokslut 2020 Bokslut 2021 Plan 2022'.split(' '))).toEqual({ label: '', titles: ['Bokslut 2020', 'Bokslut 2021', 'Plan 2022'] });
    // Words after the last year, a title without words, or too few titles: not such a header.
    expect(yearTitles('Nämnd Utfall 2021 Utfall 2022 Budget 2023 Avvikelse'.split(' '))).toBeNull();
    expect(yearTitles('Nämnd Utfall 2021 2022 Budget 2023'.split(' '))).toBeNull();
    expect(yearTitles('Nämnd Utfall 2021 Budget 2022'.split(' '))).toBeNull();
  });

  it('finds the header over paragraphs and over plain lines, and only where lines open with a cut-off year', () => {
    const paragraphs = ['Nämnd Utfall', '', '2021 Utfall', '', '2022 Budget', '', '2023 Summa 2021–', '', '2023', '', 'Skola 12 400 13 100 13 900 39 400'];
    expect(yearWrappedHeader(src(paragraphs), 0, values)).toEqual({ end: 10, label: 'Nämnd', titles: ['Utfall 2021', 'Utfall 2022', 'Budget 2023', 'Summa 2021–2023'] });
    const plain = ['Kostnader Bokslut', '2020 Bokslut', '2021 Plan', '2022', 'Personal 4 150 4 400 4 620'];
    expect(yearWrappedHeader(src(plain), 0, values)).toEqual({ end: 4, label: 'Kostnader', titles: ['Bokslut 2020', 'Bokslut 2021', 'Plan 2022'] });
    // One line cut at a year only: a caption and a header line, not titles cut across lines.
    expect(yearWrappedHeader(src(['Kostnader Bokslut', '2020 Bokslut 2021 Plan 2022', 'Personal 4 150 4 400 4 620']), 0, values)).toBeNull();
    // The row under it holds another count of values.
    expect(yearWrappedHeader(src([...plain.slice(0, 4), 'Personal 4 150 4 400']), 0, values)).toBeNull();
    // Two blank lines end the header.
    expect(yearWrappedHeader(src(['Nämnd Utfall', '', '', '2021 Utfall', '', '2022 Budget', '', '2023', 'Skola 12 400 13 100 13 900']), 0, values)).toBeNull();
  });

  it('reads a table whose header lines are paragraphs, a span of years cut over two of them', () => {
    const [t] = tablesOf(
      [
        'Tabell 4. Driftredovisning per nämnd',
        '',
        'Nämnd Utfall',
        '',
        '2021 Utfall',
        '',
        '2022 Budget',
        '',
        '2023 Summa 2021–',
        '',
        '2023',
        '',
        'Kommunstyrelse 12 400 13 100 13 900 39 400',
        '',
        'Barn- och utbildningsnämnd 210 350 215 900 221 000 647 250',
        '',
        'Socialnämnd 180 200 186 500 190 300 557 000',
      ].join('\n'),
    );
    expect(titlesOf(t!)).toEqual(['Utfall 2021', 'Utfall 2022', 'Budget 2023', 'Summa 2021–2023']);
    expect(rowsOf(t!)).toEqual([
      ['Kommunstyrelse', '12400', '13100', '13900', '39400'],
      ['Barn- och utbildningsnämnd', '210350', '215900', '221000', '647250'],
      ['Socialnämnd', '180200', '186500', '190300', '557000'],
    ]);
  });

  it('reads a table whose header lines follow each other, its rows a paragraph each', () => {
    const [t] = tablesOf(
      [
        'Kostnader per slag',
        '',
        'Kostnadsslag, tkr Bokslut',
        '2020 Bokslut',
        '2021 Plan',
        '2022 Totalt 2020-',
        '2022',
        '',
        'Personal 4 150 4 400 4 620 13 170',
        '',
        'Lokaler 1 200 1 250 1 300 3 750',
        '',
        'Övrigt 350 310 - 40 620',
      ].join('\n'),
    );
    expect(titlesOf(t!)).toEqual(['Bokslut 2020', 'Bokslut 2021', 'Plan 2022', 'Totalt 2020-2022']);
    expect(rowsOf(t!)).toEqual([
      ['Personal', '4150000', '4400000', '4620000', '13170000'],
      ['Lokaler', '1200000', '1250000', '1300000', '3750000'],
      ['Övrigt', '350000', '310000', '-40000', '620000'],
    ]);
  });
});
