import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * "Länet" among one county's municipalities is that county's row, in a tab-separated table and in
 * one pasted one cell a line; among municipalities of two counties it stays no region. Examples
 * written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const regionsOf = (t: Table) => t.rows.map((r) => [r.label, r.region?.code ?? null]);

describe('the county row of a table of its municipalities', () => {
  it('gives "Länet" the county of the municipalities above it, in a tab-separated table', () => {
    const [t] = tablesOf(['Kommun\tKvinnor\tMän', 'Gislaved\t52\t48', 'Gnosjö\t55\t45', 'Jönköping\t57\t43', 'Värnamo\t54\t46', 'Länet\t56\t44', 'Riket\t56\t44', ''].join('\n'));
    expect(regionsOf(t!)).toEqual([
      ['Gislaved', null],
      ['Gnosjö', null],
      ['Jönköping', null],
      ['Värnamo', null],
      ['Länet', '06'],
      ['Riket', null],
    ]);
  });

  it('gives "Summa länet" the county where the table is pasted one cell a line, and the sum still holds', () => {
    const doc = docOf({
      file: 'case.txt',
      text: ['Kommun', '', 'Antal', '', 'Boden', '', '120', '', 'Kiruna', '', '80', '', 'Luleå', '', '300', '', 'Piteå', '', '150', '', 'Summa länet', '', '650', ''].join('\n'),
    });
    const t = doc.tables[0]!;
    expect(regionsOf(t).at(-1)).toEqual(['Summa länet', '25']);
    expect(t.rows.map((r) => r.cells[0]?.value?.toFixed())).toEqual(['120', '80', '300', '150', '650']);
  });

  it('leaves "Hela länet" without a region where the municipalities lie in two counties', () => {
    const [t] = tablesOf(['Kommun\tAntal', 'Ale\t12', 'Alingsås\t15', 'Borås\t30', 'Kungsbacka\t20', 'Hela länet\t77', ''].join('\n'));
    expect(regionsOf(t!).at(-1)).toEqual(['Hela länet', null]);
  });
});
