import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Cells between blank lines: the first row's label may wrap over two lines under a header, as later rows' labels may. */
describe('a first row label of two lines, cells between blank lines', () => {
  it('reads "Västra Götalands" / "län" as the first row, under a header of two columns', () => {
    const text = ['Län', 'Antal ärenden', 'Västra Götalands\nlän', '410', 'Örebro län', '95', 'Värmlands län', '70', 'Summa', '575'].join('\n\n');
    const [t] = docOf({ text: `${text}\n` }).tables;
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['Västra Götalands län', '410'],
      ['Örebro län', '95'],
      ['Värmlands län', '70'],
      ['Summa', '575'],
    ]);
  });

  it('does the same under a header of three columns', () => {
    const text = ['Region', 'Platser', 'Varav nya', 'Region\nJämtland Härjedalen', '40', '5', 'Region Gävleborg', '55', '10', 'Region Dalarna', '60', '15', 'Totalt', '155', '30'].join('\n\n');
    const [t] = docOf({ text: `${text}\n` }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Region Jämtland Härjedalen', 'Region Gävleborg', 'Region Dalarna', 'Totalt']);
  });
});
