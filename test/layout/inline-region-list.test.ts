import { describe, expect, it } from 'vitest';
import { detectInlineRegionList } from '../../src/layout/inline-region-list.js';
import { isRegionLabel } from '../../src/readers/region-label.js';
import { docOf } from '../rules/rule-tester.js';

/** Region lists run on in one sentence, in wordings written for this test. */
const read = (raw: string) => detectInlineRegionList('t.txt', { raw, line: 1 }, isRegionLabel);
const texts = (raw: string) => read(raw)?.grid.rows.map((r) => r.cells.map((c) => c.text));

describe('detectInlineRegionList', () => {
  it('reads the pieces after the lead-in, with the lead-in as caption', () => {
    const found = read('Pengarna fördelas så här: Kalmar 1,2 mnkr, Gotland 0,4 mnkr (0,3 mnkr) och Halland 0,9 mnkr.');
    expect(found!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Kalmar', '1,2 mnkr', ''],
      ['Gotland', '0,4 mnkr', '0,3 mnkr'],
      ['Halland', '0,9 mnkr', ''],
    ]);
    expect(found!.grid.caption?.text).toBe('Pengarna fördelas så här:');
    expect(found!.lead?.lines[0]!.text).toBe('Pengarna fördelas så här:');
  });

  it('reads a sentence of verbs of receiving without a lead-in', () => {
    expect(texts('Region Stockholm får 400 miljoner kronor, Västra Götalandsregionen får 350 miljoner kronor och Region Skåne får 250 miljoner kronor.')).toEqual([
      ['Region Stockholm', '400 miljoner kronor'],
      ['Västra Götalandsregionen', '350 miljoner kronor'],
      ['Region Skåne', '250 miljoner kronor'],
    ]);
  });

  it('starts after the sentence before the list, which becomes its lead-in', () => {
    const total = read('Totalt fördelas 165 miljoner kronor. Region Stockholm får 44 miljoner, Region Uppsala 22 miljoner och Region Sörmland 99 miljoner kronor.');
    expect(total!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Region Stockholm', '44 miljoner'],
      ['Region Uppsala', '22 miljoner'],
      ['Region Sörmland', '99 miljoner kronor'],
    ]);
    expect(total!.lead?.lines[0]!.text).toBe('Totalt fördelas 165 miljoner kronor.');
    expect(texts('Regeringen har i dag beslutat om stödet. Gotland får 4 mnkr, Kalmar 3 mnkr, Blekinge 2 mnkr och Kronoberg 1 mnkr.')).toEqual([
      ['Gotland', '4 mnkr'],
      ['Kalmar', '3 mnkr'],
      ['Blekinge', '2 mnkr'],
      ['Kronoberg', '1 mnkr'],
    ]);
  });

  it('is checked against a total stated in the sentence before it', () => {
    const doc = docOf({ text: 'Totalt fördelas 170 miljoner kronor. Region Stockholm får 44 miljoner, Region Uppsala 22 miljoner och Region Sörmland 99 miljoner kronor.\n' });
    expect(doc.tables[0]!.rows.map((r) => r.region?.code)).toEqual(['01', '03', '04']);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Totalt fördelas 170 miljoner kronor.']);
  });

  it('leaves sentences of other things, two regions, or pieces that are no items as prose', () => {
    expect(read('Budgeten: kultur 12 miljoner, skola 30 miljoner och vård 8 miljoner.')).toBeNull();
    expect(read('Kalmar får 1,2 mnkr och Gotland 0,4 mnkr.')).toBeNull();
    expect(read('Kalmar får 1,2 mnkr, Gotland 0,4 mnkr och Halland får mer än i fjol.')).toBeNull();
  });

  it('is checked against the total its lead-in states', () => {
    const doc = docOf({ text: 'Stödet, totalt 2,6 mnkr, fördelas så här: Kalmar 1,2 mnkr, Gotland 0,4 mnkr och Halland 0,9 mnkr.\n' });
    expect(doc.tables[0]!.rows.map((r) => r.region?.code)).toEqual(['08', '09', '13']);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Stödet, totalt 2,6 mnkr, fördelas så här:']);
  });
});
