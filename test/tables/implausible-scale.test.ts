import { describe, expect, it } from 'vitest';
import { scaleIsImplausible } from '../../src/tables/implausible-scale.js';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Header scales the figures cannot have; examples written for this test, values in kronor. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('scaleIsImplausible', () => {
  it('rejects a scale that lifts a figure past ten thousand billion kronor', () => {
    expect(scaleIsImplausible(['84 300 000', '12 500'], 1_000_000)).toBe(true);
    expect(scaleIsImplausible(['15 000 000'], 1_000_000)).toBe(true);
    expect(scaleIsImplausible(['9 999 999'], 1_000_000)).toBe(false);
    // A state budget in mnkr stays in mnkr.
    expect(scaleIsImplausible(['1 234 567', '98 765'], 1_000_000)).toBe(false);
    expect(scaleIsImplausible(['84 300 000 000'], 1_000)).toBe(true);
    expect(scaleIsImplausible(['84 300 000'], 1_000)).toBe(false);
    expect(scaleIsImplausible(['84 300 000'], 1)).toBe(false);
  });
});

describe('a header scale the figures cannot have', () => {
  it('reads figures under "(mnkr)" written out in kronor as kronor, uncertain', () => {
    const text = '| Län | Bidrag (mnkr) | Antal platser |\n|---|---|---|\n| Uppsala | 84 300 000 | 120 |\n| Örebro | 61 250 500 | 95 |\n| Gävleborg | 40 000 000 | 70 |\n';
    const [t] = docOf({ file: 't.md', text }).tables;
    expect(values(t!, 0)).toEqual(['84300000', '61250500', '40000000']);
    expect(t!.rows.map((r) => r.cells[0]!.uncertain)).toEqual(['84 300 000', '61 250 500', '40 000 000']);
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['03', '18', '21']);
  });

  it('keeps the scale where the figures fit it, and reads them as certain', () => {
    const text = '| Län | Bidrag (mnkr) |\n|---|---|\n| Uppsala | 84,3 |\n| Örebro | 61,25 |\n| Gävleborg | 40 |\n';
    const [t] = docOf({ file: 't.md', text }).tables;
    expect(values(t!, 0)).toEqual(['84300000', '61250000', '40000000']);
    expect(t!.rows.map((r) => r.cells[0]!.uncertain)).toEqual([undefined, undefined, undefined]);
  });

  it('warns, never errs, when a column so read does not add up', () => {
    const text = [
      'Region<tab>Medel (miljoner kronor)',
      'Kalmar<tab>22 212 584',
      'Gotland<tab>5 421 491',
      'Blekinge<tab>14 375 482',
      'Totalt<tab>42 009 557',
    ].join('\n').replaceAll('<tab>', '\t');
    const [t] = docOf({ text }).tables;
    expect(values(t!, 0)).toEqual(['22212584', '5421491', '14375482', '42009557']);
    // 22 212 584 + 5 421 491 + 14 375 482 = 42 009 557; a total printed 1 000 too high.
    const wrong = text.replace('42 009 557', '42 010 557');
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text: wrong }]).map((f) => f.severity)).toEqual(['warning']);
  });
});
