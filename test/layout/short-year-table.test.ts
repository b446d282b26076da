import { describe, expect, it } from 'vitest';
import { otherTableAt, rowsNeeded, trailingYearRun } from '../../src/layout/short-year-table.js';
import { docOf } from '../rules/rule-tester.js';

/** Spaced tables of one or two rows under a header of years, written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'y.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a spaced table of few rows under a header of years', () => {
  it('counts the years a header line ends in, four or more in a row', () => {
    expect(trailingYearRun('Kommun 2016 2017 2018 2019 2020')).toBe(5);
    expect(trailingYearRun('Län 2023 2022 2021 2020')).toBe(4);
    expect(trailingYearRun('Län 2019 2020 2021')).toBe(0);
    expect(trailingYearRun('Län 2010 2015 2020 2025')).toBe(0);
    expect(trailingYearRun('Bidrag per år')).toBe(0);
  });

  it('needs one row only when a row holds one value a year', () => {
    expect(rowsNeeded('Region 2019 2020 2021 2022', [{ min: 4, max: 6 }], 3)).toBe(1);
    expect(rowsNeeded('Region 2019 2020 2021 2022', [{ min: 2, max: 3 }], 3)).toBe(3);
    expect(rowsNeeded('Region Andel Antal', [{ min: 2, max: 2 }], 3)).toBe(3);
  });

  it('reads a table cut off after its second row, the cut row as far as it goes', () => {
    const text = ['Investeringar per invånare', '', 'Region 2019 2020 2021 2022', 'Norrbotten 1 250 1 310 980 1 020', 'Gotland 2 040', ''].join('\n');
    const tables = rowsOf(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]![0]).toEqual(['Norrbotten', '1250', '1310', '980', '1020']);
    expect(tables[0]![1]![0]).toBe('Gotland');
    expect(tables[0]![1]![1]).toBe('2040');
  });

  it('reads a single row under years counted downwards, in another wording', () => {
    const text = ['Kommunens skattesats', '', 'Kommun 2024 2023 2022 2021 2020', 'Ånge 23,25 23,25 23,00 23,00 22,80', ''].join('\n');
    expect(rowsOf(text)).toEqual([[['Ånge', '23.25', '23.25', '23', '23', '22.8']]]);
  });

  it('counts an open last year and a closing total column with the years', () => {
    expect(trailingYearRun('2021 2022 2023 2024 ≥ 2025 Totalt')).toBe(6);
    expect(trailingYearRun('År 2016 2017 2018 2019- Summa')).toBe(5);
    expect(trailingYearRun('Län 2023 2022 2021 2020 Total')).toBe(5);
    // Three years and an open fourth are four years; three years and a total are not enough.
    expect(trailingYearRun('Kommun 2019 2020 2021 ≥ 2022')).toBe(4);
    expect(trailingYearRun('Kommun 2019 2020 2021 Totalt')).toBe(0);
    // A total that is not last, or an open year that is not last, ends no run.
    expect(trailingYearRun('Region 2019 2020 2021 2022 Totalt Andel')).toBe(0);
    expect(trailingYearRun('Region 2019- 2020 2021 2022')).toBe(0);
  });

  it('reads one row without a label under years ending in an open year and a total, its digit groups a guess', () => {
    // 120 + 95 + 310 + 40 + 2 200 = 2 765 (tkr): the row read by its digit groups, each cell marked uncertain.
    const text = ['Förfallostruktur, årshyra i tkr', '', '2022 2023 2024 2025 2026- Totalt', '120 95 310 40 2 200 2 765', '', 'Text efter tabellen.', ''].join('\n');
    const doc = docOf({ file: 'y.txt', text });
    expect(doc.tables.map((t) => t.columns.map((c) => c.header.join(' / ')))).toEqual([['2022', '2023', '2024', '2025', '2026-', 'Totalt']]);
    expect(rowsOf(text)).toEqual([[['', '120000', '95000', '310000', '40000', '2200000', '2765000']]]);
  });

  it('reads one labelled row under years with an open year set apart by a mark and a sum column, in another wording', () => {
    const text = ['Avtal som löper ut (antal)', '', 'Kommun 2019 2020 2021 ≥ 2022 Summa', 'Ystad 4 6 3 11 24', '', 'Text efter tabellen.', ''].join('\n');
    const doc = docOf({ file: 'y.txt', text });
    expect(doc.tables.map((t) => t.columns.map((c) => c.header.join(' / ')))).toEqual([['2019', '2020', '2021', '≥ 2022', 'Summa']]);
    expect(rowsOf(text)).toEqual([[['Ystad', '4', '6', '3', '11', '24']]]);
  });

  it('ends the body before rows after a break too short for the years, the next table\'s', () => {
    // Rows: [line index, most values] (null: a line of words).
    const rows = (xs: [number, number | null][]) => xs.map(([at, max]) => ({ at, max }));
    // A row of six after the header, a blank line, a heading, rows of at most four values: the next table from the heading.
    expect(otherTableAt('2021 2022 2023 2024 ≥ 2025 Totalt', rows([[3, 9], [5, null], [6, 4], [7, 3]]))).toBe(1);
    // A source line and a running head with a lone number after a break: not rows of the table (the second is last).
    expect(otherTableAt('År 2018 2019 2020 2021', rows([[5, 4], [6, 4], [8, 4], [10, 2], [12, 2]]))).toBe(3);
    // A short row right under the one before (a row cut off by the copy) stays; so does one followed by a full row.
    expect(otherTableAt('Region 2019 2020 2021 2022', rows([[3, 4], [4, 1]]))).toBe(-1);
    expect(otherTableAt('Region 2019 2020 2021 2022', rows([[3, 4], [5, 2], [6, 4]]))).toBe(-1);
    // No run of years, no count to hold.
    expect(otherTableAt('tkr 2020 2019', rows([[3, 2], [5, 1], [6, 1]]))).toBe(-1);
  });

  it('takes a line of words right above the years for the caption, not a header line over them', () => {
    // 1 200 + 800 + 950 + 400 + 7 150 = 10 500.
    // Rows of two figures follow under a heading: another table's, which a header of four words would have taken in.
    const text = ['Kontrakt som löper ut', '2023 2024 2025 2026 2027- Totalt', '1 200 800 950 400 7 150 10 500', '', 'Förvaltning', 'Kontor 1 300 1 280', 'Förråd 90 85', '1 390 1 365', 'Summa förvaltning 11 890 11 565', ''].join('\n');
    const doc = docOf({ file: 'y.txt', text });
    expect(doc.tables[0]!.columns.map((c) => c.header.join(' / '))).toEqual(['2023', '2024', '2025', '2026', '2027-', 'Totalt']);
    expect(rowsOf(text)[0]).toEqual([['', '1200', '800', '950', '400', '7150', '10500']]);
    // Another wording: two lines of caption, a labelled row, the years counted downwards.
    const other = ['Bidrag per år', 'Beslutade av nämnden', 'Kommun 2024 2023 2022 2021 Summa', 'Ystad 40 35 30 25 130', ''].join('\n');
    expect(rowsOf(other)).toEqual([[['Ystad', '40', '35', '30', '25', '130']]]);
  });

  it('leaves a line of figures under three years alone', () => {
    const text = ['Utfall', '', 'Region 2020 2021 2022', 'Norrbotten 1 250 1 310 980', ''].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });
});
