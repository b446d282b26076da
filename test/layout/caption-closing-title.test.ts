import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A fact page copied as text runs its explanation, link words and the table's title line into
 * one block without blank lines; the block is too long to be a caption, but its last line, the
 * title, still gives the table's unit (captions.ts, closingTitleUnit). Pages written for this test.
 */
const EXPLANATION =
  'Om statistiken: uppgifterna samlas in varje år från länsstyrelserna och sammanställs av myndigheten. ' +
  'Beloppen avser beviljade medel under kalenderåret och omfattar både nya beslut och ändrade beslut om tidigare beviljade medel. ' +
  'Ett län kan ha fått medel som betalas ut först under följande år, och utbetalningarna redovisas därför i en egen serie. ' +
  'Uppgifterna för det senaste året är preliminära och kan komma att justeras när bokslutet är klart. ' +
  'Jämförelser mellan länen bör göras med försiktighet eftersom stödets inriktning skiljer sig åt mellan länen och mellan åren.';

const table = (file: string, text: string) => docOf({ file, text }).tables[0]!;
const values = (file: string, text: string) => table(file, text).rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('the unit on the title line that closes a long block above a table', () => {
  it('scales an aligned table by "…, tkr" on the last line of the block', () => {
    const text = `Senast ändrad 2022-03-01\nOm statistiken\n${EXPLANATION}\nLadda ner\nDiagram\nBeviljat stöd per län 2021, tkr\n\nLän                 Bidrag      Lån\nBlekinge län         1 250      300\nGotlands län           400       50\nHallands län         2 075      125\n`;
    expect(values('a.txt', text)).toEqual([
      ['Blekinge län', '1250000', '300000'],
      ['Gotlands län', '400000', '50000'],
      ['Hallands län', '2075000', '125000'],
    ]);
  });

  it('scales a Markdown table by a unit line of its own ("Belopp i miljoner kronor")', () => {
    const text = `${EXPLANATION}\nSkriv ut\nBelopp i miljoner kronor\n\n| Region | 2020 | 2021 |\n|---|---|---|\n| Region Kronoberg | 12,5 | 13,0 |\n| Region Kalmar län | 20,1 | 19,4 |\n`;
    expect(values('b.md', text)).toEqual([
      ['Region Kronoberg', '12500000', '13000000'],
      ['Region Kalmar län', '20100000', '19400000'],
    ]);
  });

  it('gives the unit per head of a title line "… 2019. Kronor per invånare" without scaling', () => {
    const text = `${EXPLANATION}\nDiagram tidsserie\nKostnader per region 2019. Kronor per invånare\n\nRegion       Vård    Övrigt    Totalt\nUppsala     1 200       300     1 500\nKronoberg     900       100     1 000\nGotland       700       200       900\n`;
    const t = table('c.txt', text);
    expect(t.columns.map((c) => c.unit)).toEqual(['SEK', 'SEK', 'SEK']);
    expect(t.rows.map((r) => r.cells.map((c) => c.value?.toFixed()))).toEqual([
      ['1200', '300', '1500'],
      ['900', '100', '1000'],
      ['700', '200', '900'],
    ]);
  });

  it('takes no unit from the tail of wrapped prose', () => {
    const wrapped = EXPLANATION.replace(/(.{60,70}?) /g, '$1\n');
    const text = `${wrapped} Anslaget minskade med flera\nmiljoner kronor\n\nLän                 Bidrag      Lån\nBlekinge län         1 250      300\nGotlands län           400       50\nHallands län         2 075      125\n`;
    expect(values('d.txt', text)[0]).toEqual(['Blekinge län', '1250', '300']);
  });
});
