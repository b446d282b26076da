import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** "No change" written as a signed zero before another single-spaced value, examples written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'z.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a signed zero between single-spaced values', () => {
  it('ends its cell: the delegates after "+/-0" are no digit group of it, in a total row that the listed rows do not make up', () => {
    const text = [
      'Parti Röster Andel Förändring Ombud Förändring',
      'Socialdemokraterna 38 050 38,20 +1,10 210 +4',
      'Moderaterna 29 180 28,08 -0,40 150 -2',
      'Centerpartiet 13 770 13,48 +/-0 170 +/-0',
      'Totalt 101 720 100,00 +/-0 630* +/-0',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Socialdemokraterna', '38050', '38.2', '1.1', '210', '4'],
        ['Moderaterna', '29180', '28.08', '-0.4', '150', '-2'],
        ['Centerpartiet', '13770', '13.48', '0', '170', '0'],
        ['Totalt', '101720', '100', '0', '630', '0'],
      ],
    ]);
  });

  it('ends its cell in a table of members, shares and delegates whose total row the listed unions do not make up', () => {
    const text = [
      'Förbund Medlemmar Andel Förändring Ombud Förändring',
      'Kommunal 48 210 31,50 +0,80 140 +3',
      'Vision 35 980 23,51 -1,20 105 -4',
      'Lärarförbundet 27 415 17,91 +/-0 80 +/-0',
      'Samtliga förbund 153 060 100,00 +/-0 455* +/-0',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Kommunal', '48210', '31.5', '0.8', '140', '3'],
        ['Vision', '35980', '23.51', '-1.2', '105', '-4'],
        ['Lärarförbundet', '27415', '17.91', '0', '80', '0'],
        ['Samtliga förbund', '153060', '100', '0', '455', '0'],
      ],
    ]);
  });
});
