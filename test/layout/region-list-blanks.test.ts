import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Region lists, one region and its figure a line, where a region's figure is not given. Written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'r.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, r.kind, r.region?.name ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? c.raw)]));

describe('a region list with a region whose figure is not given', () => {
  it('keeps the list whole over a dash and "..", and takes a run of year titles above it as titles', () => {
    const text = ['Bidrag per region 2021', 'Regionvis 2021', 'Region Uppsala 849', 'Region Sörmland 83', 'Region Västmanland –', 'Region Dalarna 660', 'Gotlands län ..', 'Region Gävleborg 930', 'Riket 2 522', '', 'Källa: egen bearbetning.', ''].join('\n');
    const rows = rowsOf(text).flat();
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ['Region Uppsala', '849'],
      ['Region Sörmland', '83'],
      // A dash is read as zero, marked uncertain; ".." gives no figure.
      ['Region Västmanland', '0'],
      ['Region Dalarna', '660'],
      ['Gotlands län', '..'],
      ['Region Gävleborg', '930'],
      ['Riket', '2522'],
    ]);
    expect(rows.filter((r) => r[1] === 'data').map((r) => r[2])).toEqual(['Region Uppsala', 'Region Sörmland', 'Region Västmanland', 'Region Dalarna', 'Region Gotland', 'Region Gävleborg']);
  });

  it('keeps a list of counties under its lead-in whole over a figure not available', () => {
    const text = ['Fördelningen per län, miljoner kronor:', '', 'Norrbottens län 12,5', 'Västerbottens län 9,0', 'Jämtlands län ..', 'Västernorrlands län 7,5', 'Gävleborgs län 8,25', 'Summa 37,25', ''].join('\n');
    expect(rowsOf(text).flat().map((r) => [r[0], r[3]])).toEqual([
      ['Norrbottens län', '12500000'],
      ['Västerbottens län', '9000000'],
      ['Jämtlands län', '..'],
      ['Västernorrlands län', '7500000'],
      ['Gävleborgs län', '8250000'],
      ['Summa', '37250000'],
    ]);
  });
});
