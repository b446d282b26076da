import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Rows that name the sum they are ("Totalt intäkter"). Examples written here; sums worked out by hand. */
const tablesOf = (text: string, file: string): readonly Table[] => docOf({ file, text }).tables;
const kinds = (t: Table) => t.rows.map((r) => `${r.label}:${r.kind}`);
const notInfo = (text: string, file: string) => findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info');

describe('named sums', () => {
  // 10 200 + 300 = 10 500, 10 800 + 350 = 11 150; −6 100 − 1 200 = −7 300, −6 300 − 1 400 = −7 700;
  // 10 500 − 7 300 = 3 200, 11 150 − 7 700 = 3 450.
  const aligned = [
    'Resultaträkning, tkr',
    '',
    '                                   2022      2023',
    'Hyresintäkter                    10 200    10 800',
    'Övriga intäkter                     300       350',
    'Totalt intäkter                  10 500    11 150',
    'Driftkostnader                   -6 100    -6 300',
    'Underhåll                        -1 200    -1 400',
    'Totalt kostnader                 -7 300    -7 700',
    'Resultat                          3 200     3 450',
  ].join('\n');

  it('aligned text: "Totalt intäkter" that its rows make exactly is their subtotal, and the result reconciles through it', () => {
    const [t] = tablesOf(aligned, 'rr.txt');
    expect(kinds(t!)).toEqual([
      'Hyresintäkter:data',
      'Övriga intäkter:data',
      'Totalt intäkter:subtotal',
      'Driftkostnader:data',
      'Underhåll:data',
      'Totalt kostnader:subtotal',
      'Resultat:data',
    ]);
    // Left data rows, the first named sum was counted again among the second's parts (10 500 − 6 100 − 1 200 = 3 200
    // against −7 300) and both among the result's (6 400 against 3 200): four false warnings.
    expect(notInfo(aligned, 'rr.txt')).toEqual([]);
  });

  // Bidrag 4 000 + 1 500 = 5 500 and 4 200 + 1 300 = 5 500; Personal 3 100 + 900 = 4 000 and 3 300 + 950 = 4 250;
  // Totalt 5 500 + 4 000 = 9 500 and 5 500 + 4 250 = 9 750.
  const gfm = [
    '| Budget (tkr) | 2024 | 2025 |',
    '|---|---:|---:|',
    '| Statsbidrag | 4 000 | 4 200 |',
    '| Avgifter | 1 500 | 1 300 |',
    '| Intäkter totalt | 5 500 | 5 500 |',
    '| Löner | 3 100 | 3 300 |',
    '| Sociala avgifter | 900 | 950 |',
    '| Totala personalkostnader | 4 000 | 4 250 |',
    '| Totalt | 9 500 | 9 750 |',
  ].join('\n');

  it('GFM: a total word last or as an adjective names a sum too, and the grand total sums the two sections', () => {
    const [t] = tablesOf(gfm, 'b.md');
    expect(kinds(t!).filter((k) => !k.endsWith(':data'))).toEqual(['Intäkter totalt:subtotal', 'Totala personalkostnader:subtotal', 'Totalt:total']);
    expect(notInfo(gfm, 'b.md')).toEqual([]);
  });

  it('a named total its rows do not make stays a data row, and a grand total summed over it warns, never errs', () => {
    // 4 000 + 1 500 = 5 500, not 5 600: the row is not taken for the section's sum. The grand total then sums it among
    // the rows (4 000 + 1 500 + 5 600 + 3 100 + 900 + 4 000 = 19 100 against 9 500), a reading the row's name puts in doubt.
    const off = gfm.replace('| Intäkter totalt | 5 500 | 5 500 |', '| Intäkter totalt | 5 600 | 5 500 |');
    const [t] = tablesOf(off, 'c.md');
    expect(t!.rows.find((r) => r.label === 'Intäkter totalt')!.kind).toBe('data');
    const found = notInfo(off, 'c.md');
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(found[0]!.message).toMatch(/^6 rader summerar till 19 100 000 kr; summaraden anger 9 500 000 kr .*raden "Intäkter totalt" heter som en summa/);
  });
});

describe('"Samtliga …" closing the rows it names', () => {
  // 1 200 + 950 + 420 + 130 = 2 700; 1 250 + 900 + 460 + 140 = 2 750.
  const rows = [
    ['Idrottsföreningar', '1 200', '1 250'],
    ['Kulturföreningar', '950', '900'],
    ['Pensionärsföreningar', '420', '460'],
    ['Scoutkårer', '130', '140'],
    ['Samtliga föreningar', '2 700', '2 750'],
  ];
  const tab = ['Medlemmar per föreningstyp', '', 'Förening\t2022\t2023', ...rows.map((r) => r.join('\t'))].join('\n');
  const gfm = ['Medlemmar per föreningstyp', '', '| Förening | 2022 | 2023 |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

  it('is the sum of the rows above it when they make it exactly, in a tab table and a GFM table', () => {
    for (const [text, file] of [[tab, 'f.txt'], [gfm, 'f.md']] as const) {
      const [t] = tablesOf(text, file);
      expect(kinds(t!).at(-1)).toBe('Samtliga föreningar:subtotal');
      expect(notInfo(text, file)).toEqual([]);
    }
  });

  it('is their sum also beside a column of changes in per cent, which is no sum', () => {
    // 4 % + −5 % + 10 % + 8 % is no 2 %: the share column is not asked to add up.
    const changes = ['4%', '-5%', '10%', '8%', '2%'];
    const withPct = ['Medlemmar per föreningstyp', '', 'Förening 2022 2023 Förändring', ...rows.map((r, i) => [...r, changes[i]].join(' '))].join('\n');
    const [t] = tablesOf(withPct, 'p.txt');
    expect(t!.columns.map((c) => c.unit)).toEqual([null, null, 'percent']);
    expect(kinds(t!).at(-1)).toBe('Samtliga föreningar:subtotal');
  });

  it('stays a row of its own where the rows do not make it, and no error is claimed', () => {
    const wrong = tab.replace('Samtliga föreningar\t2 700', 'Samtliga föreningar\t2 900');
    const [t] = tablesOf(wrong, 'f.txt');
    expect(kinds(t!).at(-1)).toBe('Samtliga föreningar:data');
    expect(findingsOf(columnTotal, [{ file: 'f.txt', text: wrong }]).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
