import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { readText } from '../../src/readers/text.js';

/**
 * A county column printed after the figures ("Bibliotek | 2020 | 2019 | Län"): the row's county,
 * not a part of its name. Wordings written for this test.
 */
const md = [
  '| Bibliotek | Lån 2020 | Lån 2019 | Län |',
  '|---|---|---|---|',
  '| Stadsbiblioteket | 41 200 | 39 800 | Uppsala |',
  '| Hamnbiblioteket 2 | 12 050 | 13 400 | Kalmar län |',
  '| Summa | 53 250 | 53 200 | |',
  '',
].join('\n');
const tab = ['Anläggning\tBesök\tLän', 'Simhallen\t88 100\tHallands', 'Ishallen\t20 340\tJönköpings', 'Totalt\t108 440\t', ''].join('\n');

describe('a county column after the value columns', () => {
  it('gives the row its county and leaves its name alone, in a Markdown table', () => {
    const rows = buildDocument(readMarkdown('a.md', md)).tables[0]!.rows;
    expect(rows.map((r) => r.label)).toEqual(['Stadsbiblioteket', 'Hamnbiblioteket 2', 'Summa']);
    expect(rows.map((r) => r.county?.code ?? null)).toEqual(['03', '08', null]);
    expect(rows.map((r) => r.region)).toEqual([null, null, null]);
    expect(rows.map((r) => r.cells[1]!.value?.toFixed())).toEqual(['39800', '13400', '53200']);
  });

  it('does so in a tab-separated table', () => {
    const rows = buildDocument(readText('b.txt', tab)).tables[0]!.rows;
    expect(rows.map((r) => r.label)).toEqual(['Simhallen', 'Ishallen', 'Totalt']);
    expect(rows.map((r) => r.county?.code ?? null)).toEqual(['13', '06', null]);
  });

  it('keeps a column that names something else than counties in the label', () => {
    const other = tab.replace('Hallands', 'Halmstad kommun');
    const rows = buildDocument(readText('b.txt', other)).tables[0]!.rows;
    expect(rows.map((r) => r.label)).toEqual(['Simhallen | Halmstad kommun', 'Ishallen | Jönköpings', 'Totalt']);
    expect(rows.map((r) => r.county ?? null)).toEqual([null, null, null]);
  });
});
