import { describe, expect, it } from 'vitest';
import { splitFootersAfterRows } from '../../src/layout/footer-after-row.js';
import { docOf } from '../rules/rule-tester.js';

const rowsOf = (text: string) =>
  docOf({ file: 'case.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, r.kind, ...r.cells.map((c) => c.value?.toString() ?? null)]));

const table = (last: string, sep = ' '): string =>
  ['Bidrag per kommun, tusental kronor', '', ['Kommun', '2023', '2024'], ['Arvika', '1 200', '1 300'], ['Borlänge', '2 400', '2 500'], ['Eda', '300', '400']]
    .map((r) => (Array.isArray(r) ? r.join(sep) : r))
    .join('\n') + `\n${last}\n`;

const read = [
  [
    ['Arvika', 'data', '1200000', '1300000'],
    ['Borlänge', 'data', '2400000', '2500000'],
    ['Eda', 'data', '300000', '400000'],
    ['Summa', 'total', '3900000', '4200000'],
  ],
];

describe('a source or update line run into the last row of a table', () => {
  it('is cut off the row, spaced or glued, with a break before it', () => {
    expect(splitFootersAfterRows([{ raw: 'Summa 3 900 4 200 Källa: SCB', line: 7 }])).toEqual([
      { raw: 'Summa 3 900 4 200', line: 7 },
      { raw: '', line: 7, column: 18 },
      { raw: 'Källa: SCB', line: 7, column: 19 },
    ]);
    expect(splitFootersAfterRows([{ raw: 'Totalt 12 4 200Uppdaterad 12 mars 2024', line: 3 }])).toEqual([
      { raw: 'Totalt 12 4 200', line: 3 },
      { raw: '', line: 3, column: 16 },
      { raw: 'Uppdaterad 12 mars 2024', line: 3, column: 16 },
    ]);
  });

  it('leaves prose, a label alone and a row without a footer as they are', () => {
    for (const raw of ['Källa: SCB 2023', 'Statistiken uppdaterad 2024-03-01 visar 3 900 ärenden', 'Summa 3 900 4 200', 'Uppdaterad 12 mars 2024'])
      expect(splitFootersAfterRows([{ raw, line: 1 }])).toEqual([{ raw, line: 1 }]);
  });

  it('leaves the last row read in full when the source follows it after a space', () => {
    expect(rowsOf(table('Summa 3 900 4 200 Källa: Statistiska centralbyrån'))).toEqual(read);
  });

  it('reads no row out of an update line glued to the last figure', () => {
    expect(rowsOf(table('Summa 3 900 4 200Uppdaterad 12 mars 2024'))).toEqual(read);
  });

  it('reads the last cell of a tab table in full, the source after it apart', () => {
    expect(rowsOf(table('Summa\t3 900\t4 200 Senast uppdaterad: 2024-03-01', '\t'))).toEqual(read);
  });
});
