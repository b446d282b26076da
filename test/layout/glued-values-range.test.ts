import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A label that ends in a range ("Åk 1–6") opening a table pasted one cell a line; figures written here. */
const read = (text: string): (string | null)[][] => docOf({ text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a range at the end of the first row\'s label', () => {
  it('stays in the label: no glued figures "1" and "–6" (one cell a line)', () => {
    const text = 'Elever per stadium\n\nStadium\nFlickor\nPojkar\nÅk 1–6\n432\n363\nÅk 7–9\n210\n190\nGymnasiet 16–19\n300\n280\nSumma\n942\n833\n';
    expect(read(text)).toEqual([
      ['Åk 1–6', '432', '363'],
      ['Åk 7–9', '210', '190'],
      ['Gymnasiet 16–19', '300', '280'],
      ['Summa', '942', '833'],
    ]);
  });

  it('stays in the label: sizes of firms, amounts in tkr', () => {
    const text = 'Stöd per storleksklass, tkr\n\nAnställda\nPlan\nUtfall\nFöretag med 1–9\n1 200\n1 150\nFöretag med 10–49\n900\n950\nFöretag med 50–249\n400\n380\nTotalt\n2 500\n2 480\n';
    expect(read(text)).toEqual([
      ['Företag med 1–9', '1200000', '1150000'],
      ['Företag med 10–49', '900000', '950000'],
      ['Företag med 50–249', '400000', '380000'],
      ['Totalt', '2500000', '2480000'],
    ]);
  });
});
