import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { dashBeforeExportFigure, exportRows, isExportFigure } from '../../src/layout/export-figures.js';

/** Tables as statistics programs export them ("2974.0", "-5.0"), written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'e.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('figures as statistics exports print them', () => {
  it('knows an export figure from a digit group', () => {
    expect(isExportFigure('2974.0')).toBe(true);
    expect(isExportFigure('-27.0')).toBe(true);
    expect(isExportFigure('9779.84491')).toBe(true);
    expect(isExportFigure('0.25')).toBe(true);
    // Three decimals after at most three digits may be a group of thousands ("1.200").
    expect(isExportFigure('1.200')).toBe(false);
    expect(isExportFigure('2 974')).toBe(false);
    expect(isExportFigure('12,5')).toBe(false);
    expect(dashBeforeExportFigure('13.0')).toBe(true);
    expect(dashBeforeExportFigure('13')).toBe(false);
  });

  it('takes rows of such figures for an export, a cut-off row among them or not', () => {
    const rows = [['1.0', '2.0'], ['-', '3.0'], ['4.0', '..'], ['5.0', '6.0']];
    expect(exportRows(rows)).toBe(true);
    expect(exportRows([...rows, ['7.0', '1']])).toBe(true);
    expect(exportRows([['1', '2'], ['3', '4'], ['5', '6']])).toBe(false);
    expect(exportRows(rows.slice(0, 2))).toBe(false);
  });

  it('reads a dash spaced before a figure as a cell of its own (nothing: zero), not as the figure’s sign', () => {
    const text = [
      'Ärenden per kvartal',
      'Ärendetyp K1 K2 K3 K4 Året',
      'Samtliga ärenden 412.0 380.0 - 395.0 1187.0',
      'Ansökningar 300.0 - 251.0 290.0 841.0',
      'Överklaganden 112.0 380.0 -12.0 105.0 585.0',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Samtliga ärenden', '412', '380', '0', '395', '1187'],
        ['Ansökningar', '300', '0', '251', '290', '841'],
        ['Överklaganden', '112', '380', '-12', '105', '585'],
      ],
    ]);
  });

  it('reads an export of more than twelve columns, each figure one cell', () => {
    const months = 'Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec';
    const row = (label: string, base: number): string => `${label} ${Array.from({ length: 12 }, (_, k) => `${base + k}.0`).join(' ')} ${12 * base + 66}.0 2.5`;
    const text = ['Besök per månad', `Enhet ${months} Året Förändring`, row('Norra enheten', 100), row('Södra enheten', 2000), row('Östra enheten', 35), ''].join('\n');
    const tables = rowsOf(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.map((r) => r.length)).toEqual([15, 15, 15]);
    expect(tables[0]![1]).toEqual(['Södra enheten', ...Array.from({ length: 12 }, (_, k) => String(2000 + k)), '24066', '2.5']);
  });

  it('still reads a spaced dash as the sign of a figure written in Swedish form', () => {
    const text = ['Resultat', 'Post 2022 2023', 'Intäkter 1 200 1 350', 'Kostnader - 900 - 1 100', 'Netto 300 250', ''].join('\n');
    expect(rowsOf(text)[0]).toContainEqual(['Kostnader', '-900', '-1100']);
  });
});
