import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { afterWideGap, toLastColumns } from '../../src/layout/gap-before-values.js';

/** Single-spaced tables whose short rows kept their empty cells as a run of spaces, written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'g.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a wide gap before a short row’s figures', () => {
  it('puts the figures after the gap in the last columns', () => {
    const text = [
      'Miljoner kronor',
      '',
      'Område Drift Investering Totalt',
      'Skola 412,5 86,0 498,5',
      'Omsorg 398,1 131,4 529,5',
      'Kultur 41,2 3,3 44,5',
      'Reserv     12,0',
      'Totalt 851,8 220,7 1 084,5',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Skola', '412500000', '86000000', '498500000'],
        ['Omsorg', '398100000', '131400000', '529500000'],
        ['Kultur', '41200000', '3300000', '44500000'],
        ['Reserv', null, null, '12000000'],
        ['Totalt', '851800000', '220700000', '1084500000'],
      ],
    ]);
  });

  it('keeps a year before the gap in the label, the figure after it in the last column', () => {
    const text = [
      'Antal ärenden',
      '',
      'Typ Inkomna Avgjorda Balans',
      'Bygglov 1 240 1 198 312',
      'Förhandsbesked 214 230 48',
      'Strandskydd 96 101 22',
      'Överförda från 2019     57',
      'Totalt 1 550 1 529 439',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Bygglov', '1240', '1198', '312'],
        ['Förhandsbesked', '214', '230', '48'],
        ['Strandskydd', '96', '101', '22'],
        ['Överförda från 2019', null, null, '57'],
        ['Totalt', '1550', '1529', '439'],
      ],
    ]);
  });

  it('reads a gap as the label’s end only past a year and note marks', () => {
    const toks = (s: string) => {
      const out: { text: string; from: number; to: number }[] = [];
      for (const m of s.matchAll(/\S+/g)) out.push({ text: m[0], from: m.index!, to: m.index! + m[0].length });
      return out;
    };
    expect(afterWideGap(toks('Sedlar 2016 *     1 209'), 1)).toBe(3);
    // Figures before the gap are the row's own: "128 648  55 432   73 216" keeps its run.
    expect(afterWideGap(toks('Pendlar 128 648 55 432   73 216'), 1)).toBe(1);
    expect(toLastColumns(['a', null, null], 3)).toEqual([null, null, 'a']);
    expect(toLastColumns([null, 'a', null], 3)).toEqual([null, null, 'a']);
    expect(toLastColumns(['a', null, 'b', null], 4)).toEqual(['a', null, 'b', null]);
  });
});
