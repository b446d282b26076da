import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { labelOnlyRun } from '../../src/layout/label-only-rows.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Web tables pasted one cell a line whose empty cells were dropped, so that a row with every cell
 * empty is its label alone. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('labelOnlyRun', () => {
  const kinds = ['L', 'L', 'L', 'R', 'L', 'L', 'L', 'L', 'L', 'L', 'L', 'R'];
  const label = (j: number): boolean => kinds[j] === 'L' || kinds[j] === 'R';
  const record = (j: number): boolean => kinds[j] === 'R';
  it('counts the labels before a row with values, and no more than six', () => {
    expect(labelOnlyRun(0, label, record)).toBe(3);
    expect(labelOnlyRun(4, label, record)).toBe(0);
    expect(labelOnlyRun(3, label, record)).toBe(0);
  });
});

describe('cell-per-line tables with rows whose cells were all dropped', () => {
  it('keeps four empty rows of a reconciliation between rows with values (blank lines between cells)', () => {
    const cells = [
      'Mnkr', '2021', '2022', '2023',
      'Resultat enligt resultaträkningen', '45', '61', '30',
      'Avgår realisationsvinster', '-3', '-12', '-1',
      'Justering för synnerliga skäl',
      'Orealiserade vinster i värdepapper',
      'Orealiserade förluster i värdepapper',
      'Återföring av orealiserade förluster',
      'Justerat resultat', '42', '49', '29',
      'Avsättning till reserv', '-10', '-20', '0',
      'Balanskravsresultat', '32', '29', '29',
    ];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Resultat enligt resultaträkningen', '45000000', '61000000', '30000000'],
      ['Avgår realisationsvinster', '-3000000', '-12000000', '-1000000'],
      ['Justering för synnerliga skäl', null, null, null],
      ['Orealiserade vinster i värdepapper', null, null, null],
      ['Orealiserade förluster i värdepapper', null, null, null],
      ['Återföring av orealiserade förluster', null, null, null],
      ['Justerat resultat', '42000000', '49000000', '29000000'],
      ['Avsättning till reserv', '-10000000', '-20000000', '0'],
      ['Balanskravsresultat', '32000000', '29000000', '29000000'],
    ]);
  });

  it('keeps two empty rows in a list of grants, one cell a line without blank lines', () => {
    const text = [
      'Mottagare', 'Beviljat', 'Utbetalt',
      'Föreningen Norr', '120 000', '120 000',
      'Föreningen Syd', '80 000', '40 000',
      'Föreningen Väst',
      'Föreningen Öst',
      'Föreningen Mitt', '55 000', '55 000',
      'Summa', '255 000', '215 000',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Föreningen Norr', '120000', '120000'],
      ['Föreningen Syd', '80000', '40000'],
      ['Föreningen Väst', null, null],
      ['Föreningen Öst', null, null],
      ['Föreningen Mitt', '55000', '55000'],
      ['Summa', '255000', '215000'],
    ]);
  });
});

describe('labels alone after a table of one row', () => {
  it('leaves the caption lines of the next table out of a table that has only one full row', () => {
    const cells = [
      'Region', 'Bidrag', '(tusen kronor)',
      'Region Gotland', '55',
      'Tabell B.',
      '(tusen kronor)',
      'Bidrag per kommun',
      'Kommun', 'Bidrag',
      'Borgholm', '12',
      'Mörbylånga', '14',
      'Kalmar', '40',
      'Nybro', '19',
      'Summa', '85',
    ];
    const tables = tablesOf(`${cells.join('\n\n')}\n`);
    for (const t of tables) {
      const labels = t.rows.map((r) => r.label);
      expect(labels.includes('Region Gotland') && labels.includes('Borgholm'), labels.join(', ')).toBe(false);
      expect(labels).not.toContain('(tusen kronor)');
    }
  });
});
