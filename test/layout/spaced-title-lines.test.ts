import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A document's title lines (a title with a span of years, a page number, a date) set apart by
 * blank lines are no table of figures, though each ends in a year; written for this test in
 * two wordings, with a one-row table of figures under a line of years as the counter-case.
 */
const tables = (text: string) => docOf({ file: 'title.txt', text }).tables;

describe('title lines ending in years', () => {
  it('reads no table from a title with a span of years, a page number and a date', () => {
    expect(tables('Årsredovisning 2018 – 2019\n\n(3)\n\n12 MARS 2019\n\nBeslutad av styrelsen den 12 mars 2019\n\nOm året\n\nÅret präglades av stora förändringar i verksamheten.\n')).toEqual([]);
    expect(tables('Verksamhetsplan 2019 – 2021\n\nSida 2\n\n3 MARS 2018\n\nAntagen av fullmäktige den 3 mars 2018\n')).toEqual([]);
  });

  it('still reads one row of figures under a line of years', () => {
    const t = tables('Prognos för ekonomin, procent\n\n2019 2020 2021 2022\n\nInflation* 1,8 0,5 2,2 8,1\n\nSkatteunderlagets tillväxt beräknas bli lägre.\n');
    expect(t.flatMap((x) => x.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]))).toEqual([['Inflation', '1.8', '0.5', '2.2', '8.1']]);
  });
});
