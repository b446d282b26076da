import { describe, expect, it } from 'vitest';
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
