import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A table with no header whose rows print their label on the line above their figures. The first
 * label is the only line above the first figures: it is that row's label, not a header or a
 * caption. Examples written here in two layouts; expected cells read off them.
 */
const rowsOf = (text: string): (string | null)[][] =>
  docOf({ file: 'a.txt', text }).tables.flatMap((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? null)]));

describe('labels on the line above their figures', () => {
  it('keeps the first label with its row under a caption set apart by a blank line', () => {
    const text = [
      'Andel inskrivna barn, procent',
      '',
      'Förskola',
      '92,1 93,4 94,0',
      'Fritidshem',
      '55,2 56,0 57,3',
      'Pedagogisk omsorg',
      '1,8 1,6 1,5',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Förskola', '92.1', '93.4', '94'],
      ['Fritidshem', '55.2', '56', '57.3'],
      ['Pedagogisk omsorg', '1.8', '1.6', '1.5'],
    ]);
  });

  it('keeps the first region with its row, and the region is recognised', () => {
    const text = ['Bidrag per region, miljoner kronor', '', 'Region Uppsala', '12,5 13,0', 'Region Gävleborg', '9,8 10,1', 'Region Dalarna', '11,0 11,4', 'Totalt', '33,3 34,5'].join('\n');
    const t = docOf({ file: 'b.txt', text }).tables[0]!;
    expect(t.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toString() ?? null)])).toEqual([
      ['Region Uppsala', '03', '12500000', '13000000'],
      ['Region Gävleborg', '21', '9800000', '10100000'],
      ['Region Dalarna', '20', '11000000', '11400000'],
      ['Totalt', null, '33300000', '34500000'],
    ]);
  });
});
