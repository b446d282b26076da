import { describe, expect, it } from 'vitest';
import { columnUnit, moneyUnit } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

describe('"kkr" (kilokronor) is thousands of kronor', () => {
  it('in a header and in the label column\'s header cell', () => {
    expect(columnUnit('Belopp, kkr')).toEqual({ unit: 'SEK', scale: 1000 });
    expect(moneyUnit('Län (kkr)')).toEqual({ unit: 'SEK', scale: 1000 });
    expect(moneyUnit('Kkr')).toEqual({ unit: 'SEK', scale: 1000 });
    const [t] = docOf({ text: 'Län (kkr)\tBidrag\nKalmar län\t320\nKronobergs län\t180\nTotalt\t500\n' }).tables;
    expect(t!.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['320000', '180000', '500000']);
  });
});
