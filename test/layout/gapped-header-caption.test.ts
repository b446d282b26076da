import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A title ending in a year, a caption and a header of cells above a table are no header of titles with blank lines between. */
describe('a caption between paragraphs above a spaced table', () => {
  it.each([
    ['a running head and "Tabell 13."', 'Bidrag och fördelning 2025\n\nTabell 13. Ersättning per län\n\n'],
    ['a report title and "Tab. 2"', 'Årsrapport 2024\n\nTab. 2 Ersättning per län\n\n'],
  ])('keeps %s out of the header', (_name, above) => {
    const text = above + 'Tkr                  Ersättning\nVästerbottens län         1 500\nNorrbottens län           2 250\nJämtlands län               750\nTotalt                    4 500\n';
    const [t] = docOf({ text }).tables;
    expect(t!.columns.map((c) => [c.header.join(' '), c.scale])).toEqual([['Ersättning', 1000]]);
    expect(t!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Västerbottens län', '1500000'],
      ['Norrbottens län', '2250000'],
      ['Jämtlands län', '750000'],
      ['Totalt', '4500000'],
    ]);
  });
});
