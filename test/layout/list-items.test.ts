import { describe, expect, it } from 'vitest';
import { endsInSeparatedFigure } from '../../src/layout/list-items.js';
import { linesToBlocks } from '../../src/layout/text-blocks.js';

/** Numbered items that end in a bare figure after a separator, written for this test. */
describe('endsInSeparatedFigure', () => {
  it('finds a bare figure after a colon or a dash', () => {
    for (const raw of ['2) Utbildning – 36', '3. Forskning: 20', '1. Drift och underhåll: 1 250,5', '4) Lokaler — 300']) expect(endsInSeparatedFigure(raw), raw).toBe(true);
  });
  it('finds a bare figure after a comma and a space, which a decimal comma never has', () => {
    for (const raw of ['12. Hembygdsförbundet, 34 775', '3) Konstföreningen, 2 045,5']) expect(endsInSeparatedFigure(raw), raw).toBe(true);
    for (const raw of ['1 Räntor 12,5', '2. Stockholm, Solna 12 000', '3. Kostnaden 1,250']) expect(endsInSeparatedFigure(raw), raw).toBe(false);
  });
  it('finds one whose groups are set off by dots, maybe before a full stop', () => {
    for (const raw of ['2. Schackklubben – 11.000', '3) Musikkåren: 1.126.040.']) expect(endsInSeparatedFigure(raw), raw).toBe(true);
    for (const raw of ['2. Räntan: 3.5', '4. Avsnitt: 4.50']) expect(endsInSeparatedFigure(raw), raw).toBe(false);
  });
  it('leaves a figure after words alone, words after the figure, and a year', () => {
    for (const raw of ['1 Rikets styrelse 10 676', '2. Utbildning: 36 personer', '3) Etapp 2024–2025', '1. Mål: 2030']) expect(endsInSeparatedFigure(raw), raw).toBe(false);
  });
  it('makes such numbered lines list items under their lead-in', () => {
    const blocks = linesToBlocks('t.txt', ['Medlen fördelas så här (tkr):', '', '1) Drift – 40', '2) Skola – 36', '3) Vård – 20'].map((raw, i) => ({ raw, line: i + 1 })), {});
    // The lead-in states the unit, so the bare figures are amounts too: a list table before the items (item-amount-list.ts).
    const commas = linesToBlocks('t.txt', ['Bidragen per förening, tkr:', '', '9. Ridklubben, 1 250', '10. IK Sälen, 830', '11. Konstföreningen, 2 045,5'].map((raw, i) => ({ raw, line: i + 1 })), {});
    expect(commas.map((b) => (b.kind === 'text' ? b.role : b.kind))).toEqual(['paragraph', 'grid', 'list-item', 'list-item', 'list-item']);
    expect(blocks.map((b) => (b.kind === 'text' ? b.role : b.kind))).toEqual(['paragraph', 'grid', 'list-item', 'list-item', 'list-item']);
  });
});
