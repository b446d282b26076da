import { describe, expect, it } from 'vitest';
import { countBeforeAmount } from '../../src/layout/count-before-amount.js';
import { docOf } from '../rules/rule-tester.js';

/** List items giving a count before their amount (count-before-amount.ts); wordings written for this test. */
const rowsOf = (text: string) => docOf({ text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a count before an item’s amount', () => {
  it('finds the label, the count and leaves the amount’s title out', () => {
    const head = 'Idrott: 12 st, totalt beviljat belopp ';
    const found = countBeforeAmount(head)!;
    expect(head.slice(...found.label)).toBe('Idrott');
    expect(head.slice(...found.count)).toBe('12');
    expect(countBeforeAmount('Kultur – 3 projekt, ')).not.toBeNull();
  });

  it('takes no year, second amount or figure in the label for a count', () => {
    expect(countBeforeAmount('Idrott: 2023, totalt ')).toBeNull();
    expect(countBeforeAmount('Idrott: 12 st, varav 3 nya, ')).toBeNull();
    expect(countBeforeAmount('Område 2: 12 st, ')).toBeNull();
    expect(countBeforeAmount('Idrott 12 st, ')).toBeNull();
  });

  it('reads bullets "Område: 4 st, beviljat belopp 12 mkr" as label, count and amount', () => {
    const text = [
      'Nämnden fördelar totalt 30 miljoner kronor till 9 projekt.',
      '',
      'Beviljade projekt per område:',
      '',
      '  • Idrott och friluftsliv: 4 st, beviljat belopp 12 mkr',
      '  • Kultur: 3 st, beviljat belopp 10 mkr',
      '  • Folkbildning: 2 st, beviljat belopp 8 mkr',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Idrott och friluftsliv', '4', '12000000'],
        ['Kultur', '3', '10000000'],
        ['Folkbildning', '2', '8000000'],
      ],
    ]);
  });

  it('reads dashed items "Namn – 5 projekt, 1,5 miljoner kronor"', () => {
    const text = [
      'Så fördelas stödet:',
      '',
      '- Norra distriktet – 5 projekt, 1,5 miljoner kronor',
      '- Södra distriktet – 2 projekt, 0,8 miljoner kronor',
      '- Östra distriktet – 7 projekt, 2,1 miljoner kronor',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Norra distriktet', '5', '1500000'],
        ['Södra distriktet', '2', '800000'],
        ['Östra distriktet', '7', '2100000'],
      ],
    ]);
  });
});
