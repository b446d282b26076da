import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A caption set right on top of a space-aligned table with header lines of its own. Examples written here. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table): string[] => t.columns.map((c) => c.header.join(' / '));
const valuesOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('a caption right on top of an aligned table', () => {
  it('is the caption, and the aligned header lines keep their columns (deviations per party)', () => {
    // 27 415 + 1 520 + 1 890 = 30 825; 600 + 40 + 0 = 640; 0 + 0 + 25 = 25; −150 + 0 + 10 = −140.
    const text = [
      'Tabell 2. Partiernas avvikelser, miljoner kronor',
      '                                Regeringens     Avvikelse från regeringen',
      'Anslag                          förslag         M          C          V',
      '1:1 Polismyndigheten            27 415          +600       ±0         −150',
      '1:2 Säkerhetspolisen             1 520          +40        0          ±0',
      '1:3 Åklagarmyndigheten           1 890          ±0         +25        +10',
      'Summa för utgiftsområdet        30 825          +640       +25        −140',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.caption).toBe('Tabell 2. Partiernas avvikelser, miljoner kronor');
    expect(t!.labelHeader).toBe('Anslag');
    expect(headersOf(t!)).toEqual(['Regeringens / förslag', 'Avvikelse från regeringen / M', 'Avvikelse från regeringen / C', 'Avvikelse från regeringen / V']);
    expect(valuesOf(t!).at(-1)).toEqual(['Summa för utgiftsområdet', '30825000000', '640000000', '25000000', '-140000000']);
  });

  it('is the caption over years set over their titles, in other words', () => {
    // 1 200 + 830 + 95 = 2 125; 1 260 + 810 + 100 = 2 170.
    const text = [
      'Bidrag till regionerna per område, tkr',
      '                      Budget     Utfall',
      'Område                2021       2021',
      'Kollektivtrafik       1 200      1 260',
      'Kultur                  830        810',
      'Folkhälsa                95        100',
      'Totalt                2 125      2 170',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.scale).toBe(1000);
    expect(t!.labelHeader).toBe('Område');
    expect(headersOf(t!)).toEqual(['Budget / 2021', 'Utfall / 2021']);
    expect(valuesOf(t!).at(-1)).toEqual(['Totalt', '2125000', '2170000']);
  });
});
