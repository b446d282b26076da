import { describe, expect, it } from 'vitest';
import { detectWrappedInlineList } from '../../src/layout/wrapped-inline-list.js';
import { isRegionLabel } from '../../src/readers/region-label.js';
import { docOf } from '../rules/rule-tester.js';

/** Region lists run on in one sentence and hard-wrapped over the lines of their paragraph, in wordings written for this test. */
const tables = (text: string) =>
  docOf({ file: 'w.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a run-on region list wrapped over several lines', () => {
  it('reads amounts whose region name is cut between two lines, as one list with its lead-in', () => {
    const text = [
      'Stödet fördelas så här: Region Uppsala 12,3 miljoner kronor, Region',
      'Skåne 45,6 miljoner kronor, Region Gotland 4,5 miljoner kronor och',
      'Region Halland 8 miljoner kronor.',
      '',
    ].join('\n');
    expect(tables(text)).toEqual([
      [
        ['Region Uppsala', '03', '12300000'],
        ['Region Skåne', '12', '45600000'],
        ['Region Gotland', '09', '4500000'],
        ['Region Halland', '13', '8000000'],
      ],
    ]);
  });

  it('reads counts in parentheses, one cut from its name by the wrap, each cell placed on its own line', () => {
    const text = ['Beviljade ansökningar per län:', '', 'Jämtland (3), Dalarna (2), Kalmar', '(4), Skåne (12), Örebro (1),', 'Västmanland (0) och Gotland (2)', ''].join('\n');
    const doc = docOf({ file: 'w.txt', text });
    expect(doc.tables).toHaveLength(1);
    const rows = doc.tables[0]!.rows;
    expect(rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Jämtland', '3'],
      ['Dalarna', '2'],
      ['Kalmar', '4'],
      ['Skåne', '12'],
      ['Örebro', '1'],
      ['Västmanland', '0'],
      ['Gotland', '2'],
    ]);
    // "Kalmar" on line 3, its "(4)" at the start of line 4.
    expect([rows[2]!.location.line, rows[2]!.cells[0]!.location.line, rows[2]!.cells[0]!.location.column]).toEqual([3, 4, 2]);
    expect([rows[3]!.location.line, rows[3]!.location.column]).toEqual([4, 6]);
  });

  it('leaves a wrapped paragraph of prose that only names regions alone', () => {
    const text = ['Under året ökade kostnaderna med 5 procent, främst i Skåne och', 'Stockholm, medan Gotland minskade med 2 procent jämfört med', 'året innan.', ''].join('\n');
    expect(tables(text)).toEqual([]);
  });
});

/** A wrapped list whose sentence more text follows: the list ends at its sentence, the rest a paragraph on its own lines. Wording written for this test. */
describe('detectWrappedInlineList, sentences after the list', () => {
  it('keeps the text after the list as a paragraph, each part on the line it was printed on', () => {
    const lines = ['Enligt beslutet får Region Skåne 12,3 miljoner kronor, Region Halland 4,1', 'miljoner kronor och Region Blekinge 2,2 miljoner kronor. Totalt handlar det', 'om 18,6 miljoner kronor.'].map((raw, k) => ({ raw, line: k + 1 }));
    const found = detectWrappedInlineList('t.txt', lines, 0, isRegionLabel);
    expect(found!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Region Skåne', '12,3 miljoner kronor'],
      ['Region Halland', '4,1 miljoner kronor'],
      ['Region Blekinge', '2,2 miljoner kronor'],
    ]);
    expect(found!.tail!.lines.map((l) => [l.text, l.location.line])).toEqual([
      ['Totalt handlar det', 2],
      ['om 18,6 miljoner kronor.', 3],
    ]);
    expect(found!.end).toBe(3);
  });
});
