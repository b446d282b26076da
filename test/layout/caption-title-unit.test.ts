import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A title line right above a table, without "Tabell", that ends in the unit after a comma:
 * "Nettokostnader per kommun 2021, tkr". Tables written for this test.
 */
const values = (file: string, text: string) => docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a title ending in ", <unit>" above a table (captions.ts)', () => {
  it('gives the unit of an aligned table', () => {
    const text = 'Nettokostnader per kommun 2021, tkr\n\nKommun          2020       2021\nAle            1 204      1 310\nLund             980      1 015\nSala             120        118\n';
    expect(values('a.txt', text)).toEqual([
      ['Ale', '1204000', '1310000'],
      ['Lund', '980000', '1015000'],
      ['Sala', '120000', '118000'],
    ]);
  });

  it('gives the unit of an HTML table under a bold paragraph, a span of years in it', () => {
    const text = '<p>Utbetalt bidrag.</p><p><strong>Resultaträkning 2019–2020, mnkr</strong></p><table><tr><th>Post</th><th>Utfall</th></tr><tr><td>Intäkter</td><td>45,5</td></tr><tr><td>Kostnader</td><td>-40,1</td></tr><tr><td>Netto</td><td>5,4</td></tr></table>';
    expect(values('b.html', text)).toEqual([
      ['Intäkter', '45500000'],
      ['Kostnader', '-40100000'],
      ['Netto', '5400000'],
    ]);
  });

  // "…, i miljoner kronor": the unit after "i" had left the table unscaled.
  it('gives the unit after "i" to a table one cell a line and to an aligned table', () => {
    const text = 'Bidrag per förening 2021, i tusen kronor\n\nIdrottsklubben Norr\n  140\nScoutkåren\n  85\nKonstföreningen\n  62,5\nFiskeklubben\n  40\n';
    expect(values('d.txt', text)).toEqual([
      ['Idrottsklubben Norr', '140000'],
      ['Scoutkåren', '85000'],
      ['Konstföreningen', '62500'],
      ['Fiskeklubben', '40000'],
    ]);
    const aligned = 'Kostnader per nämnd 2022–2023, i mnkr\n\nNämnd              2022      2023\nSocialnämnden      412,3     430,1\nKulturnämnden       41,9      40,2\nTekniska nämnden    88,0      91,4\n';
    expect(values('e.txt', aligned)).toEqual([
      ['Socialnämnden', '412300000', '430100000'],
      ['Kulturnämnden', '41900000', '40200000'],
      ['Tekniska nämnden', '88000000', '91400000'],
    ]);
  });

  it('takes no unit from a title whose figures are amounts, not years', () => {
    const text = 'Fördelade 300 av 500, tkr\n\nKommun          2020       2021\nAle            1 204      1 310\nLund             980      1 015\nSala             120        118\n';
    expect(values('c.txt', text)[0]).toEqual(['Ale', '1204', '1310']);
  });
});
