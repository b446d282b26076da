import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Value cells that carry their own unit in a short form, written for this test in two layouts. */
const values = (file: string, text: string) => docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a value cell with its own unit', () => {
  it('reads "milj kr" in space-aligned lines with blank lines between them', () => {
    const text = ['Anslag till förbundet', '', 'Kansli, ram                         12 400 milj kr', '', 'Bidrag till föreningar               3 250,5 milj kr', '', 'Totalt                                15 650,5 milj kr', ''].join('\n');
    expect(values('a.txt', text)).toEqual([
      ['Kansli, ram', '12400000000'],
      ['Bidrag till föreningar', '3250500000'],
      ['Totalt', '15650500000'],
    ]);
  });

  it('reads "milj. kr" and "mdr kr" in a tab table', () => {
    const text = 'Post\tBelopp\nSkolor\t4,5 milj. kr\nVägar\t2 mdr kr\nÖvrigt\t500 milj kr\n';
    expect(values('b.txt', text)).toEqual([
      ['Skolor', '4500000'],
      ['Vägar', '2000000000'],
      ['Övrigt', '500000000'],
    ]);
  });
});
