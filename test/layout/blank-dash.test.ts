import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A page flattened into one line that glues its minus signs to their figures ("-200 670"):
 * a dash standing alone before a figure ("– 1 200") is an empty cell, not a sign. Examples
 * written here in two layouts (a note column, years only); sums worked out by hand. The model
 * reads a dash cell as zero (marked uncertain).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('a lone dash before a figure in a flattened table', () => {
  it('is an empty cell where the table glues its minus signs (a note column)', () => {
    const page =
      'Resultaträkning (tkr) Not 2023 2022 Hyresintäkter 3 704 110 681 199 Övriga intäkter 4 – 1 200 Summa intäkter 704 110 682 399 ' +
      'Driftskostnader 5 -200 670 -192 673 Underhåll – 4 300 Fastighetsskatt -12 400 -11 950 Summa kostnader -213 070 -208 923 Driftöverskott 491 040 473 476';
    const [t] = tablesOf(`${page}\n`);
    const rows = rowsOf(t!);
    expect(rows.find((r) => r[0] === 'Övriga intäkter')!.slice(-2)).toEqual(['0', '1200000']);
    expect(rows.find((r) => r[0] === 'Underhåll')!.slice(-2)).toEqual(['0', '4300000']);
    expect(rows.find((r) => r[0] === 'Summa kostnader')!.slice(-2)).toEqual(['-213070000', '-208923000']);
  });

  it('is an empty cell under years only, with typographic minus signs (−)', () => {
    const page =
      'Driftredovisning mnkr 2022 2021 Barn och utbildning −1 204 −1 150 Vård och omsorg −980 −941 Avgiftsintäkter – 84 ' +
      'Samhällsbyggnad −312 −301 Gemensamma kostnader −145 −139 Summa nämnder −2 641 −2 447 Finansförvaltning 2 676 2 432 Resultat 35 −15';
    const [t] = tablesOf(`${page}\n`);
    const rows = rowsOf(t!);
    expect(rows.find((r) => r[0] === 'Avgiftsintäkter')!.slice(-2)).toEqual(['0', '84000000']);
    expect(rows.find((r) => r[0] === 'Summa nämnder')!.slice(-2)).toEqual(['-2641000000', '-2447000000']);
  });

  it('stays a minus sign where the table writes every sign apart from its figure', () => {
    const page =
      'Resultaträkning (tkr) 2023 2022 Intäkter 704 110 681 199 Personal – 200 670 – 192 673 Lokaler – 14 400 – 11 950 ' +
      'Övrigt – 3 100 – 2 800 Summa kostnader – 218 170 – 207 423 Resultat 485 940 473 776 Skatt – 1 200 – 1 100';
    const [t] = tablesOf(`${page}\n`);
    expect(rowsOf(t!).find((r) => r[0] === 'Personal')!.slice(-2)).toEqual(['-200670000', '-192673000']);
  });
});
