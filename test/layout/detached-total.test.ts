import { describe, expect, it } from 'vitest';
import { readText } from '../../src/readers/text.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Tables pasted one cell a line whose total row stands apart after a blank line (a web page's
 * table foot), and a code column's last row: written for this test, values checked by hand.
 */
const rows = (text: string): string[][] =>
  docOf({ file: 't.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);
const textLines = (text: string): string[] =>
  readText('t.txt', text).blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []));

const body = 'Nämnd\nBudget\nUtfall\nSkolnämnden\n1 200\n1 150\nSocialnämnden\n2 340\n2 380\nTekniska nämnden\n560\n540\nKulturnämnden\n300\n310\n';

describe('a total row set apart by a blank line', () => {
  it('is the last row of a table pasted one cell a line', () => {
    expect(rows(`${body}\nSumma\n4 400\n4 380\n`)).toEqual([
      ['Skolnämnden', '1200', '1150'],
      ['Socialnämnden', '2340', '2380'],
      ['Tekniska nämnden', '560', '540'],
      ['Kulturnämnden', '300', '310'],
      ['Summa', '4400', '4380'],
    ]);
  });

  it('is the country\'s row under a code column, two blank lines down, its code cell empty', () => {
    const text = 'Kod\nLän\nAntal\nBelopp\n01\nStockholms län\n1 234\n5 678\n03\nUppsala län\n456\n789\n04\nSödermanlands län\n321\n654\n05\nÖstergötlands län\n111\n222\n\n\nRiket\n2 122\n7 343\n';
    expect(rows(text)).toEqual([
      ['Stockholms län', '1234', '5678'],
      ['Uppsala län', '456', '789'],
      ['Södermanlands län', '321', '654'],
      ['Östergötlands län', '111', '222'],
      ['Riket', '2122', '7343'],
    ]);
    expect(textLines(text)).toEqual([]);
  });

  it('stays out when it is no total, holds another number of values, or goes on as text', () => {
    expect(rows(`${body}\nÖvrigt\n40\n45\n`)).toHaveLength(4);
    expect(rows(`${body}\nSumma\n4 400\n`)).toHaveLength(4);
    expect(rows(`${body}\nSumma\n4 400\n4 380\nmen utfallet är preliminärt.\n`)).toHaveLength(4);
  });
});

describe('the last row under a code column', () => {
  it('keeps its last value in the table, not as a line of text after it', () => {
    const text = 'Kod\nLän\nAntal\nBelopp\n01\nStockholms län\n1 234\n5 678\n03\nUppsala län\n456\n789\n04\nSödermanlands län\n321\n654\n05\nÖstergötlands län\n111\n222\n';
    expect(textLines(text)).toEqual([]);
    expect(rows(text)[3]).toEqual(['Östergötlands län', '111', '222']);
  });
});
