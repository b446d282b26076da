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

  it('scales a table under a line that is only a unit, whole block of its own', () => {
    const spaced = 'Kostnader per nämnd\n\nLöpande priser, tusental kronor\n\nNämnd\tÅr 1\tÅr 2\nSkola\t4 500\t4 600\nKultur\t300\t310\nVård\t1 000\t1 010\n';
    expect(firstColumn(spaced, 'e.txt')).toEqual(['4500000', '300000', '1000000']);
    const md = 'Belopp i miljarder kronor\n\n| Post | 2010 |\n|---|---|\n| Inkomster | 5,5 |\n| Utgifter | 4,25 |\n';
    expect(firstColumn(md, 'f.md')).toEqual(['5500000000', '4250000000']);
  });
});

describe('a unit in a parenthesis closing the sentence above a table', () => {
  it('reads "(belopp i tusen kronor, tkr)." and "(mnkr):" as the unit', () => {
    const a = 'Driftbudget per förvaltning för åren 2021–2023 (belopp i tusen kronor, tkr).\n\nNämnd\tBudget\nSkola\t4 500\nKultur\t300\n';
    expect(firstColumn(a, 'g.txt')).toEqual(['4500000', '300000']);
    const b = 'Investeringarna fördelas enligt följande sammanställning (mnkr):\n\nObjekt\tBelopp\nBro\t12,5\nVäg\t3\n';
    expect(firstColumn(b, 'h.txt')).toEqual(['12500000', '3000000']);
  });

  it('leaves a closing parenthesis without a unit, or with a figure, alone', () => {
    const a = 'Driftbudget per förvaltning (se även bilaga).\n\nNämnd\tBudget\nSkola\t4 500\nKultur\t300\n';
    expect(firstColumn(a, 'i.txt')).toEqual(['4500', '300']);
    const b = 'Driftbudget per förvaltning (totalt 5 miljoner kronor).\n\nNämnd\tBudget\nSkola\t4 500\nKultur\t300\n';
    expect(firstColumn(b, 'j.txt')).toEqual(['4500', '300']);
  });
});
