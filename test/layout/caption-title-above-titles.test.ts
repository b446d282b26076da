import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A table whose header row was pasted as paragraphs, one column title a block, under a title line
 * that names the unit last ("Driftsredovisning 2016, mnkr"): a wide table has more title blocks
 * than five, and the title's unit still holds. Tables written for this test.
 */
const values = (file: string, text: string) => docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a title with its unit above the paragraphs of a lost header (captions.ts)', () => {
  it('gives the unit to a table under six title blocks', () => {
    const text = [
      'Resultat per nämnd 2019, tkr',
      '',
      'Ingående\nbalans',
      '',
      'Bidrag',
      '',
      'Intäkter',
      '',
      'Kostnader',
      '',
      'Årets\nresultat',
      '',
      'Utgående\nbalans',
      '',
      'Skolnämnden     12,5    400,0    80,0    -470,0    10,0    22,5',
      'Kulturnämnden    3,0     90,0    10,0    -101,0    -1,0     2,0',
      'Miljönämnden     1,5     20,0     4,0     -23,0     1,0     2,5',
      '',
    ].join('\n');
    expect(values('a.txt', text)).toEqual([
      ['Skolnämnden', '12500', '400000', '80000', '-470000', '10000', '22500'],
      ['Kulturnämnden', '3000', '90000', '10000', '-101000', '-1000', '2000'],
      ['Miljönämnden', '1500', '20000', '4000', '-23000', '1000', '2500'],
    ]);
  });

  it('gives the unit in words to a tab-separated table under seven title blocks', () => {
    const text = [
      'Kostnader per verksamhet, miljoner kronor',
      '',
      'Budget',
      '',
      'Utfall',
      '',
      'Avvikelse',
      '',
      'Budget',
      '',
      'Utfall',
      '',
      'Avvikelse',
      '',
      'Prognos',
      '',
      'Vård\t10\t12\t-2\t11\t11\t0\t12',
      'Skola\t20\t19\t1\t21\t22\t-1\t22',
      'Gator\t5\t5\t0\t6\t5\t1\t5',
      '',
    ].join('\n');
    expect(values('b.txt', text)).toEqual([
      ['Vård', '10000000', '12000000', '-2000000', '11000000', '11000000', '0', '12000000'],
      ['Skola', '20000000', '19000000', '1000000', '21000000', '22000000', '-1000000', '22000000'],
      ['Gator', '5000000', '5000000', '0', '6000000', '5000000', '1000000', '5000000'],
    ]);
  });
});
