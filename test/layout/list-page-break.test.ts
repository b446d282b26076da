import { describe, expect, it } from 'vitest';
import { isPageMarker, skipPageFurniture } from '../../src/layout/list-page-break.js';
import type { SourceLine } from '../../src/layout/source-line.js';

/** Page breaks inside lists, in page-number styles and running heads written for this test. */
const lines = (text: string): SourceLine[] => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const item = (raw: string): boolean => /\d+,\d/.test(raw) && /^[A-ZÅÄÖ]/.test(raw.trim());

describe('isPageMarker', () => {
  it('knows page numbers in several styles and a form feed', () => {
    for (const raw of ['12', 'Sida 3 av 7', 'sid. 4', '- 4 -', '3 (7)', '3/7', '\f', '\f5']) expect(isPageMarker(raw), raw).toBe(true);
  });
  it('takes no figure with words, no amount and no year range for a page number', () => {
    for (const raw of ['Region Skåne 45,6', '12,5', '1 250', 'Sida ett', '2024–2025 sida']) expect(isPageMarker(raw), raw).toBe(false);
  });
});

describe('skipPageFurniture', () => {
  it('steps over a page number, a form feed and a running head to the next item', () => {
    const ls = lines('\nSida 3 av 7\n\f\nPromemoria 2025-03-14\n\nRegion Gotland 4,5');
    expect(skipPageFurniture(ls, 0, item)).toBe(5);
  });
  it('steps over a bare page number under the running head of the next page', () => {
    const ls = lines('14\nBudgetunderlag för 2026\nKalmar 1,5');
    expect(skipPageFurniture(ls, 0, item)).toBe(2);
  });
  it('needs a page marker: a sentence or a heading between items is no page break', () => {
    expect(skipPageFurniture(lines('Fördelningen i övrigt\n\nKalmar 1,5'), 0, item)).toBeNull();
    expect(skipPageFurniture(lines('Övriga regioner får inget i år.\nKalmar 1,5'), 0, item)).toBeNull();
  });
  it('gives up when no item follows the furniture', () => {
    expect(skipPageFurniture(lines('12\n\fRubrik\nText om annat.\nMer text om annat här.'), 0, item)).toBeNull();
  });
});
