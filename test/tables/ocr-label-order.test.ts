import { describe, expect, it } from 'vitest';
import { cell, row } from '../../src/layout/pdf/grid-parts.js';
import { readOcrLabels } from '../../src/tables/ocr-labels.js';
import type { Grid } from '../../src/layout/types.js';

/** Scanned region tables whose one label OCR could not read, written for this test. */
function scanned(body: string[][]): Grid {
  const mk = (texts: string[], h: boolean) => row('x.pdf', 1, texts.map((t) => ({ ...cell('x.pdf', 1, t, [], h), readBy: 'ocr' as const })), []);
  return { kind: 'grid', source: 'pdf', caption: null, rows: [mk(['Län', 'Bidrag'], true), ...body.map((b) => mk(b, false))] };
}
const labels = (g: Grid) => g.rows.slice(1).map((r) => r.cells[0]!.text);
const doubts = (g: Grid) => g.rows.slice(1).map((r) => r.cells[0]!.uncertain ?? null);

const ALL = [
  'Stockholm', 'Uppsala', 'Sörmland', 'Östergötland', 'Jönköping', 'Kronoberg', 'Kalmar', 'Gotland', 'Blekinge', 'Skåne',
  'Halland', 'Västra Götaland', 'Värmland', 'Örebro', 'Västmanland', 'Dalarna', 'Gävleborg', 'Västernorrland',
  'Jämtland Härjedalen', 'Västerbotten', 'Norrbotten',
];

describe('a region label OCR could not read, named by its place in a table in code order', () => {
  it('is the one region missing between its neighbours, in a table of a few regions', () => {
    const g = readOcrLabels(scanned([['Stockholm', '593 678'], ['Skåne', '54 513'], ['Halland', '368 315'], ['SER a', '1 009 960'], ['Värmland', '987 225'], ['Örebro', '122 432'], ['Summa', '3 136 123']]));
    expect(labels(g)).toEqual(['Stockholm', 'Skåne', 'Halland', 'Västra Götalandsregionen', 'Värmland', 'Örebro', 'Summa']);
    expect(doubts(g)[3]).toBe('SER a');
  });

  it('is the one region missing from a table of all the others, even as the first row', () => {
    const rows = ALL.map((n) => [n, '100']);
    rows[0] = ['va', '100'];
    const g = readOcrLabels(scanned([...rows, ['Totalt', '2 100']]));
    expect(labels(g)[0]).toBe('Region Stockholm');
    expect(doubts(g)[0]).toBe('va');
  });

  it('stays as read when two regions are missing where it stands, or two rows have no name there', () => {
    const two = readOcrLabels(scanned([['Stockholm', '1'], ['Uppsala', '2'], ['Kronoberg', '3'], ['va', '4'], ['Skåne', '5'], ['Halland', '6']]));
    expect(labels(two)[3]).toBe('va');
    const pair = readOcrLabels(scanned([['Stockholm', '1'], ['Uppsala', '2'], ['Kronoberg', '3'], ['Kalmar', '4'], ['Halland', '5'], ['va', '6'], ['SER a', '7'], ['Värmland', '8']]));
    expect(labels(pair).slice(5, 7)).toEqual(['va', 'SER a']);
  });

  it('stays as read when the regions are not in code order, or the row stands after the last region of a partial table', () => {
    const alphabetical = readOcrLabels(scanned([['Blekinge', '1'], ['Dalarna', '2'], ['Gotland', '3'], ['va', '4'], ['Halland', '5'], ['Kalmar', '6']]));
    expect(labels(alphabetical)[3]).toBe('va');
    const partial = readOcrLabels(scanned([['Stockholm', '1'], ['Uppsala', '2'], ['Kalmar', '3'], ['Skåne', '4'], ['Västerbotten', '5'], ['Ej for', '6']]));
    expect(labels(partial)[5]).toBe('Ej for');
  });
});
