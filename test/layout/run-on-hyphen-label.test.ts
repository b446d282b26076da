import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Rows of single-spaced columns run together on one line whose last label breaks at a hyphen,
 * the rest of the word opening the next line with that row's figures ("… Timlön, nationalräkenska-"
 * / "perna 2,8 1,1 …"). Read line by line, the line of run-on rows ended the table and the word's
 * second half labelled the row. The broken line begins the row's label, and its run-on rows are
 * cut apart. Examples written for this test (invented figures).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('run-on rows on a line whose last label breaks at a hyphen', () => {
  it('cuts the rows and joins the label to the next line, a blank line between', () => {
    const lines = [
      'Prognos för regionens ekonomi, procentuell förändring',
      '2020 2021 2022 2023',
      'Befolkning 0,8 0,7 0,6 0,6',
      'Sysselsatta -1,2 0,9 1,4 0,8 Skatteunderlag, löpande 2,1 4,0 4,6 3,9 Arbetade timmar i kommu-',
      'nerna 0,5 0,4 0,3 0,2',
      'Inflation (KPIF) 0,5 2,4 7,7 5,9',
    ];
    const [t] = tablesOf(`${lines.join('\n\n')}\n`);
    expect(rowsOf(t!).map((r) => r[0])).toEqual(['Befolkning', 'Sysselsatta', 'Skatteunderlag, löpande', expect.stringMatching(/^Arbetade timmar i kommu-? ?nerna$/), 'Inflation (KPIF)']);
    expect(rowsOf(t!).map((r) => r.slice(1))).toEqual([
      ['0.8', '0.7', '0.6', '0.6'],
      ['-1.2', '0.9', '1.4', '0.8'],
      ['2.1', '4', '4.6', '3.9'],
      ['0.5', '0.4', '0.3', '0.2'],
      ['0.5', '2.4', '7.7', '5.9'],
    ]);
  });

  it('does so with no blank line between the lines, in another wording', () => {
    const lines = [
      'Nyckeltal 2019-2022',
      '2019 2020 2021 2022',
      'Investeringar 3,1 2,8 4,2 5,0',
      'Hushållens konsumtion 2,0 -4,7 5,9 2,0 Offentlig konsumtion 0,8 -0,6 3,1 0,2 Real disponibel inkomst, hushål-',
      'len 2,6 1,3 2,9 -1,5',
      'Export 2,4 -5,3 7,9 5,1',
    ];
    const [t] = tablesOf(`${lines.join('\n')}\n`);
    expect(rowsOf(t!).map((r) => r[0])).toEqual(['Investeringar', 'Hushållens konsumtion', 'Offentlig konsumtion', expect.stringMatching(/^Real disponibel inkomst, hushål-? ?len$/), 'Export']);
    expect(rowsOf(t!)[3]!.slice(1)).toEqual(['2.6', '1.3', '2.9', '-1.5']);
  });
});
