import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Short rows placed by the years their labels name, in layouts written for this test; values in kronor. */
const col = (t: Table, k: number) => t.rows.map((r) => r.cells[k]?.value?.toFixed() ?? null);

describe('a short row whose label names its years', () => {
  it('puts "Reserv 2025–2026" under the 2025 and 2026 columns of a table pasted one cell per line', () => {
    const text = [
      'Belopp i tkr', '', 'Nämnd', 'Budget 2024', 'Plan 2025', 'Plan 2026',
      'Skola', '500', '510', '520',
      'Vård', '300', '305', '310',
      'Kultur', '40', '41', '42',
      'Reserv 2025–2026', '15', '25',
      'Summa', '840', '871', '897',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Skola', 'Vård', 'Kultur', 'Reserv 2025–2026', 'Summa']);
    expect(col(t!, 0)).toEqual(['500000', '300000', '40000', null, '840000']);
    expect(col(t!, 1)).toEqual(['510000', '305000', '41000', '15000', '871000']);
    expect(col(t!, 2)).toEqual(['520000', '310000', '42000', '25000', '897000']);
  });

  it('puts "Ofördelat för 2023 och 2024" under its two years, cells set apart by blank lines', () => {
    const text = ['Miljoner kronor', '', '2022', '', '2023', '', '2024', '', 'Drift', '', '10,5', '', '11', '', '12', '', 'Underhåll', '', '3', '', '3,5', '', '4', '', 'Lokaler', '', '2', '', '2', '', '2', '', 'Ofördelat för 2023 och 2024', '', '1', '', '1,5', ''].join('\n');
    const [t] = docOf({ text }).tables;
    const row = t!.rows.find((r) => r.label.startsWith('Ofördelat'))!;
    expect(row.cells.map((c) => c.value?.toFixed() ?? null)).toEqual([null, '1000000', '1500000']);
    // Still a reading: the page did not print where the cells stand.
    expect(row.cells[1]!.uncertain).toBeDefined();
  });

  it('leaves a short row alone when its years are not as many as its values or head no column', () => {
    const text = ['Belopp i tkr', '', 'Nämnd', 'Budget 2024', 'Plan 2025', 'Plan 2026', 'Skola', '500', '510', '520', 'Vård', '300', '305', '310', 'Kultur', '40', '41', '42', 'Reserv 2025–2026', '15', 'Projekt 2030', '7', 'Summa', '840', '856', '872'].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.rows.find((r) => r.label === 'Reserv 2025–2026')!.cells.map((c) => c.value?.toFixed() ?? null)).toEqual(['15000', null, null]);
    expect(t!.rows.find((r) => r.label === 'Projekt 2030')!.cells.map((c) => c.value?.toFixed() ?? null)).toEqual(['7000', null, null]);
  });
});
