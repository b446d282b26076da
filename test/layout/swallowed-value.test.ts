import { describe, expect, it } from 'vitest';
import { swallowedValue } from '../../src/layout/swallowed-value.js';
import { docOf } from '../rules/rule-tester.js';

/** Pasted tables with uneven spaces, written for this test. */
const rowsOf = (text: string) => docOf({ file: 'a.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('swallowedValue', () => {
  it('splits an amount with digit groups off the end of a label', () => {
    expect(swallowedValue({ from: 0, to: 18, text: 'Grundbelopp 52 100' })).toEqual({ label: { from: 0, to: 11, text: 'Grundbelopp' }, value: { from: 12, to: 18, text: '52 100' } });
    expect(swallowedValue({ from: 4, to: 22, text: 'Hyror (netto) -1 204,5' })?.value.text).toBe('-1 204,5');
  });
  it('leaves labels that end in a small number or a word', () => {
    expect(swallowedValue({ from: 0, to: 10, text: 'Årskurs 7' })).toBeNull();
    expect(swallowedValue({ from: 0, to: 13, text: 'Grundbelopp A' })).toBeNull();
  });
});

describe('a first row whose label kept one space before its first value', () => {
  it('is read with all its values, the split one marked as a guess', () => {
    const text = ['Ersättning        Per år   Per månad', 'Förskola 128 400  10 700', 'Fritidshem  38 880  3 240', 'Grundskola  96 120  8 010', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Förskola', '128400', '10700'],
        ['Fritidshem', '38880', '3240'],
        ['Grundskola', '96120', '8010'],
      ],
    ]);
    const cell = docOf({ file: 'a.txt', text }).tables[0]!.rows[0]!.cells[0]!;
    expect(cell.readBy).toBe('spaced');
  });

  it('also in a table of three value columns with a decimal figure', () => {
    const text = ['Nyckeltal  2022  2021  2020', 'Intäkter 1 204,5  1 150,2  1 098,0', 'Kostnader  -998,1  -972,4  -940,3', 'Resultat  206,4  177,8  157,7', ''].join('\n');
    expect(rowsOf(text)[0]!.find((r) => r[0] === 'Intäkter')).toEqual(['Intäkter', '1204.5', '1150.2', '1098']);
  });
});
