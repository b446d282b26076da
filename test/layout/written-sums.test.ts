import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Rows that write out their arithmetic before its result, in two layouts written for this test:
 * a count, a fixed part plus a per-seat part and the sum, with a sum line without a label under
 * them; and a fixed part plus seats × a rate with "=", under a header line and with "Summa".
 */
const rowsOf = (text: string) => {
  const tables: readonly Table[] = docOf({ file: 'case.txt', text }).tables;
  return tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]));
};

const counted = [
  'Stödet fördelas så här mellan partierna:',
  '',
  'Parti, mandat',
  'Grundbelopp + mandatbelopp',
  'Summa, kr',
  'A 6 3 200 + 48 000 51 200',
  'B 3 3 200 + 24 000 27 200',
  'C 2 3 200 + 16 000 19 200',
  '     97 600',
  '',
].join('\n');

const product = [
  'Förening Grundstöd Medlemmar Stöd per medlem Totalt',
  'Hembygdsföreningen 5 000 + 120 × 25 = 8 000',
  'Scoutkåren 5 000 + 80 × 25 = 7 000',
  'Idrottsklubben 5 000 + 310 × 25 = 12 750',
  'Summa 27 750',
  '',
].join('\n');

describe('rows that write out their arithmetic', () => {
  it('reads a count, the terms and the result as cells, and the unlabelled sum line under the result', () => {
    expect(rowsOf(counted)).toEqual([
      [
        ['A', '6', '3200', '48000', '51200'],
        ['B', '3', '3200', '24000', '27200'],
        ['C', '2', '3200', '16000', '19200'],
        ['', '', '', '', '97600'],
      ],
    ]);
  });

  it('marks cells whose bounds were read from digit groups', () => {
    const t = docOf({ file: 'case.txt', text: counted }).tables[0]!;
    expect(t.rows[0]!.cells.map((c) => c.readBy)).toEqual(['spaced', 'spaced', 'spaced', 'spaced']);
  });

  it('reads a product with "=" and a labelled total', () => {
    expect(rowsOf(product)).toEqual([
      [
        ['Hembygdsföreningen', '5000', '120', '25', '8000'],
        ['Scoutkåren', '5000', '80', '25', '7000'],
        ['Idrottsklubben', '5000', '310', '25', '12750'],
        ['Summa', '', '', '', '27750'],
      ],
    ]);
  });
});
