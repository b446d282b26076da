import { describe, expect, it } from 'vitest';
import { withoutPageFurniture } from '../../src/layout/page-furniture.js';
import { docOf } from '../rules/rule-tester.js';

/** Tables that run over a page break as pdftotext prints it; figures written here, sums checked by hand. */
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const kept = (text: string): string[] => withoutPageFurniture(src(text)).map((l) => l.raw);

describe('page furniture around a form feed', () => {
  it('drops the page number and the running head that repeats, and joins the lines set close', () => {
    const text = ['Rapport 2025', '', 'Län        Belopp', 'Uppsala      100', '', '          3', '\fRapport 2025', '', 'Gotland       50', 'Summa        150'].join('\n');
    expect(kept(text)).toEqual(['Rapport 2025', '', 'Län        Belopp', 'Uppsala      100', 'Gotland       50', 'Summa        150']);
  });

  it('keeps one blank line where cells are set apart by blank lines, and reads "Sida 4 av 9"', () => {
    const text = ['Län', '', 'Belopp', '', 'Uppsala', '', '100', '', 'Sida 4 av 9', '\fLän', '', 'Gotland', '', '50'].join('\n');
    // "Län" opens pages 1 and 2 alike: printed again on page 2, it goes there.
    expect(kept(text)).toEqual(['Län', '', 'Belopp', '', 'Uppsala', '', '100', '', 'Gotland', '', '50']);
  });

  it('keeps a figure at the margin before the break and a first line no other page repeats', () => {
    const text = ['Län', 'Belopp', 'Uppsala', '100', '\fGotland', '50'].join('\n');
    expect(kept(text)).toEqual(['Län', 'Belopp', 'Uppsala', '100', 'Gotland', '50']);
  });

  it('reads a spaced table over the break as one table with all its rows', () => {
    const text = [
      'Bidrag 2025',
      '',
      'Tabell 3. Bidrag per län, tusental kronor',
      '',
      'Län                  Bidrag',
      'Skåne län             4 200',
      'Blekinge län          1 300',
      '',
      '                          12',
      '\fBidrag 2025',
      '',
      'Kronobergs län        2 500',
      'Summa                 8 000',
    ].join('\n');
    const tables = docOf({ text }).tables;
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Skåne län', '4200000'],
      ['Blekinge län', '1300000'],
      ['Kronobergs län', '2500000'],
      ['Summa', '8000000'],
    ]);
  });

  it('drops a running head printed once, on a line of its own after the form feed, between rows of one table', () => {
    const regions = ['Region A             12,3', 'Region B              4,5 (varav 1,0 för drift)', '', 'Sida 3 av 7', '\f', 'Promemoria 2025-03-14', '', 'Region C              8,0', 'Totalt               24,8'].join('\n');
    expect(kept(regions)).toEqual(['Region A             12,3', 'Region B              4,5 (varav 1,0 för drift)', 'Region C              8,0', 'Totalt               24,8']);
    const towns = ['Ale kommun        100', 'Lerum kommun      200', '', '- 4 -', '\f', 'Årsrapport', '', 'Alingsås kommun   300', 'Summa             600'].join('\n');
    expect(kept(towns)).toEqual(['Ale kommun        100', 'Lerum kommun      200', 'Alingsås kommun   300', 'Summa             600']);
  });

  it('keeps a first line after the break that stands between prose, not rows', () => {
    const text = ['Medlen fördelas enligt beslutet.', '', 'Sida 3 av 7', '\f', 'Bilaga 2', '', 'Region C              8,0'].join('\n');
    expect(kept(text)).toContain('Bilaga 2');
  });
});
