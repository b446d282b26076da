import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A statement whose last part stands under a heading of its own; wordings and figures written for this test. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('a table part under its own heading keeps the unit of the part above', () => {
  it('reads a result budget whose reconciliation part follows the "mnkr" table', () => {
    const text = [
      'mnkr Budget 2024 Plan 2025 Plan 2026',
      'Verksamhetens nettokostnader -812,4 -840,0 -866,1',
      'Skatteintäkter 610,2 628,9 650,3',
      'Generella statsbidrag 215,0 221,4 228,0',
      'Årets resultat 12,8 10,3 12,2',
      // The empty rows of the web table the page was copied from: lines of one space.
      ' ',
      ' ',
      ' ',
      ' ',
      ' ',
      'Balanskravsutredning',
      ' ',
      'Realisationsvinster -0,5 0,0 0,0',
      'Årets resultat efter balanskravsjusteringar 12,3 10,3 12,2',
      'Årets balanskravsresultat 12,3 10,3 12,2',
    ].join('\n');
    const tables = docOf({ text }).tables;
    const part = tables[tables.length - 1]!;
    expect(part.rows.map((r) => r.label)).toEqual(['Realisationsvinster', 'Årets resultat efter balanskravsjusteringar', 'Årets balanskravsresultat']);
    expect(values(part, 0)).toEqual(['-500000', '12300000', '12300000']);
    expect(part.rows[1]!.cells[0]!.uncertain).toBeDefined();
  });

  it('reads a second part in tkr under a web table corner "(tkr)"', () => {
    const text = [
      '| (tkr) | Utfall 2022 | Utfall 2023 |',
      '|---|---|---|',
      '| Intäkter | 45 200 | 47 900 |',
      '| Kostnader | -44 100 | -46 300 |',
      '| Resultat | 1 100 | 1 600 |',
      '',
      'Disposition av resultatet',
      '',
      '| Post | | |',
      '|---|---|---|',
      '| Till eget kapital | 1 100 | 1 600 |',
      '| Balanserat resultat | 3 400 | 4 500 |',
    ].join('\n');
    const tables = docOf({ text, file: 'bolag.md' }).tables;
    const part = tables[tables.length - 1]!;
    expect(values(part, 0)).toEqual(['1100000', '3400000']);
    expect(values(part, 1)).toEqual(['1600000', '4500000']);
  });

  it('leaves a part that states its own unit, or holds another number of figures, alone', () => {
    const text = [
      'mnkr Budget 2024 Plan 2025 Plan 2026',
      'Skatteintäkter 610,2 628,9 650,3',
      'Generella statsbidrag 215,0 221,4 228,0',
      'Årets resultat 12,8 10,3 12,2',
      '',
      '',
      '',
      'Nyckeltal',
      '',
      'Soliditet 41,0 40,2',
      'Självfinansiering 98,5 96,1',
      'Skattesats 21,9 21,9',
    ].join('\n');
    const tables = docOf({ text }).tables;
    const part = tables[tables.length - 1]!;
    expect(values(part, 0)).toEqual(['41', '98.5', '21.9']);
  });
});
