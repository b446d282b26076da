import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { captionBeforeTitles } from '../../src/layout/caption-before-titles.js';
import { docOf } from '../rules/rule-tester.js';

/** A numbered caption and the column titles on one single-spaced line. Examples written for this test. */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' '));

describe('captionBeforeTitles', () => {
  it('finds where the titles begin after the unit that closes a numbered caption', () => {
    const line = 'Tabell 7 Medel 2023, tkr Beviljat Utbetalt';
    expect(captionBeforeTitles(line)).toBe(line.indexOf('Beviljat'));
    const years = 'Tab. 2: Bidrag per län (mnkr) 2022 2023';
    expect(captionBeforeTitles(years)).toBe(years.indexOf('2022'));
  });

  it('leaves a line without a number, without a unit before the titles, or without titles', () => {
    expect(captionBeforeTitles('Bidrag 2023, tkr Beviljat Utbetalt')).toBe(-1);
    expect(captionBeforeTitles('Tabell 7 Medel per område Beviljat Utbetalt')).toBe(-1);
    expect(captionBeforeTitles('Tabell 7 Medel per område, tkr')).toBe(-1);
    expect(captionBeforeTitles('Tabell 7 Medel, tkr fördelade per län')).toBe(-1);
  });
});

describe('a numbered caption naming a year, closed by its unit, before the titles', () => {
  it('reads two columns under the titles, not the caption\'s year as a third', () => {
    const [t] = tablesOf([
      'Tabell 6 Stöd till föreningar 2023, tkr Beviljat Utbetalt',
      'Idrott 18 000 17 500',
      'Kultur 6 000 6 300',
      'Summa 24 000 23 800',
    ]);
    expect(t!.caption).toBe('Tabell 6 Stöd till föreningar 2023, tkr');
    expect(headersOf(t!)).toEqual(['Beviljat', 'Utbetalt']);
    expect(rowsOf(t!)).toEqual([
      ['Idrott', '18000000', '17500000'],
      ['Kultur', '6000000', '6300000'],
      ['Summa', '24000000', '23800000'],
    ]);
  });

  it('reads three titles after "(mnkr)" with decimals and a negative difference', () => {
    const [t] = tablesOf([
      'Tab. 3 Kostnader per förvaltning 2024 (mnkr) Budget Prognos Avvikelse',
      'Sjukhusen 310,0 318,5 -8,5',
      'Primärvården 140,0 137,0 3,0',
      'Totalt 450,0 455,5 -5,5',
    ]);
    expect(t!.caption).toBe('Tab. 3 Kostnader per förvaltning 2024 (mnkr)');
    expect(headersOf(t!)).toEqual(['Budget', 'Prognos', 'Avvikelse']);
    expect(rowsOf(t!)[2]).toEqual(['Totalt', '450000000', '455500000', '-5500000']);
  });

  it('gives the caption to the table, not to the label column, over years', () => {
    const [t] = tablesOf([
      'Tabell 1 Intäkter per slag, mnkr 2022 2023 2024',
      'Skatter 9 100 9 450 9 800',
      'Bidrag 2 300 2 350 2 420',
      'Summa 11 400 11 800 12 220',
    ]);
    expect(t!.caption).toBe('Tabell 1 Intäkter per slag, mnkr');
    expect(headersOf(t!)).toEqual(['2022', '2023', '2024']);
    expect(rowsOf(t!)[0]).toEqual(['Skatter', '9100000000', '9450000000', '9800000000']);
  });
});
