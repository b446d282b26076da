import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { readHtml } from '../../src/readers/html.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { readText } from '../../src/readers/text.js';
import type { Layout } from '../../src/layout/types.js';

/**
 * Region names broken at a hyphen over two lines of a table, in every layout a page is pasted in.
 * Wordings and figures written for this test.
 */
const LABELS = ['Östergötlands län', 'Norrbottens län', 'Region Västerbotten', 'Totalt'];
const CODES = ['05', '25', '24', null];
const BELOPP = ['2 450 000', '310 500', '1 020 000', '3 780 500'];
const ANTAL = ['7', '1', '3', '11'];

function expectRead(layout: Layout): void {
  const rows = buildDocument(layout).tables[0]!.rows;
  expect(rows.map((r) => r.label)).toEqual(LABELS);
  expect(rows.map((r) => r.region?.code ?? null)).toEqual(CODES);
  expect(rows.map((r) => r.cells.map((c) => c.value?.toFixed() ?? null))).toEqual(ANTAL.map((a, i) => [a, BELOPP[i]!.replace(/ /g, '')]));
}

describe('a region name broken at a hyphen over two lines', () => {
  it('is one label in a tab-separated table, the words on a row of their own', () => {
    const text = ['Beviljade bidrag per län (kronor)', '', 'Län\tAntal\tBelopp', 'Öster-\t\t', 'götlands län\t7\t2 450 000', 'Norr-\t\t', 'bottens län\t1\t310 500', 'Region Väster-\t\t', 'botten\t3\t1 020 000', 'Totalt\t11\t3 780 500', ''].join('\n');
    expectRead(readText('a.txt', text));
  });

  it('is one label in columns aligned by spaces, the rest of the name under the figures', () => {
    const text = [
      'Beviljade bidrag per län (kronor)',
      '',
      'Län                Antal      Belopp',
      'Öster-                 7   2 450 000',
      'götlands län',
      'Norr-                  1     310 500',
      'bottens län',
      'Region Väster-         3   1 020 000',
      'botten',
      'Totalt                11   3 780 500',
      '',
    ].join('\n');
    expectRead(readText('b.txt', text));
  });

  it('is one label in a GFM table, split over two pipe rows or broken by <br>', () => {
    const rows = ['| Län | Antal | Belopp |', '|---|---:|---:|', '| Öster- | | |', '| götlands län | 7 | 2 450 000 |', '| Norr-<br>bottens län | 1 | 310 500 |', '| Region Väster-<br>botten | 3 | 1 020 000 |', '| Totalt | 11 | 3 780 500 |'];
    expectRead(readMarkdown('c.md', ['Beviljade bidrag per län (kronor)', '', ...rows, ''].join('\n')));
  });

  it('is one label in an HTML table broken by <br>', () => {
    const tr = (a: string, b: string, c: string): string => `<tr><td>${a}</td><td>${b}</td><td>${c}</td></tr>`;
    const html = `<html><body><p>Beviljade bidrag per län (kronor)</p><table><tr><th>Län</th><th>Antal</th><th>Belopp</th></tr>${tr('Öster-<br>götlands län', '7', '2 450 000')}${tr('Norr-<br>bottens län', '1', '310 500')}${tr('Region Väster-<br>botten', '3', '1 020 000')}${tr('Totalt', '11', '3 780 500')}</table></body></html>`;
    expectRead(readHtml('d.html', html));
  });

  it('is one cell in a table pasted one cell a line', () => {
    const cells = ['Län', 'Antal', 'Belopp', 'Öster-', 'götlands län', '7', '2 450 000', 'Norr-', 'bottens län', '1', '310 500', 'Region Väster-', 'botten', '3', '1 020 000', 'Totalt', '11', '3 780 500'];
    expectRead(readText('e.txt', ['Beviljade bidrag per län (kronor)', '', ...cells, ''].join('\n')));
  });

  it('keeps a hyphen that is no break and words that open no name', () => {
    const text = ['Bidrag (kronor)', '', 'Post\tBelopp', 'Driftbidrag\t20 000', 'EU-\t', 'projekt\t40 000', 'Stats-\t', 'och kommunbidrag\t60 000', 'Summa\t120 000', ''].join('\n');
    const rows = buildDocument(readText('f.txt', text)).tables[0]!.rows;
    expect(rows.map((r) => r.label)).toEqual(['Driftbidrag', 'EU-projekt', 'Stats- och kommunbidrag', 'Summa']);
    expect(rows.map((r) => r.cells[0]!.value?.toFixed() ?? null)).toEqual(['20000', '40000', '60000', '120000']);
  });
});
