import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A unit on a line of its own above a table, written for this test in three layouts; values in kronor. */
const firstColumn = (text: string, file: string) => docOf({ file, text }).tables[0]!.rows.map((r) => r.cells[0]!.value?.toFixed() ?? null);

describe('a unit line just above a table', () => {
  it('scales a Markdown table under "Fasta priser, miljoner kronor"', () => {
    const md = 'Kostnader för vården 2020–2021\nFasta priser, miljoner kronor\n| Område | 2020 | 2021 |\n|---|---|---|\n| Vård | 1 200 | 1 250 |\n| Omsorg | 800 | 810 |\n| Summa | 2 000 | 2 060 |\n';
    expect(firstColumn(md, 'a.md')).toEqual(['1200000000', '800000000', '2000000000']);
  });

  it('scales a tab table under "Belopp i tusental kronor:"', () => {
    const txt = 'Utfallet per nämnd redovisas nedan.\nBelopp i tusental kronor:\nNämnd\tUtfall\nSkola\t4 500\nKultur\t300\n';
    expect(firstColumn(txt, 'b.txt')).toEqual(['4500000', '300000']);
  });

  it('leaves a title that only opens with a unit, or an amount, alone', () => {
    const title = 'Om stödet\nMiljoner kronor till regionerna\nNämnd\tUtfall\nSkola\t4 500\nKultur\t300\n';
    expect(firstColumn(title, 'c.txt')).toEqual(['4500', '300']);
    const amount = 'Om stödet\nTotalt 5 miljoner kronor\nNämnd\tUtfall\nSkola\t4 500\nKultur\t300\n';
    expect(firstColumn(amount, 'd.txt')).toEqual(['4500', '300']);
  });
});
