import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A unit stated in the sentence before a link's words that close the paragraph above a table; written for this test in two layouts. */
const firstColumn = (text: string, file: string) => docOf({ file, text }).tables[0]!.rows.map((r) => r.cells[0]!.value?.toFixed() ?? null);

describe('a unit sentence followed by a link', () => {
  it('scales a tab table under "… redovisas i tusental kronor. Läs mer!"', () => {
    const txt = ['Kostnader per verksamhet', '', 'Statistiken bygger på myndighetens bokslut. Uppgifterna redovisas i tusental kronor och löpande priser. Läs mer!', '', 'Verksamhet\t2021\t2022', 'Tillsyn\t4 500\t4 700', 'Rådgivning\t300\t320', 'Summa\t4 800\t5 020', ''].join('\n');
    expect(firstColumn(txt, 'a.txt')).toEqual(['4500000', '300000', '4800000']);
  });

  it('scales a spaced table under "Beloppen anges i miljoner kronor. Mer information här."', () => {
    const txt = ['Bidrag per län fördelas efter befolkning. Beloppen anges i miljoner kronor. Mer information här.', '', 'Län                 2023     2024', 'Uppsala län         12,5     13,0', 'Hallands län         8,0      8,5', 'Summa               20,5     21,5', ''].join('\n');
    expect(firstColumn(txt, 'b.txt')).toEqual(['12500000', '8000000', '20500000']);
  });

  it('leaves the table unscaled when the sentence before the link states no unit', () => {
    const txt = ['Statistiken bygger på myndighetens bokslut. Läs mer!', '', 'Verksamhet\t2021\t2022', 'Tillsyn\t4 500\t4 700', 'Rådgivning\t300\t320', ''].join('\n');
    expect(firstColumn(txt, 'c.txt')).toEqual(['4500', '300']);
  });
});
