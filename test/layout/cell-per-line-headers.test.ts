import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import type { Grid } from '../../src/layout/types.js';
import { docOf } from '../rules/rule-tester.js';

/** Web tables pasted one cell per line whose headers wrap; examples written here, values worked out by hand. */
const grids = (text: string): Grid[] =>
  linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 }))).filter((b): b is Grid => b.kind === 'grid');
const rowsOf = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text.trim()));
const para = (cells: string[]): string => cells.join('\n\n');

describe('cell-per-line tables with wrapped headers', () => {
  it('puts titles wrapped over two lines back together, and a row label wrapped likewise', () => {
    const text = para([
      'Belopp, mnkr',
      'Utfall\nmars',
      'Plan\n2025',
      'Avvikelse',
      'Intäkter',
      '12,5',
      '13,0',
      '-0,5',
      'Kostnader',
      '-10,1',
      '-10,4',
      '0,3',
      'Bidrag från\nandra myndigheter',
      '2,4',
      '2,6',
      '-0,22)',
      'Räntor',
      '0,1',
      '0,1',
      '0,0',
    ]);
    const [g] = grids(text);
    expect(rowsOf(g!)).toEqual([
      ['Belopp, mnkr', 'Utfall mars', 'Plan 2025', 'Avvikelse'],
      ['Intäkter', '12,5', '13,0', '-0,5'],
      ['Kostnader', '-10,1', '-10,4', '0,3'],
      ['Bidrag från andra myndigheter', '2,4', '2,6', '-0,22)'],
      ['Räntor', '0,1', '0,1', '0,0'],
    ]);
    // "-0,22)" with no opening parenthesis is −0,2 with note 2).
    const [t] = docOf({ text }).tables;
    expect(t!.rows[2]!.cells[2]!.value?.toFixed()).toBe('-200000');
    expect(t!.rows[2]!.cells[2]!.note).toBe('2)');
  });

  it('reads a header of years with no label cell over three rows', () => {
    const [g] = grids(['2021', '2022', '2023', 'Skatter', '410,2', '415,0', '420,3', 'Avgifter', '12,0', '12,5', '13,1', 'Övrigt', '3,3', '3,1', '2,9'].join('\n'));
    expect(rowsOf(g!)).toEqual([
      ['', '2021', '2022', '2023'],
      ['Skatter', '410,2', '415,0', '420,3'],
      ['Avgifter', '12,0', '12,5', '13,1'],
      ['Övrigt', '3,3', '3,1', '2,9'],
    ]);
  });

  it('splits a header line of cells copied without separators, set right above the first label', () => {
    const text = ['tkr Intäkter 2021Kostnader 2021Netto 2021', 'Bibliotek', '', '120', '', '-900', '', '-780', '', 'Simhall', '', '2 400', '', '-5 100', '', '-2 700', '', 'Fritidsgård', '', '15', '', '-640', '', '-625', '', 'Museum', '', '300', '', '-1 300', '', '-1 000'].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.labelHeader).toBe('tkr');
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Intäkter 2021', 'Kostnader 2021', 'Netto 2021']);
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['Bibliotek', '120000', '-900000', '-780000'],
      ['Simhall', '2400000', '-5100000', '-2700000'],
      ['Fritidsgård', '15000', '-640000', '-625000'],
      ['Museum', '300000', '-1300000', '-1000000'],
    ]);
  });

  it('keeps headings between rows as rows without values', () => {
    const [g] = grids(['Nämnd', 'Budget 2024', 'Budget 2025', 'Socialnämnd:', 'Äldreomsorg', '500', '520', 'Individ och familj', '200', '210', 'Skolnämnd:', 'Grundskola', '800', '820', 'Gymnasium', '300', '310'].join('\n'));
    expect(rowsOf(g!)).toEqual([
      ['Nämnd', 'Budget 2024', 'Budget 2025'],
      ['Socialnämnd:', '', ''],
      ['Äldreomsorg', '500', '520'],
      ['Individ och familj', '200', '210'],
      ['Skolnämnd:', '', ''],
      ['Grundskola', '800', '820'],
      ['Gymnasium', '300', '310'],
    ]);
  });
});
