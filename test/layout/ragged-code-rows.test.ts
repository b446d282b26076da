import { describe, expect, it } from 'vitest';
import { raggedCodeRowsAsTabs } from '../../src/layout/ragged-code-rows.js';
import { docOf } from '../rules/rule-tester.js';

const lines = (text: string) => text.split('\n').map((raw, k) => ({ raw, line: k + 1 }));

/** Tables written for this test. */
describe('a code column in gaps of two spaces, not aligned', () => {
  it('each gap is a tab, every offset kept; a total one cell short gets an empty cell after its words', () => {
    const text = 'Moment  Namn  BS 2022  BP 2023\n31.10.20  Bastrafikleder  1 250  1 300\n31.10.41  Farleder  420  410\nSammanlagt    1 670  1 710';
    const out = raggedCodeRowsAsTabs(lines(text));
    expect(out.map((l) => l.raw.split('\t').map((c) => c.trim()))).toEqual([
      ['Moment', 'Namn', 'BS 2022', 'BP 2023'],
      ['31.10.20', 'Bastrafikleder', '1 250', '1 300'],
      ['31.10.41', 'Farleder', '420', '410'],
      ['Sammanlagt', '', '1 670', '1 710'],
    ]);
    expect(out.map((l) => l.raw.length)).toEqual(text.split('\n').map((l) => l.length));
  });

  it('leaves a table whose figures stand in columns, and rows without codes', () => {
    const aligned = 'Konto  Namn     2022   2023\n01     Löner   1 250  1 300\n02     Hyror     420    410\n03     Övrigt     55     60';
    expect(raggedCodeRowsAsTabs(lines(aligned)).map((l) => l.raw)).toEqual(aligned.split('\n'));
    const noCodes = 'Sektor  BS 2022  BP 2023\nBildning  45 120  46 800\nTeknik  12 400  12 900\nVård  8 100  8 300';
    expect(raggedCodeRowsAsTabs(lines(noCodes)).map((l) => l.raw)).toEqual(noCodes.split('\n'));
  });

  it('moments and names under their titles, the figures under theirs, never a code summed', () => {
    const text = 'Trafikverkets anslag\n\nAnslag per moment, 1 000 euro\n\nMoment  Benämning  BS 2022  BP 2023\n31.10.20  Bastrafikleder  1 250  1 300\n31.10.41  Farleder och kanaler  420  410\n31.10.50  Övrigt  55  60\n';
    const d = docOf({ file: 'a.txt', text });
    const t = d.tables[0]!;
    expect(t.columns.map((c) => [c.header.join(' / '), c.unit, c.scale])).toEqual([
      ['BS 2022', 'EUR', 1000],
      ['BP 2023', 'EUR', 1000],
    ]);
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Bastrafikleder', '1250000', '1300000'],
      ['Farleder och kanaler', '420000', '410000'],
      ['Övrigt', '55000', '60000'],
    ]);
  });

  it('accounts with two-digit codes, in thousands of kronor', () => {
    const text = 'Driftbudget\n\nKostnader per konto, tkr\n\nKonto  Kontonamn  Utfall 2021  Budget 2022\n40  Personal  18 400  19 100\n50  Lokaler  3 260  3 300\n60  Material  910  950\n';
    const d = docOf({ file: 'b.txt', text });
    const t = d.tables[0]!;
    expect(t.columns.map((c) => c.header.join(' / '))).toEqual(['Utfall 2021', 'Budget 2022']);
    expect(t.rows.map((r) => [r.label, r.cells[0]!.value!.toFixed()])).toEqual([
      ['Personal', '18400000'],
      ['Lokaler', '3260000'],
      ['Material', '910000'],
    ]);
  });
});

describe('a code column in aligned columns', () => {
  it('is left to the aligned reader, a note mark after a figure notwithstanding', () => {
    const text = 'Nr    Post                      2023\n4100  1:2 Löner            2 310 400\n4200  Hyror                  512 300²\n4300  Material                88 150';
    expect(raggedCodeRowsAsTabs(lines(text)).map((l) => l.raw)).toEqual(text.split('\n'));
  });
});
