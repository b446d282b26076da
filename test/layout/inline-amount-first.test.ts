import { describe, expect, it } from 'vitest';
import { readAmountFirstItems } from '../../src/layout/inline-amount-first.js';
import { docOf } from '../rules/rule-tester.js';

/** Items run on in one sentence, each the amount first and then what it goes to, in wordings written for this test. */
const rows = (text: string) => docOf({ text }).tables.map((t) => t.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed(), r.cells[0]!.readBy]));

describe('readAmountFirstItems', () => {
  it('parts the items where a separator stands right before a figure, so names may hold "och"', () => {
    const raw = 'Så här: 1,2 mnkr till Folkets Hus och Parker, 800 000 kronor till Scoutkåren och 3 mnkr till Bygdegården.';
    const from = raw.indexOf(': ') + 2;
    const items = readAmountFirstItems(raw, from)!;
    expect(items.map((x) => [raw.slice(...x.label), raw.slice(...x.figures[0]!)])).toEqual([
      ['Folkets Hus och Parker', '1,2 mnkr'],
      ['Scoutkåren', '800 000 kronor'],
      ['Bygdegården', '3 mnkr'],
    ]);
  });

  it('reads no items when a piece is no amount of money first', () => {
    const raw = 'Utfallet: 40 procent till skolan, 35 procent till vården och 25 procent till omsorgen.';
    expect(readAmountFirstItems(raw, raw.indexOf(': ') + 2)).toBeNull();
    const bare = 'Platser: 30 till skolan, 12 till vården och 8 till omsorgen.';
    expect(readAmountFirstItems(bare, bare.indexOf(': ') + 2)).toBeNull();
  });
});

describe('amount-first items after a colon', () => {
  it('reads them as a list table, its figures read spaced so a sum over them warns', () => {
    expect(rows('Fördelningen ser ut så här: 72 117 tusen kronor till Kulturhuset, 17 803 tusen kronor till Folkets Hus och Parker och 8 833 tusen kronor till Länsmuseet.')).toEqual([
      [
        ['Kulturhuset', '72117000', 'spaced'],
        ['Folkets Hus och Parker', '17803000', 'spaced'],
        ['Länsmuseet', '8833000', 'spaced'],
      ],
    ]);
    expect(rows('Nämnden beslutade: 2,5 miljoner kronor går till Region Skåne; 1,1 miljoner kronor går till Region Halland; 0,4 miljoner kronor går till Region Blekinge.')).toEqual([
      [
        ['Region Skåne', '2500000', 'spaced'],
        ['Region Halland', '1100000', 'spaced'],
        ['Region Blekinge', '400000', 'spaced'],
      ],
    ]);
  });

  it('reads two items when the lead before the colon names the money they share', () => {
    expect(rows('Totalt fördelas 6 499 miljoner kronor enligt följande: 3 785 miljoner kronor till Länsmuseet och 2 714 miljoner kronor till Konsthallen.')).toEqual([
      [
        ['Länsmuseet', '3785000000', 'spaced'],
        ['Konsthallen', '2714000000', 'spaced'],
      ],
    ]);
    expect(rows('Medlen, totalt 10,7 miljoner kronor, fördelas så här: Region Gävleborg, 6,8 miljoner kronor och Region Dalarna, 3,9 miljoner kronor.')).toEqual([
      [
        ['Region Gävleborg', '6800000', 'spaced'],
        ['Region Dalarna', '3900000', 'spaced'],
      ],
    ]);
  });

  it('leaves two items to the prose rules when the lead names money without calling it the whole', () => {
    // The lead may speak of more than the two; text/sum reads them with that doubt (counted-inline.ts).
    expect(docOf({ text: 'Länsstyrelsen har beviljat 50 miljoner kronor till två kommuner: 30 miljoner kronor går till Ekby och 15 miljoner kronor till Granby.' }).tables).toHaveLength(0);
  });

  it('leaves a sentence whose pieces are not all such items as prose', () => {
    expect(docOf({ text: 'Fördelningen: 2 miljoner kronor till skolan, vården får resten och 1 miljon kronor till omsorgen.' }).tables).toHaveLength(0);
    expect(docOf({ text: 'Fördelningen: 2 miljoner kronor till skolan och 1 miljon kronor till omsorgen.' }).tables).toHaveLength(0);
  });
});
