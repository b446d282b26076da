import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted with one cell a line and a blank line after each row only: every row a
 * paragraph (label, then its cells), the header the first paragraph. Written in wordings and
 * widths other than the matrix in matrix-cells.test.ts.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table): (string | null)[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('rows pasted as paragraphs, one cell a line', () => {
  it('reads a municipal table of three columns with a caption above', () => {
    const text = [
      'Tabell 4. Statsbidrag per kommun, tusen kronor',
      'Kommun\nAnsökt\nBeviljat',
      'Borås\n4 100\n3 900',
      'Alingsås\n2 250\n2 000',
      'Ulricehamn\n1 400\n1 100',
      'Summa\n7 750\n7 000',
      'Beslutet kan överklagas.',
    ].join('\n\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.columns.map((c) => [c.header, c.unit, c.scale])).toEqual([
      [['Ansökt'], 'SEK', 1000],
      [['Beviljat'], 'SEK', 1000],
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Borås', '4100000', '3900000'],
      ['Alingsås', '2250000', '2000000'],
      ['Ulricehamn', '1400000', '1100000'],
      ['Summa', '7750000', '7000000'],
    ]);
  });

  it('reads counts under a header whose title wraps, and leaves a list of contacts alone', () => {
    const text = ['Län\nAntal\nansökningar', 'Kalmar län\n31', 'Blekinge län\n12', 'Kronobergs län\n18', 'Totalt\n61'].join('\n\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Kalmar län', '31'],
      ['Blekinge län', '12'],
      ['Kronobergs län', '18'],
      ['Totalt', '61'],
    ]);
    expect(tablesOf('Kontakt\nPresstjänst\n\nAnna Berg\npressekreterare\n\nErik Lund\nrättssakkunnig\n\nLisa Holm\nkansliråd\n')).toEqual([]);
  });

  it('reads a header without a first title, and a row that leaves its last cell out', () => {
    const text = ['Kostnader per nämnd, tkr', 'Budget\nUtfall', 'Kultur\n1 500\n1 450', 'Fritid\n900', 'Teknik\n2 600\n2 640', 'Summa\n5 000\n4 090'].join('\n\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.columns.map((c) => c.header)).toEqual([['Budget'], ['Utfall']]);
    expect(rowsOf(t!)).toEqual([
      ['Kultur', '1500000', '1450000'],
      ['Fritid', '900000', null],
      ['Teknik', '2600000', '2640000'],
      ['Summa', '5000000', '4090000'],
    ]);
  });
});
