import { describe, expect, it } from 'vitest';
import { labelMeasure } from '../../src/tables/label-units.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

/** Key-figure tables written for this test. */
describe('labelMeasure', () => {
  it('reads the measure a row label names', () => {
    expect(labelMeasure('Lägenheter antal')).toBe('count');
    expect(labelMeasure('Antal lokaler')).toBe('count');
    expect(labelMeasure('Boarea, kvm')).toBe('area');
    expect(labelMeasure('Lokalyta m²')).toBe('area');
    expect(labelMeasure('Medelhyra kr/m2')).toBe('price');
    expect(labelMeasure('Soliditet, %')).toBe('percent');
    expect(labelMeasure('Hyresintäkter')).toBeNull();
  });
});

describe('sums over rows of several measures', () => {
  it('a sum naming its measure counts the rows of that measure: an info, not an error (spaced text)', () => {
    const text = [
      'Fastighetsbestånd      2022     2021',
      'Lägenheter antal      2 410    2 395',
      'Lokaler antal           212      208',
      'Bostadsyta kvm      161 200  160 300',
      'Lokalyta kvm         24 600   24 100',
      'Summa yta, kvm      185 800  184 400',
      '',
    ].join('\n');
    const f = findingsOf(columnTotal, [{ file: 'a.txt', text }]);
    expect(f.map((x) => x.severity)).toEqual(['info', 'info']);
    expect(f.every((x) => /2 rader summerar till delsumman "Summa yta, kvm" .*samma mått/.test(x.message))).toBe(true);
  });

  it('when no measure-wise reading reconciles, a mixed sum is a warning that names the measures (Markdown)', () => {
    const md = [
      '| Bestånd | 2023 |',
      '|---|---|',
      '| Antal bostäder | 980 |',
      '| Antal garage | 140 |',
      '| Boarea m2 | 70 500 |',
      '| Summa | 71 000 |',
      '',
    ].join('\n');
    const f = findingsOf(columnTotal, [{ file: 'b.md', text: md }]);
    expect(f.map((x) => [x.severity, x.expected, x.actual])).toEqual([['warning', '71000', '71620']]);
    expect(f[0]!.message).toMatch(/olika mått/);
  });
});
