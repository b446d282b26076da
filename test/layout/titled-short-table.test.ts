import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Tables of two rows under a header of group titles and column titles, in layouts written for this test. */
const read = (text: string) =>
  docOf({ text }).tables.map((t) => ({ headers: t.columns.map((c) => c.header.join(' / ')), rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]) }));

describe('two rows under a two-line header of spaced columns', () => {
  it('reads word titles set right over their figures, under group titles centred over two columns each', () => {
    const text = [
      'Ekonomi i sammandrag, mnkr',
      '',
      '                 Kommuner          Regioner',
      '                 Budget  Utfall    Budget  Utfall',
      'Intäkter          1 250   1 310      880     920',
      'Kostnader         1 190   1 280      870     930',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        headers: ['Kommuner / Budget', 'Kommuner / Utfall', 'Regioner / Budget', 'Regioner / Utfall'],
        rows: [
          ['Intäkter', '1250000000', '1310000000', '880000000', '920000000'],
          ['Kostnader', '1190000000', '1280000000', '870000000', '930000000'],
        ],
      },
    ]);
  });

  it('reads titles set left over figures set left, group titles over the first of their columns', () => {
    const text = [
      '              Flickor              Pojkar',
      '              Antal    Andel       Antal    Andel',
      'Årskurs 6     412      48,2        443      51,8',
      'Årskurs 9     398      49,0        414      51,0',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        headers: ['Flickor / Antal', 'Flickor / Andel', 'Pojkar / Antal', 'Pojkar / Andel'],
        rows: [
          ['Årskurs 6', '412', '48.2', '443', '51.8'],
          ['Årskurs 9', '398', '49', '414', '51'],
        ],
      },
    ]);
  });

  it('gives no titles to two lines of figures where the titles do not stand over them', () => {
    // The titles sit between the figures' columns: no title over each column. Only the last reader of
    // rows of figures takes the two rows, without titles, its cells marked as read by digit groups.
    const text = ['                 Kommuner          Regioner', '           Budget      Utfall       Budget', 'Intäkter          1 250   1 310      880     920', 'Kostnader         1 190   1 280      870     930', ''].join('\n');
    expect(read(text)).toEqual([
      { headers: ['', '', '', ''], rows: [['Intäkter', '1250', '1310', '880', '920'], ['Kostnader', '1190', '1280', '870', '930']] },
    ]);
    expect(docOf({ text }).tables[0]!.rows.flatMap((r) => r.cells).every((c) => c.readBy === 'spaced')).toBe(true);
  });
});
