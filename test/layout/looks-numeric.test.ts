import { describe, expect, it } from 'vitest';
import { looksNumeric, splitNote } from '../../src/layout/looks-numeric.js';
import { docOf } from '../rules/rule-tester.js';

describe('a footnote letter after a value', () => {
  it('splits "12 300 a" and "45 b" into the number and the letter', () => {
    expect(splitNote('12 300 a')).toEqual({ number: '12 300', note: 'a' });
    expect(splitNote('45 b')).toEqual({ number: '45', note: 'b' });
  });

  it('leaves units, the "x" of a suppressed figure and words alone', () => {
    expect(splitNote('12 t').note).toBeNull();
    expect(splitNote('1 200 x').note).toBeNull();
    expect(splitNote('Bilaga a').note).toBeNull();
  });
});


/** Notes in parentheses after an amount with its money words, written for this test. */
describe('splitNote: a note after the amount\'s money words', () => {
  it('keeps the money words with the number and the parentheses as the note', () => {
    expect(splitNote('22,4 miljoner kronor (varav 2,1 miljoner för ambulansflyg)')).toEqual({ number: '22,4 miljoner kronor', note: '(varav 2,1 miljoner för ambulansflyg)' });
    expect(splitNote('1 450 tkr (därav 390 tkr i år)')).toEqual({ number: '1 450 tkr', note: '(därav 390 tkr i år)' });
    expect(splitNote('75 (varav 40 under 2025)')).toEqual({ number: '75', note: '(varav 40 under 2025)' });
  });
  it('takes no words but money words into the number', () => {
    expect(splitNote('22,4 personer (varav 3 barn)').note).toBeNull();
    expect(splitNote('Region Skåne (12)').note).toBeNull();
  });
});

/** Cells whose currency is written as the amount grammar reads it ("SEK", "MSEK"): written for this test. */
describe('a value cell with its currency as a code', () => {
  it('looks numeric', () => {
    expect(looksNumeric('12 300 000 SEK')).toBe(true);
    expect(looksNumeric('4,5 MSEK')).toBe(true);
    expect(looksNumeric('800 KSEK')).toBe(true);
    expect(looksNumeric('Region SEK-fonden')).toBe(false);
  });
  const rows = (text: string, file: string): string[][] =>
    docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);
  it('makes a GFM table of them, read in kronor', () => {
    const text = '| Region | Belopp |\n|---|---|\n| Region Skåne | 12 300 000 SEK |\n| Region Kalmar län | 4 100 000 SEK |\n| Summa | 16 400 000 SEK |\n';
    expect(rows(text, 't.md')).toEqual([
      ['Region Skåne', '12300000'],
      ['Region Kalmar län', '4100000'],
      ['Summa', '16400000'],
    ]);
  });
  it('makes a tab-separated table of them, scaled by the cell', () => {
    const text = 'Län\tBidrag\nUppsala län\t4,5 MSEK\nGotlands län\t0,8 MSEK\nTotalt\t5,3 MSEK\n';
    expect(rows(text, 't.txt')).toEqual([
      ['Uppsala län', '4500000'],
      ['Gotlands län', '800000'],
      ['Totalt', '5300000'],
    ]);
  });
});

/**
 * A remark in parentheses after a unit the amount grammar knows but the note pattern had left out
 * ("mkr", "MSEK", "KSEK"): written for this test, in two layouts.
 */
describe('a note after a short or coded unit', () => {
  it('keeps the unit with the number and the parentheses as the note', () => {
    expect(splitNote('14,6 mkr (inkl överskott fastigheter)')).toEqual({ number: '14,6 mkr', note: '(inkl överskott fastigheter)' });
    expect(splitNote('1 200 MSEK (prel.)')).toEqual({ number: '1 200 MSEK', note: '(prel.)' });
    expect(splitNote('800 KSEK (varav 200 KSEK i år)')).toEqual({ number: '800 KSEK', note: '(varav 200 KSEK i år)' });
    expect(splitNote('12 personer (varav 3 barn)').note).toBeNull();
  });
  const rows = (text: string, file: string): string[][] =>
    docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);
  it('reads a table pasted one cell a line with such a cell', () => {
    const text = ['Medlen fördelas så här:', '', 'Nämnd', '', 'Ram', '', 'Förslag', '', 'Tekniska nämnden', '', '3 mkr', '', '2,5 mkr', '', 'Kulturnämnden', '', '1,2 mkr', '', '4,8 mkr (inkl lokalhyra)', '', 'Valnämnden', '', '0,3 mkr', '', '0,3 mkr', '', 'Socialnämnden', '', '5 mkr', '', '6 mkr', ''].join('\n');
    expect(rows(text, 'cells.txt')).toEqual([
      ['Tekniska nämnden', '3000000', '2500000'],
      ['Kulturnämnden', '1200000', '4800000'],
      ['Valnämnden', '300000', '300000'],
      ['Socialnämnden', '5000000', '6000000'],
    ]);
  });
  it('reads a pipe table with such a cell', () => {
    const text = '| Projekt | Belopp |\n|---|---|\n| Skolgården | 2,0 MSEK |\n| Biblioteket | 1,5 MSEK (prel.) |\n| Badet | 0,5 MSEK |\n';
    expect(rows(text, 'pipe.md')).toEqual([
      ['Skolgården', '2000000'],
      ['Biblioteket', '1500000'],
      ['Badet', '500000'],
    ]);
  });
});

describe('a full stop after a cell\'s currency word', () => {
  it('reads the figure of a closing sentence taken into a list of lines, where it was an unreadable cell', () => {
    const text = 'Så här fördelas pengarna:\n\nStudieförbundet Vuxenskolan 372 600 kronor\nKulturhuset Tornet 8 930 kronor\nFöreningen Skärgårdsbåtar 5 315 000 kronor\nStadsmissionen 251 100 kronor\n\nTillsammans får mottagarna 5 947 630 kronor.\n';
    const t = docOf({ text }).tables[0]!;
    expect(t.rows.at(-1)!.label).toBe('Tillsammans får mottagarna');
    expect(t.rows.at(-1)!.cells[0]!.value?.toFixed()).toBe('5947630');
    const u = docOf({ text: 'Bidrag per förening:\n\nAlby IF 12 400 kr\nBeby IK 8 100 kr\nCeby BK 5 000 kr\n\nSammanlagt 25 500 kr.\n' }).tables[0]!;
    expect(u.rows.at(-1)!.cells[0]!.value?.toFixed()).toBe('25500');
  });

  it('still takes no prose line ending in an amount for a value cell', () => {
    expect(looksNumeric('20 000 000 kronor.')).toBe(false);
  });
});
