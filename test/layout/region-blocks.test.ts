import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * One block per region, "Label: figure" lines under the region's name, read as a table with a
 * row per region. Written here in wordings other than the field documents that showed it.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const values = (t: Table): (string | null)[][] => t.rows.map((r) => r.cells.map((c) => c.value?.toFixed() ?? null));

describe('region blocks become one table', () => {
  it('reads blocks with a unit line ("Tusen kronor"), a block that lacks a label keeping an empty cell', () => {
    const [t] = tablesOf(
      [
        'Stöd per län',
        '',
        'Region Uppsala',
        'Tusen kronor',
        'Totalt stöd: 1 500',
        'Varav investeringar: 1 000',
        '',
        'Region Gotland',
        'Tusen kronor',
        'Totalt stöd: 250',
        '',
        'Skåne län',
        'Tusen kronor',
        'Totalt stöd: 3 200,5',
        'Varav investeringar: 2 000',
        '',
        'Texten fortsätter här med annat.',
      ].join('\n'),
    );
    expect(t!.rows.map((r) => [r.label, r.region?.code])).toEqual([
      ['Region Uppsala', '03'],
      ['Region Gotland', '09'],
      ['Skåne län', '12'],
    ]);
    expect(t!.columns.map((c) => [c.header, c.unit, c.scale])).toEqual([
      [['Totalt stöd'], 'SEK', 1000],
      [['Varav investeringar'], 'SEK', 1000],
    ]);
    expect(values(t!)).toEqual([
      ['1500000', '1000000'],
      ['250000', null],
      ['3200500', '2000000'],
    ]);
  });

  it('reads blocks without a unit line, with shares and counts, and keeps them apart from kronor', () => {
    const [t] = tablesOf(
      'Halland\nInvånare: 340 000\nAndel unga: 21 %\n\nVärmland\nInvånare: 282 000\nAndel unga: 19 %\n\nNorrbotten\nInvånare: 250 000\nAndel unga: 18,5 %\n',
    );
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['13', '17', '25']);
    expect(t!.columns.map((c) => [c.header, c.unit])).toEqual([
      [['Invånare'], 'persons'],
      [['Andel unga'], 'percent'],
    ]);
    expect(values(t!)).toEqual([
      ['340000', '21'],
      ['282000', '19'],
      ['250000', '18.5'],
    ]);
  });

  it('leaves blocks of things other than regions, and fewer than three regions, as text', () => {
    expect(tablesOf('Forskning\nBudget: 100\n\nUtbildning\nBudget: 200\n\nVård\nBudget: 300\n')).toEqual([]);
    expect(tablesOf('Halland\nInvånare: 340 000\n\nVärmland\nInvånare: 282 000\n')).toEqual([]);
  });
});
