import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Notes pasted as text print their header once, over the first note; the notes under it, each
 * after a sentence on the note before, share it (note-header.ts). Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

const shared = (second: string[]): string =>
  [
    'Belopp i mnkr 2022 2021',
    'Not 6 Avgifter och taxor',
    'Barnomsorg 41,2 39,8',
    'Äldreomsorg 63,0 60,1',
    'Summa 104,2 99,9',
    'Avgifterna redovisas brutto, det vill säga före eliminering av de interna poster som uppstår mellan förvaltningarna.',
    ...second,
    '',
  ].join('\n');

describe('notes under one header (note-header.ts)', () => {
  it('reads the next note, single-spaced, under the first note’s years and unit', () => {
    const tables = tablesOf(shared(['Not 7 Hyror och arrenden', 'Bostäder 12,5 11,9', 'Lokaler 8,1 8,4', 'Summa 20,6 20,3']));
    expect(tables.map((t) => t.caption)).toEqual(['Not 6 Avgifter och taxor', 'Not 7 Hyror och arrenden']);
    const second = tables[1]!;
    expect(second.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2021']);
    // The unit is the shared header's; the figures say they were read under a header the note does not print.
    expect(rowsOf(second)).toEqual([
      ['Bostäder', '12500000?', '11900000?'],
      ['Lokaler', '8100000?', '8400000?'],
      ['Summa', '20600000?', '20300000?'],
    ]);
  });

  it('reads a space-aligned page so too, and a sum off in the next note warns, never errs', () => {
    const text = [
      'Tkr                   2023       2022',
      'Not 11 Kundfordringar',
      'Kommuner             1 850      1 720',
      'Regioner               940        910',
      'Summa                2 790      2 630',
      'Fordringarna är bedömda var för sig och ingen av dem har skrivits ned under året eller året innan.',
      'Not 12 Förutbetalda kostnader',
      'Hyror                  610        580',
      'Licenser               205        190',
      'Summa                  825        770',
      '',
    ].join('\n');
    const second = tablesOf(text)[1]!;
    expect(second.caption).toBe('Not 12 Förutbetalda kostnader');
    expect(second.columns.map((c) => c.header.join(' '))).toEqual(['2023', '2022']);
    expect(rowsOf(second)).toEqual([
      ['Hyror', '610000?', '580000?'],
      ['Licenser', '205000?', '190000?'],
      ['Summa', '825000?', '770000?'],
    ]);
    const findings = findingsOf(columnTotal, text).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]!.message).toMatch(/815 000 kr; summaraden anger 825 000 kr/);
  });

  it('reads the notes of a Markdown page so too', () => {
    const text = shared(['Not 7 Hyror och arrenden', 'Bostäder 12,5 11,9', 'Lokaler 8,1 8,4', 'Summa 20,6 20,3']);
    const second = docOf({ file: 'case.md', text }).tables[1]!;
    expect(second.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2021']);
    expect(rowsOf(second)[0]).toEqual(['Bostäder', '12500000?', '11900000?']);
  });

  it('leaves a table without a note title, or with another count of columns, without the header', () => {
    const untitled = tablesOf(shared(['Hyror och arrenden', '', 'Bostäder 12,5 11,9', 'Lokaler 8,1 8,4', 'Summa 20,6 20,3']));
    expect(untitled[1]!.columns.map((c) => c.header.join(' '))).not.toEqual(['2022', '2021']);
    const wider = tablesOf(shared(['Not 7 Hyror och arrenden', 'Bostäder 12,5 11,9 11,0', 'Lokaler 8,1 8,4 8,8', 'Summa 20,6 20,3 19,8']));
    expect(wider[1]!.columns.map((c) => c.header.join(' '))).toEqual(['', '', '']);
    expect(rowsOf(wider[1]!)[0]).toEqual(['Bostäder', '12.5', '11.9', '11']);
  });
});
