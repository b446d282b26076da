import { describe, expect, it } from 'vitest';
import { repeatedYearRuns } from '../../src/layout/repeated-year-runs.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A line of words and years printed as the same run twice ("Nr. Fritidsnämnden 2023 2024 2023
 * 2024") after a table's rows heads the next table: read as a row, it joined two tables into one
 * as wide as the second, whose years became figures. Examples written here in two layouts.
 */
const tablesOf = (text: string) =>
  docOf({ file: 'case.txt', text }).tables.map((t) => [t.columns.map((c) => c.header.join(' ')), ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])]);

describe('years printed as the same run twice', () => {
  it('tells a header over groups of columns from other years', () => {
    expect(repeatedYearRuns(['2022', '2023', '2024', '2025', '2022', '2023', '2024', '2025'])).toBe(true);
    expect(repeatedYearRuns(['2018', '2017', '2018', '2017'])).toBe(true);
    expect(repeatedYearRuns(['2018', '2017', '2018', '2017', '2018', '2017'])).toBe(true);
    // One run, runs that differ, a run cut short, or figures that are no years.
    expect(repeatedYearRuns(['2021', '2022', '2023', '2024'])).toBe(false);
    expect(repeatedYearRuns(['2021', '2022', '2021', '2023'])).toBe(false);
    expect(repeatedYearRuns(['2021', '2022', '2023', '2021', '2022'])).toBe(false);
    expect(repeatedYearRuns(['2020', '2020', '2020', '2020'])).toBe(false);
    expect(repeatedYearRuns(['1500', '1501', '1500', '1501'])).toBe(false);
  });

  it('ends a single-spaced table at the next one\'s header of two year groups under their group titles, blank lines between lines', () => {
    const text = [
      'Nr. Driftramar 2024 2025 2026 2027',
      '',
      '1. Kulturnämnden 4,2 4,4 4,6 4,8',
      '',
      '2. Tekniska nämnden 12,0 12,5 13,0 13,5',
      '',
      'Summa 16,2 16,9 17,6 18,3',
      '',
      'Sammanlagt sedan 2023 Per år',
      '',
      'Nr. Fritidsnämnden 2024 2025 2026 2027 2024 2025 2026 2027',
      '',
      '1. Simhall 0,8 0,8 0,8 0,8 0,8 0,0 0,0 0,0',
      '',
      '2. Spår 0,2 0,2 0,2 0,2 0,2 0,0 0,0 0,0',
      '',
      'Summa 1,0 1,0 1,0 1,0 1,0 0,0 0,0 0,0',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      [['2024', '2025', '2026', '2027'], ['Kulturnämnden', '4.2', '4.4', '4.6', '4.8'], ['Tekniska nämnden', '12', '12.5', '13', '13.5'], ['Summa', '16.2', '16.9', '17.6', '18.3']],
      [['2024', '2025', '2026', '2027', '2024', '2025', '2026', '2027'], ['Simhall', '0.8', '0.8', '0.8', '0.8', '0.8', '0', '0', '0'], ['Spår', '0.2', '0.2', '0.2', '0.2', '0.2', '0', '0', '0'], ['Summa', '1', '1', '1', '1', '1', '0', '0', '0']],
    ]);
  });

  it('ends a table set with single spaces, no blank lines, at a header of years that go down twice', () => {
    const text = [
      'Lokaler 2022 2021',
      'Skola 310,5 322,0',
      'Vård 280,1 290,4',
      'Summa 590,6 612,4',
      'Lokaler, hyror och städning 2022 2021 2022 2021',
      'Hyror 40,0 41,5 12,0 12,5',
      'Städning 10,0 10,5 3,0 3,1',
      'Summa 50,0 52,0 15,0 15,6',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      [['2022', '2021'], ['Skola', '310.5', '322'], ['Vård', '280.1', '290.4'], ['Summa', '590.6', '612.4']],
      [['2022', '2021', '2022', '2021'], ['Hyror', '40', '41.5', '12', '12.5'], ['Städning', '10', '10.5', '3', '3.1'], ['Summa', '50', '52', '15', '15.6']],
    ]);
  });
});
