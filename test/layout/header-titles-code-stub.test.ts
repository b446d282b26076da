import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { headerTitles } from '../../src/layout/header-titles.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Election results copied out of a web table whose header cells break their titles over two
 * lines ("Antal" / "2022"), after a code column titled by an abbreviation ("Förk.") and the
 * names' column ("Parti"), over single-spaced rows. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('headerTitles under a code column titled by an abbreviation', () => {
  it('reads the code and the names titles as the label column and the rest as one title a column', () => {
    const lines = ['Förk. Parti Antal', '2022', 'Andel', '2022', 'Antal', '+/-', 'Antal', '2018'];
    expect(headerTitles(lines, 4)).toEqual({ label: 'Förk. Parti', columns: ['Antal 2022', 'Andel 2022', 'Antal +/-', 'Antal 2018'] });
  });

  it('still takes a full stop elsewhere for a sentence, and two titles before the values only after a code title', () => {
    expect(headerTitles(['Tabellen visar röster.', 'Antal', '2022', 'Antal', '2018'], 2)).toBeNull();
    expect(headerTitles(['Region Parti Antal', '2022', 'Antal', '2018'], 2)).toBeNull();
  });
});

describe('single-spaced election tables under titles wrapped one word a line', () => {
  it('titles all six columns of a table with changes since the last election', () => {
    const text = [
      'Röstfördelning i valet till kommunfullmäktige',
      '',
      'Förk. Parti Antal', '2022', 'Andel', '2022', 'Antal', '+/-', 'Andel', '+/-', 'Antal', '2018', 'Andel', '2018',
      'M Moderaterna 412 20,6% +24 +1,2 388 19,4%',
      'C Centerpartiet 215 10,8% -31 -1,5 246 12,3%',
      'S Socialdemokraterna 690 34,5% +12 +0,6 678 33,9%',
      'V Vänsterpartiet 160 8,0% -8 -0,4 168 8,4%',
      'SD Sverigedemokraterna 398 19,9% +46 +2,3 352 17,6%',
      'ÖVR Övriga partier 125 6,2% -43 -2,2 168 8,4%',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Antal 2022', 'Andel 2022', 'Antal +/-', 'Andel +/-', 'Antal 2018', 'Andel 2018']);
    // The abbreviation is the row's code, the name its label (letter-code-label.ts).
    expect(rowsOf(t!)[0]).toEqual(['Moderaterna', '412', '20.6', '24', '1.2', '388', '19.4']);
    expect(t!.rows.map((r) => r.code)).toEqual(['M', 'C', 'S', 'V', 'SD', 'ÖVR']);
    expect(rowsOf(t!)[5]).toEqual(['Övriga partier', '125', '6.2', '-43', '-2.2', '168', '8.4']);
  });

  it('titles the columns of a church election in other words', () => {
    const text = [
      'Valet till stiftsfullmäktige',
      '',
      'Förk. Nomineringsgrupp Röster', '2021', 'Procent', '2021', 'Röster', '+/-', 'Procent', '+/-', 'Röster', '2017', 'Procent', '2017',
      'POSK Partipolitiskt obundna 1204 31,21% +194 +2,31 1010 28,90%',
      'S Socialdemokraterna 1122 29,08% -65 -4,89 1187 33,97%',
      'C Centerpartiet 498 12,91% +43 -0,11 455 13,02%',
      'BA Borgerligt alternativ 377 9,77% -25 -1,73 402 11,50%',
      'SD Sverigedemokraterna 412 10,68% +132 +2,67 280 8,01%',
      'ÖK Öppen kyrka 245 6,35% +85 +1,77 160 4,58%',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Röster 2021', 'Procent 2021', 'Röster +/-', 'Procent +/-', 'Röster 2017', 'Procent 2017']);
    expect(rowsOf(t!)[1]).toEqual(['Socialdemokraterna', '1122', '29.08', '-65', '-4.89', '1187', '33.97']);
    expect(rowsOf(t!)[5]).toEqual(['Öppen kyrka', '245', '6.35', '85', '1.77', '160', '4.58']);
  });
});
