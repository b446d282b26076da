import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A paragraph that closes on the unit ("… Belopp anges i miljoner kronor."), then the table's
 * header row pasted as paragraphs, one column title a block, then the rows: the unit holds for
 * the table. Tables written for this test.
 */
const values = (file: string, text: string) => docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a unit sentence above the paragraphs of a lost header (captions.ts)', () => {
  it('takes the unit from the last sentence of a wrapped paragraph over four title blocks', () => {
    const text = [
      'Driftbudgeten visar verksamheternas kostnader och intäkter för de kommande',
      'åren, fördelade på nämnderna och på finansförvaltningen. Beloppen redovisas',
      'i tusentals kronor.',
      '',
      'Utfall 2019',
      '',
      'Budget 2020',
      '',
      'Plan 2021',
      '',
      'Plan 2022',
      '',
      'Skolnämnden       -410    -420    -431    -440',
      'Kulturnämnden      -95     -97    -100    -102',
      'Miljönämnden       -21     -22     -22     -23',
      '',
    ].join('\n');
    expect(values('a.txt', text)).toEqual([
      ['Skolnämnden', '-410000', '-420000', '-431000', '-440000'],
      ['Kulturnämnden', '-95000', '-97000', '-100000', '-102000'],
      ['Miljönämnden', '-21000', '-22000', '-22000', '-23000'],
    ]);
  });

  it('takes the unit from a short sentence of its own above tab-separated rows', () => {
    const text = [
      'Investeringar per område',
      '',
      'Alla belopp uttrycks i miljoner kronor.',
      '',
      'Budget 2022',
      '',
      'Plan 2023',
      '',
      'Plan 2024',
      '',
      'Plan 2025',
      '',
      'Vägar\t12\t14\t9\t9',
      'Skolor\t40\t35\t20\t18',
      'Vatten\t7\t7\t8\t8',
      '',
    ].join('\n');
    expect(values('b.txt', text)).toEqual([
      ['Vägar', '12000000', '14000000', '9000000', '9000000'],
      ['Skolor', '40000000', '35000000', '20000000', '18000000'],
      ['Vatten', '7000000', '7000000', '8000000', '8000000'],
    ]);
  });
});
