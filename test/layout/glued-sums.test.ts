import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { gluedReadings } from '../../src/layout/glued-sums.js';
import { buildDocument } from '../../src/document/build.js';
import { readText } from '../../src/readers/text.js';

/**
 * Tables whose cell separators were lost, with small values among the figures, so that only the
 * sums tell where one value ends (glued-sums.ts). Wordings and figures written for this test.
 */
const rowsOf = (text: string) => docOf({ text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('gluedReadings', () => {
  it('cuts a run only where a space can stand inside a number', () => {
    expect(gluedReadings('175 00079 089', 3).map((r) => r.map((v) => v.n))).toEqual([
      [1, 75000, 79089],
      [17, 5000, 79089],
      [175000, 7, 9089],
    ]);
    // A dash is an empty cell or a minus sign; "0 000" is no number.
    expect(gluedReadings('10-5', 3).map((r) => r.map((v) => v.n))).toEqual([
      [1, 0, -5],
      [10, null, 5],
    ]);
    expect(gluedReadings('10 000', 2)).toEqual([]);
  });
});

describe('glued rows cut by their sums', () => {
  it('reads years repeated per group, the first group the sum of the others, with a total row below', () => {
    const text = [
      'Invånare som flyttat in, per kön',
      '',
      'Totalt2021Totalt2022Kvinnor2021Kvinnor2022Män2021Män2022',
      'Kommun202120222021202220212022',
      'Ålsta312951504016255',
      'Berga1 204886004160447',
      'Dalby5713020663764',
      'Summa1 573313770147803166',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Ålsta', '312', '95', '150', '40', '162', '55'],
      ['Berga', '1204', '88', '600', '41', '604', '47'],
      ['Dalby', '57', '130', '20', '66', '37', '64'],
      ['Summa', '1573', '313', '770', '147', '803', '166'],
    ]);
  });

  it('reads titles set against each other over a total row that decides the cut', () => {
    const text = ['Beviljade bidrag', 'ProjektAntalBeviljatUtbetalt', 'Skolgården412 50012 500', 'Hamnen2380 00075 000', 'Torget1545 20045 200', 'Summa21437 700132 700'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Skolgården', '4', '12500', '12500'],
      ['Hamnen', '2', '380000', '75000'],
      ['Torget', '15', '45200', '45200'],
      ['Summa', '21', '437700', '132700'],
    ]);
  });

  it('reports a row the sums leave open, with no values guessed', () => {
    const text = ['OmrådeAntalKronor', 'Totalt30150 000', 'Därav centrum1225 000', 'Norrby1040 000', 'Söderby1560 000', 'Österby550 000'].join('\n');
    const doc = buildDocument(readText('a.txt', text));
    expect(doc.tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Totalt', '30', '150000'],
      ['Därav centrum', null, null],
      ['Norrby', '10', '40000'],
      ['Söderby', '15', '60000'],
      ['Österby', '5', '50000'],
    ]);
    expect(doc.problems.map((p) => [p.location.line, p.message.includes('1225 000')])).toEqual([[3, true]]);
  });

  it('leaves a table alone that its digit groups alone split one way', () => {
    const text = ['ProjektBeviljatUtbetalt', 'Skolgården12 50012 500', 'Hamnen380 00075 000', 'Torget45 20045 200'].join('\n');
    expect(rowsOf(text).map((r) => r.slice(1))).toEqual([
      ['12500', '12500'],
      ['380000', '75000'],
      ['45200', '45200'],
    ]);
  });
});
