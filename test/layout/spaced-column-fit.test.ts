import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Columns set apart by single spaces, where digit groups and cells look alike: "412 388" may be
 * one value (412 388) or two (412 | 388). A row that reads as fewer values, alike in size among
 * themselves, is still read in full when the full reading fits the sizes of the columns above and
 * below it better: small results beside large costs are two small values, not one large one.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a single-spaced row read in full where its columns say so', () => {
  it('reads "412 388" under results of three and four digits as two results', () => {
    const text = 'Kostnader och resultat, tkr\n\nKommun Kostnader 2021 Kostnader 2022 Resultat 2021 Resultat 2022\nAle 31 402 30 950 412 388\nBorås 98 540 97 120 1 204 1 150\nMark 30 120 29 870 233 241\nTranemo 10 250 10 110 64 71\nVårgårda 11 630 11 400 150 139\nHerrljunga 9 870 9 650 118 127\n';
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Ale', '31402000', '30950000', '412000', '388000'],
      ['Borås', '98540000', '97120000', '1204000', '1150000'],
      ['Mark', '30120000', '29870000', '233000', '241000'],
      ['Tranemo', '10250000', '10110000', '64000', '71000'],
      ['Vårgårda', '11630000', '11400000', '150000', '139000'],
      ['Herrljunga', '9870000', '9650000', '118000', '127000'],
    ]);
  });

  it('reads signed changes of three digits beside expenditure of five, per county', () => {
    const text = 'Utgifter per län, miljoner kronor\n\nLän Utgifter 2022 Utgifter 2023 Förändring 2022 Förändring 2023\nStockholms län 84 210 88 950 2 310 4 125\nUppsala län 15 980 16 420 212 640\nSödermanlands län 10 870 11 450 -186 433\nÖstergötlands län 16 240 17 080 -310 815\nJönköpings län 12 460 12 990 524 877\nGotlands län 2 105 2 230 41 58\nBlekinge län 5 980 6 210 -27 71\n';
    const [t] = tablesOf(text);
    expect(rowsOf(t!).map((r) => r.map((v) => (typeof v === 'string' && /^-?\d+$/.test(v) ? String(Number(v) / 1e6) : v)))).toEqual([
      ['Stockholms län', '84210', '88950', '2310', '4125'],
      ['Uppsala län', '15980', '16420', '212', '640'],
      ['Södermanlands län', '10870', '11450', '-186', '433'],
      ['Östergötlands län', '16240', '17080', '-310', '815'],
      ['Jönköpings län', '12460', '12990', '524', '877'],
      ['Gotlands län', '2105', '2230', '41', '58'],
      ['Blekinge län', '5980', '6210', '-27', '71'],
    ]);
  });

  it('still reads a row short where its one value fits a column and the split does not', () => {
    const text = 'Kostnader och resultat, tkr\n\nKommun Kostnader 2021 Kostnader 2022 Resultat 2021 Resultat 2022\nAle 31 402 30 950 412 388\nBorås 98 540 97 120 1 204 1 150\nLilla Edet 12 040 11 980 1 320\nTranemo 10 250 10 110 64 71\nVårgårda 11 630 11 400 150 139\nHerrljunga 9 870 9 650 1 118 1 127\n';
    const [t] = tablesOf(text);
    const row = t!.rows.find((r) => r.label === 'Lilla Edet')!;
    expect(row.cells.map((c) => c.value?.toFixed() ?? null).filter((v) => v !== null)).toEqual(['12040000', '11980000', '1320000']);
    // Which result cell the page left empty it does not say: the placing is a guess, and says so.
    expect(row.cells.some((c) => c.uncertain !== undefined)).toBe(true);
  });
});
