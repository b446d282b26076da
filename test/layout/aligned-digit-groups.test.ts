import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Aligned text tables whose figures group their digits with a no-break, narrow no-break or thin
 * space ("49 542"), as pages copied from a word processor print them. Written for this test.
 */
const tableOf = (text: string): Table => docOf({ file: 'a.txt', text }).tables[0]!;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('digit groups set apart by a no-break or thin space in aligned columns (aligned-grid.ts)', () => {
  for (const [name, sep] of [['narrow no-break space', '\u202f'], ['no-break space', '\u00a0'], ['thin space', '\u2009']] as const) {
    it(`reads "49${sep}542" as one figure (${name}), the unit over the labels`, () => {
      const g = (s: string) => s.replace(/(\d) (\d{3})/g, `$1${sep}$2`);
      const text = [
        'mnkr                          Prognos    Utbetalt    Kostnader',
        g('Skatteintäkter                 49 542      70 709       56 817'),
        g('Bidrag enligt SFS 2016:874     48 467      35 142       40 045'),
        g('65 år och äldre                 4 698      91 586       54 439'),
        g('Summa                         102 707     197 437      151 301'),
      ].join('\n');
      const t = tableOf(`Utbetalningar 1998\n\n${text}\n`);
      expect(t.columns.map((c) => c.header.join(' '))).toEqual(['Prognos', 'Utbetalt', 'Kostnader']);
      expect(rowsOf(t)).toEqual([
        ['Skatteintäkter', '49542000000', '70709000000', '56817000000'],
        ['Bidrag enligt SFS 2016:874', '48467000000', '35142000000', '40045000000'],
        ['65 år och äldre', '4698000000', '91586000000', '54439000000'],
        ['Summa', '102707000000', '197437000000', '151301000000'],
      ]);
    });
  }

  it('reads them under years, with millions grouped twice and a negative figure', () => {
    const n = '\u202f';
    const text = [
      'Län                 2022           2023',
      `Stockholm      1${n}204${n}500     1${n}310${n}200`,
      `Uppsala          980${n}100      −15${n}300`,
      `Kalmar           120${n}000        118${n}400`,
    ].join('\n');
    const t = tableOf(`${text}\n`);
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023']);
    expect(rowsOf(t)).toEqual([
      ['Stockholm', '1204500', '1310200'],
      ['Uppsala', '980100', '-15300'],
      ['Kalmar', '120000', '118400'],
    ]);
  });
});
