import { describe, expect, it } from 'vitest';
import { furnitureOf, removeFurniture } from '../../../src/layout/pdf/furniture.js';
import type { PageData, PdfLine } from '../../../src/layout/pdf/types.js';

/** A line at `baseline` on `page` (A4, 842 high: the bands are above 757.8 and below 84.2). */
function line(page: number, baseline: number, text: string): PdfLine {
  const box = { x: 72, y: baseline - 2, width: 6 * text.length, height: 10 };
  return { page, text, baseline, box, size: 10, segments: [{ text, box, size: 10, parts: [{ text, box }] }] };
}
function pages(...perPage: [number, string][][]): PageData[] {
  return perPage.map((ls, k) => ({ page: k + 1, view: [0, 0, 595, 842], empty: false, lines: ls.map(([b, t]) => line(k + 1, b, t)) }));
}
const dropped = (ps: PageData[]) => furnitureOf(ps).map((l) => `${l.page}:${l.text}`).sort();

describe('page furniture: repeated identically, or differing only in the page number', () => {
  it('"3 (12)" footers and a running head', () => {
    const ps = pages(
      [[800, 'Socialdepartementet'], [400, 'Brödtext'], [60, '1 (3)']],
      [[800, 'Socialdepartementet'], [400, 'Mer text'], [60, '2 (3)']],
      [[800, 'Socialdepartementet'], [60, '3 (3)']],
    );
    expect(dropped(ps)).toEqual(['1:1 (3)', '1:Socialdepartementet', '2:2 (3)', '2:Socialdepartementet', '3:3 (3)', '3:Socialdepartementet']);
    expect(removeFurniture(ps).map((ls) => ls.map((l) => l.text))).toEqual([['Brödtext'], ['Mer text'], []]);
  });

  it('"Sida 3 av 12" with a document number, numbered from a cover page (page 2 prints "Sida 1")', () => {
    const ps = pages(
      [[400, 'Omslag']],
      [[780, 'Dnr S2024/01234 · Sida 1 av 2'], [400, 'Text']],
      [[780, 'Dnr S2024/01234 · Sida 2 av 2'], [400, 'Text']],
    );
    expect(dropped(ps)).toEqual(['2:Dnr S2024/01234 · Sida 1 av 2', '3:Dnr S2024/01234 · Sida 2 av 2']);
  });

  it('a bare page number alone at the foot of each page', () => {
    const ps = pages([[40, '1']], [[40, '2']], [[40, '3']]);
    expect(dropped(ps)).toEqual(['1:1', '2:2', '3:3']);
  });
});

describe('lines that recur with other numbers are kept', () => {
  it('a total at the foot of each page, different on each', () => {
    const ps = pages([[60, 'Summa 1 234 567']], [[60, 'Summa 2 345 678']]);
    expect(dropped(ps)).toEqual([]);
  });

  it('a footer whose number does not move with the page, or where two numbers change', () => {
    const ps = pages([[60, 'Utbetalas 2024-03-01']], [[60, 'Utbetalas 2024-05-01']], [[60, 'Rad 7 av 9']], [[60, 'Rad 8 av 10']]);
    expect(dropped(ps)).toEqual([]);
  });

  it('the same text in the body of two pages (outside the bands), or in a band at another place', () => {
    const ps = pages([[400, 'Regeringen beslutar'], [800, 'Bilaga']], [[400, 'Regeringen beslutar'], [770, 'Bilaga']]);
    expect(dropped(ps)).toEqual([]);
  });

  it('one page: only its own page number goes', () => {
    expect(dropped(pages([[60, '1 (1)'], [30, '7'], [800, 'Socialdepartementet']]))).toEqual(['1:1 (1)']);
  });
});
