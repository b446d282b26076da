import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { stubTitleHeader } from '../../src/layout/stub-title-header.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Headers whose lines open with a level of the label column's title, a wide gap before the
 * column titles. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('stubTitleHeader', () => {
  it('puts the upper line’s first words over a column each and the rest over the titles below', () => {
    expect(stubTitleHeader(['Område   Totalt varav efter ålder', '  Kommun   Barn Vuxna Äldre'], 4)).toEqual({
      label: 'Område / Kommun',
      columns: ['Totalt', 'Barn', 'Vuxna', 'Äldre'],
      groups: [
        { text: '', span: 1 },
        { text: 'varav efter ålder', span: 3 },
      ],
    });
  });

  it('reads one line of titles cut at capitals, and nothing where a line has no gap or holds figures', () => {
    expect(stubTitleHeader(['Län   Antal personer Andel (%)', '  Kommun'], 2)).toEqual({ label: 'Län / Kommun', columns: ['Antal personer', 'Andel (%)'] });
    expect(stubTitleHeader(['Belopp i tkr 2023 2022'], 2)).toBeNull();
    expect(stubTitleHeader(['Län   2022 2023', '  Kommun'], 2)).toBeNull();
  });
});

describe('spaced tables under a header with the label’s levels at the left', () => {
  it('reads three lines of header over single-spaced rows: a title a column and one over two', () => {
    const text = [
      'Befolkning efter område',
      '',
      'Område   Totalt därav efter kön',
      '  Kommun   Kvinnor Män',
      '  Del      ',
      'SAMTLIGA   24 700 12 450 12 250',
      '  Ale 4 100 2 050 2 050',
      '  Lerum 8 300 4 250 4 050',
      '  Alingsås 12 300 6 150 6 150',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Totalt', 'därav efter kön / Kvinnor', 'därav efter kön / Män']);
    expect(t!.labelHeader).toBe('Område / Kommun / Del');
    expect(rowsOf(t!)).toEqual([
      ['SAMTLIGA', '24700', '12450', '12250'],
      ['Ale', '4100', '2050', '2050'],
      ['Lerum', '8300', '4250', '4050'],
      ['Alingsås', '12300', '6150', '6150'],
    ]);
  });

  it('reads two words a column over the left columns and a title over two below it, cut at capitals', () => {
    const text = [
      'Län   Invånare Täthet därav skogsmark',
      '  Kommun   Hektar Andel (%)',
      'HELA LÄNET   312 400 48,5 1 950 4,2',
      '  Halmstad 104 500 10,3 620 6,0',
      '  Varberg 66 800 7,4 410 5,1',
      '  Falkenberg 46 100 4,9 380 3,8',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Invånare', 'Täthet', 'därav skogsmark / Hektar', 'därav skogsmark / Andel (%)']);
    expect(t!.labelHeader).toBe('Län / Kommun');
    expect(rowsOf(t!)).toEqual([
      ['HELA LÄNET', '312400', '48.5', '1950', '4.2'],
      ['Halmstad', '104500', '10.3', '620', '6'],
      ['Varberg', '66800', '7.4', '410', '5.1'],
      ['Falkenberg', '46100', '4.9', '380', '3.8'],
    ]);
  });

  it('counts the columns by the titles where the rows cannot ("520 470" is one number or two)', () => {
    for (const top of ['Hallands län', 'HALLANDS LÄN']) {
      const text = [`Län   Antal beslut Beviljade beslut`, '  Kommun', `${top}   1 240 1 100`, '  Halmstad 520 470', '  Varberg 410 360', '  Falkenberg 310 270', ''].join('\n');
      const [t] = tablesOf(text);
      expect(headersOf(t!)).toEqual(['Antal beslut', 'Beviljade beslut']);
      expect(rowsOf(t!)).toEqual([
        [top, '1240', '1100'],
        ['Halmstad', '520', '470'],
        ['Varberg', '410', '360'],
        ['Falkenberg', '310', '270'],
      ]);
    }
  });
});
