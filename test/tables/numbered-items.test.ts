import { describe, expect, it } from 'vitest';
import { labelEndsInFigure, numbersAreCodes } from '../../src/tables/numbered-items.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

const tableOf = (text: string): Table => docOf({ file: 'case.txt', text }).tables[0]!;
const rowsOf = (t: Table) =>
  t.rows.map((r) => [r.code ?? null, r.number ?? null, r.label, r.kind, ...r.cells.map((c) => `${c.value?.toFixed() ?? '–'}${c.readBy ? ` (${c.readBy})` : ''}`)]);

describe('numbers opening the items of a numbered grid', () => {
  it('are a numbering when they run 1, 2, 3 with levels below', () => {
    expect(numbersAreCodes(['1. Medel till regionerna', '1.1 Varav grundkrav', '2. Medel till kommunerna'])).toBe(false);
    expect(numbersAreCodes(['1 Drift', '2 Investeringar', 'Totalt'])).toBe(false);
  });

  it('are codes with a leading zero, of three or four digits, or when they do not rise', () => {
    expect(numbersAreCodes(['03 Region Uppsala', '07 Region Kronoberg'])).toBe(true);
    expect(numbersAreCodes(['8000 Projekt', '7001 Etapp 2'])).toBe(true);
    expect(numbersAreCodes(['25 Norrbotten', '10 Blekinge', '20 Dalarna'])).toBe(true);
  });

  it('tell a label that ends in a figure (more figures on the line than its value)', () => {
    expect(labelEndsInFigure('03 Region Uppsala 90')).toBe(true);
    expect(labelEndsInFigure('Projekt 12 89,5')).toBe(true);
    expect(labelEndsInFigure('1.2 Varav medel till regionerna')).toBe(false);
    expect(labelEndsInFigure('2 Åk 1–6')).toBe(false);
  });
});

describe('a code column read as a numbered grid', () => {
  it('leaves rows whose labels end in figures to the single-spaced columns, county codes still codes', () => {
    // Two columns set apart by single spaces, every label ending in a figure: no numbered grid (numbered-grid.ts), but the
    // columns under the header of years, "255 210" two cells.
    const t = tableOf('Tabell 3. Bidrag per län\n\nLänskod tkr 2021 2022\n01 Stockholms län 120 80\n05 Östergötlands län 60 40\n12 Skåne län 75 90\nTotalt 255 210\n');
    expect(rowsOf(t)).toEqual([
      ['01', null, 'Stockholms län', 'data', '120000 (spaced)', '80000 (spaced)'],
      ['05', null, 'Östergötlands län', 'data', '60000 (spaced)', '40000 (spaced)'],
      ['12', null, 'Skåne län', 'data', '75000 (spaced)', '90000 (spaced)'],
      [null, null, 'Totalt', 'total', '255000 (spaced)', '210000 (spaced)'],
    ]);
  });

  it('reads account numbers of one column as codes, their figures as certain', () => {
    const t = tableOf('Tabell 5 Kostnader per konto\n\nKonto Belopp i tkr\n3010 Hyror 45\n4020 Material 30\n5110 Resor 25\nSumma 110\n');
    expect(rowsOf(t)).toEqual([
      ['3010', null, 'Hyror', 'data', '45000'],
      ['4020', null, 'Material', 'data', '30000'],
      ['5110', null, 'Resor', 'data', '25000'],
      [null, null, 'Summa', 'total', '110000'],
    ]);
  });

  it('keeps a numbering with levels as the hierarchy it is', () => {
    const t = tableOf('Tabell 1. Fördelning\nMiljoner kronor\n1. Medel till regionerna 2 925\n1.1 Varav grundkrav 2 000\n1.2 Varav prestationer 925\n2. Medel till kommunerna 12\nTotalt 2 937\n');
    expect(rowsOf(t)).toEqual([
      [null, '1', 'Medel till regionerna', 'data', '2925000000'],
      [null, '1.1', 'Varav grundkrav', 'data', '2000000000'],
      [null, '1.2', 'Varav prestationer', 'data', '925000000'],
      [null, '2', 'Medel till kommunerna', 'data', '12000000'],
      [null, null, 'Totalt', 'total', '2937000000'],
    ]);
  });
});
