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

describe('rows pasted as paragraphs whose total row left its code cell empty', () => {
  // One cell a line, a blank line after each row; the total's empty code cell is one blank line more.
  const coded = (total: string[]) =>
    [
      'Ärenden per län',
      '',
      ['Länskod', 'Län', 'Inkomna', 'Avgjorda'].join('\n'),
      ['10', 'Blekinge län', '310', '295'].join('\n'),
      ['20', 'Dalarnas län', '540', '560'].join('\n'),
      ['09', 'Gotlands län', '120', '118'].join('\n'),
      ['21', 'Gävleborgs län', '600', '590'].join('\n'),
    ].join('\n\n') + `\n\n\n${total.join('\n')}\n`;

  it('keeps the total as the last row, under "Riket" and under "Totalt"', () => {
    for (const label of ['Riket', 'Totalt']) {
      const [t] = docOf({ file: 't.txt', text: coded([label, '1 570', '1 563']) }).tables;
      expect(t!.rows.map((r) => [r.code ?? null, r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toString() ?? '')])).toEqual([
        ['10', 'Blekinge län', '10', '310', '295'],
        ['20', 'Dalarnas län', '20', '540', '560'],
        ['09', 'Gotlands län', '09', '120', '118'],
        ['21', 'Gävleborgs län', '21', '600', '590'],
        [null, label, null, '1570', '1563'],
      ]);
      expect(t!.rows.at(-1)!.kind).toBe('total');
    }
  });

  it('leaves a paragraph after it that is no total row to the text', () => {
    const [t] = docOf({ file: 't.txt', text: coded(['Källa', '2023']) }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Blekinge län', 'Dalarnas län', 'Gotlands län', 'Gävleborgs län']);
  });
});
