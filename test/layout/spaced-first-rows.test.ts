import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** The first row of single-space columns, sized by the rows below it; written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'f.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('the first rows of a single-space table', () => {
  it('split by the sizes the whole table gives each column, when no row above sizes them', () => {
    const text = [
      'Invånare Andel Hushåll',
      'Länet 148 200 310 4 800',
      'Ale 120 400 55 3 200',
      'Bro 98 100 72 2 950',
      'Kil 131 050 48 3 400',
      '',
    ].join('\n');
    expect(rowsOf(text)[0]![0]).toEqual(['Länet', '148200', '310', '4800']);
  });

  it('and a national row above county rows of other sizes keeps its own reading when it splits one way', () => {
    const text = ['Antal Andel Antal', 'Riket 1 204 300 48 1 100 250', 'Norra 84 100 51 70 300', 'Södra 95 200 47 81 050', 'Västra 77 650 46 66 900', ''].join('\n');
    expect(rowsOf(text)[0]!.map((r) => r.slice(1))).toEqual([
      ['1204300', '48', '1100250'],
      ['84100', '51', '70300'],
      ['95200', '47', '81050'],
      ['77650', '46', '66900'],
    ]);
  });
});
