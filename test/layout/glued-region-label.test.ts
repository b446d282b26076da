import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { splitGluedRegionLabel } from '../../src/layout/glued-region-label.js';

/**
 * A region's name glued to the first digits of its first value in a single-spaced table
 * ("Kalmar5 678 912 …"). Examples written here in two layouts (county names with a header of
 * one word a column; "X län" names under a "Län" header with a total) and wordings; sums by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

const counties = [
  'Utbetalt belopp i kronor',
  '',
  'Län Gårdsstöd Vallstöd Ekostöd Fånggröda',
  'Stockholm12 345 678 234 567 1 234 567 0',
  'Uppsala23 456 789 345 678 2 345 678 12 345',
  'Södermanland 34 567 890 456 789 3 456 789 23 456',
  'Östergötland 45 678 901 567 890 4 567 890 34 567',
  'Kalmar5 678 912 67 891 567 891 45 678',
  'Summa 121 727 970 1 672 815 12 172 815 116 046',
  '',
].join('\n');

// 2 150 400 + 980 250 + 4 512 300 + 1 205 600 + 3 300 000 = 12 148 550; 310 + 120 + 455 + 98 + 402 = 1 385.
const lanNames = [
  'Län Kronor Ärenden',
  'Blekinge län2 150 400 310',
  'Gotlands län 980 250 120',
  'Västra Götalands län4 512 300 455',
  'Jämtlands län 1 205 600 98',
  'Skåne län3 300 000 402',
  'Totalt 12 148 550 1 385',
  '',
].join('\n');

describe('a region name glued to its first value', () => {
  it('gives the glued digits to the value, county names under one-word titles', () => {
    const [t] = tablesOf(counties);
    expect(rowsOf(t!).slice(0, 2)).toEqual([
      ['Stockholm', '12345678', '234567', '1234567', '0'],
      ['Uppsala', '23456789', '345678', '2345678', '12345'],
    ]);
    expect(rowsOf(t!)[4]).toEqual(['Kalmar', '5678912', '67891', '567891', '45678']);
    // A single-spaced reading either way: a sum over it can only warn.
    const first = t!.rows[0]!.cells[0]!;
    expect(first.readBy === 'spaced' || first.uncertain !== undefined).toBe(true);
  });

  it('reads "X län" names and finds no sum that disagrees', () => {
    const [t] = tablesOf(lanNames);
    expect(rowsOf(t!)).toEqual([
      ['Blekinge län', '2150400', '310'],
      ['Gotlands län', '980250', '120'],
      ['Västra Götalands län', '4512300', '455'],
      ['Jämtlands län', '1205600', '98'],
      ['Skåne län', '3300000', '402'],
      ['Totalt', '12148550', '1385'],
    ]);
    expect(findingsOf(columnTotal, lanNames).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves digits glued to a word that is no region, or not followed by a digit group', () => {
    const toks = (raw: string) => [...raw.matchAll(/\S+/g)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
    const texts = (raw: string) => splitGluedRegionLabel(raw, toks(raw)).map((x) => x.text);
    expect(texts('Kostnader1 234 567')).toEqual(['Kostnader1', '234', '567']);
    expect(texts('Agenda2030 12 500')).toEqual(['Agenda2030', '12', '500']);
    expect(texts('Kalmar12 45')).toEqual(['Kalmar12', '45']);
    expect(texts('Kalmar 12 345')).toEqual(['Kalmar', '12', '345']);
    expect(texts('Kalmar12 345')).toEqual(['Kalmar', '12', '345']);
  });
});
