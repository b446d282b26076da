import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Space-aligned tables (as pdftotext -layout prints them) too wide for the single-space reader,
 * headed by a code column's title and the label's title before the years. Examples written for
 * this test; values worked out by hand from the text (base units: kronor, persons).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('aligned tables headed by a code title, a label title and years', () => {
  it('reads thirteen year columns under "Länskod   Län", the codes the row codes', () => {
    const years = Array.from({ length: 13 }, (_, k) => String(2010 + k));
    const row = (code: string, name: string, v: number[]) => `${code.padEnd(9)}${name.padEnd(16)}${v.map((x) => String(x).padStart(6)).join('')}`;
    const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    const b = a.map((x) => x * 10);
    const c = a.map((x) => x * 100);
    const text = [
      'Medel per län, tkr',
      '',
      `${'Länskod'.padEnd(9)}${'Län'.padEnd(16)}${years.map((y) => y.padStart(6)).join('')}`,
      row('03', 'Uppsala län', a),
      row('09', 'Gotlands län', b),
      row('12', 'Skåne län', c),
      `${''.padEnd(9)}${'Summa'.padEnd(16)}${a.map((x) => String(x * 111).padStart(6)).join('')}`,
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(years);
    const rows = rowsOf(t!);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Uppsala län', '03'],
      ['Gotlands län', '09'],
      ['Skåne län', '12'],
      ['Summa', null],
    ]);
    expect(rows[0]!.slice(2, 5)).toEqual(['1000', '2000', '3000']);
    expect(rows[2]!.slice(-1)).toEqual(['1300000']);
    expect(rows[3]!.slice(-2)).toEqual(['1332000', '1443000']);
  });

  it('reads years and worded titles mixed on one line under a municipality code title', () => {
    const titles = ['2019', '2020', '2021', '2022', '2023', 'Förändring', 'Andel', 'Mål', 'Utfall', 'Avvikelse', 'Prognos', 'Budget', 'Ram'];
    const w = 12;
    const line = (code: string, name: string, cells: string[]) => `${code.padEnd(11)}${name.padEnd(16)}${cells.map((x) => x.padStart(w)).join('')}`;
    const text = [
      'Invånare per kommun',
      '',
      line('Kommunkod', 'Kommun', titles),
      line('0114', 'Upplands Väsby', ['1 200', '1 210', '1 220', '1 230', '1 240', '10', '4', '1 250', '1 240', '-10', '1 260', '1 255', '1 300']),
      line('0115', 'Vallentuna', ['2 400', '2 410', '2 420', '2 430', '2 440', '10', '8', '2 450', '2 440', '-10', '2 460', '2 455', '2 500']),
      line('0117', 'Österåker', ['3 600', '3 610', '3 620', '3 630', '3 640', '10', '12', '3 650', '3 640', '-10', '3 660', '3 655', '3 700']),
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(titles);
    expect(rowsOf(t!).map((r) => [r[0], ...r.slice(2)])).toEqual([
      ['Upplands Väsby', '1200', '1210', '1220', '1230', '1240', '10', '4', '1250', '1240', '-10', '1260', '1255', '1300'],
      ['Vallentuna', '2400', '2410', '2420', '2430', '2440', '10', '8', '2450', '2440', '-10', '2460', '2455', '2500'],
      ['Österåker', '3600', '3610', '3620', '3630', '3640', '10', '12', '3650', '3640', '-10', '3660', '3655', '3700'],
    ]);
  });
});
