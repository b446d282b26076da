import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Web tables copied without cell separators, written for this test. */
const tablesOf = (text: string) =>
  docOf({ file: 'a.txt', text }).tables.map((t) => [t.columns.map((c) => c.header.join(' ')), ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])]);

describe('glued cells that keep their units', () => {
  it('reads rows and a glued header line above them', () => {
    const text = ['Medlemsavgifter', 'KommunAvgift 2022Andel', 'Åre14 310 tkr31,50', 'Krokom9 870 tkr21,73', 'Berg21 240 tkr46,77', 'Summa45 420 tkr100,00', ''].join('\n');
    expect(tablesOf(text)).toEqual([
      [
        ['Avgift 2022', 'Andel'],
        ['Åre', '14310000', '31.5'],
        ['Krokom', '9870000', '21.73'],
        ['Berg', '21240000', '46.77'],
        ['Summa', '45420000', '100'],
      ],
    ]);
  });

  it('reads percent cells set against the next value, without a header', () => {
    const text = ['Andel och antal', '', 'Förskola45%1 210', 'Grundskola38%1 022', 'Gymnasium17%457', ''].join('\n');
    expect(tablesOf(text).map((t) => t.slice(1))).toEqual([
      [
        ['Förskola', '45', '1210'],
        ['Grundskola', '38', '1022'],
        ['Gymnasium', '17', '457'],
      ],
    ]);
  });

  it('leaves labels with a year or code glued to a word alone', () => {
    expect(tablesOf(['Budget2023 och plan2024', 'Bilaga3 till protokoll', 'Avsnitt4 i rapporten', ''].join('\n'))).toEqual([]);
  });

  it('makes a sum that disagrees over such cells a warning', () => {
    const text = ['KommunAvgiftAndel', 'Åre14 310 tkr31,50', 'Krokom9 870 tkr21,73', 'Berg21 240 tkr46,77', 'Summa45 000 tkr100,00', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }]).map((f) => f.severity)).toEqual(['warning']);
  });
});
