import { describe, expect, it } from 'vitest';
import { overflowedValue, swallowedValue } from '../../src/layout/swallowed-value.js';
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

describe('a label run on into the first column', () => {
  it('gives up the figure that ends at the column edge, marked as a guess, so the total adds up', () => {
    const text = [
      'Region                         2023        2024',
      'Region Stockholm              1 200       1 300',
      'Region Uppsala                  400         450',
      'Region Jämtland Härjedalen Östra 310         320',
      'Region Skåne                    900         950',
      'Summa                         2 810       3 020',
      '',
    ].join('\n');
    const doc = docOf({ file: 'a.txt', text });
    expect(rowsOf(text)[0]![2]).toEqual(['Region Jämtland Härjedalen Östra', '310', '320']);
    expect(doc.tables[0]!.rows[2]!.cells[0]!.readBy).toBe('spaced');
  });

  it('in a layout of three columns and a decimal figure, and leaves a figure off the edge in the label', () => {
    const text = [
      'Verksamhet                      Budget   Utfall   Avvikelse',
      'Grundskola                       412,5    405,0         7,5',
      'Gymnasieskola och vuxenutbildning 96,0     98,5        -2,5',
      'Kultur                            31,0     30,5         0,5',
      'Område 2                                  12,0       -12,0',
      'Summa                            539,5    546,0        -6,5',
      '',
    ].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows[1]).toEqual(['Gymnasieskola och vuxenutbildning', '96', '98.5', '-2.5']);
    expect(rows[3]).toEqual(['Område 2', null, '12', '-12']);
  });
});

describe('overflowedValue', () => {
  it('splits only a figure that ends at the edge', () => {
    expect(overflowedValue({ from: 0, to: 35, text: 'Region Jämtland Härjedalen Östra 310' }, 34)?.value.text).toBe('310');
    expect(overflowedValue({ from: 0, to: 35, text: 'Region Jämtland Härjedalen Östra 310' }, 30)).toBeNull();
    expect(overflowedValue({ from: 0, to: 9, text: 'Område A2' }, 9)).toBeNull();
  });
});
