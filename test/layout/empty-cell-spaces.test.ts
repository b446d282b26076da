import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { emptiesAtEnd, emptiesBetween, partCounts } from '../../src/layout/empty-cell-spaces.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Web tables flattened to text with one space between cells, an empty cell printed as a space of
 * its own: three spaces between two figures, two at a line's end, per empty cell. Written for this
 * test in three layouts: a numeric note column, notes written "Not 4" in the label, no note column.
 */
const rowsOf = (text: string) =>
  docOf({ file: 'case.txt', text }).tables.map((t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('the spaces that count empty cells', () => {
  it('reads 2k + 1 spaces between tokens, and 2k at the end, as k empty cells', () => {
    expect([1, 3, 5, 7].map(emptiesBetween)).toEqual([0, 1, 2, 3]);
    expect([2, 4].map(emptiesBetween)).toEqual([null, null]);
    expect([0, 2, 4].map(emptiesAtEnd)).toEqual([0, 1, 2]);
    expect([1, 3].map(emptiesAtEnd)).toEqual([null, null]);
  });

  it('lists the counts of values the parts can make that fill the columns', () => {
    // "32 819   32 819  " under four columns: two parts of one or two values, one empty cell between, one at the end.
    expect(partCounts(4, [0], [{ min: 1, max: 2, before: 0 }, { min: 1, max: 2, before: 1 }], 1)).toEqual([{ lead: 0, counts: [1, 1] }]);
    // Without the line's end the second part may make two values.
    expect(partCounts(4, [0], [{ min: 1, max: 2, before: 0 }, { min: 1, max: 2, before: 1 }], null)).toEqual([
      { lead: 0, counts: [1, 1] },
      { lead: 0, counts: [1, 2] },
      { lead: 0, counts: [2, 1] },
    ]);
  });
});

describe('a table that prints its empty cells as spaces', () => {
  // Kommunen 2023: 52 310 + 40 200 + 0 = 92 510; 92 510 − 46 800 + 10 000 = 55 710. Koncernen 2023:
  // 60 415 + 71 300 − 35 = 131 680; −95 800 + 14 600 = −81 200; −20 000 + 10 000 = −10 000.
  const noteColumn = [
      'Kassaflödesanalys, tkr',
      '',
      'Kommunen Koncernen',
      'Not 2023-12-31 2022-12-31 2023-12-31 2022-12-31',
      'Årets resultat   52 310 48 120 60 415 55 930',
      'Avskrivningar 12 40 200 38 950 71 300 69 800',
      'Förändring av förråd   0   – 35 12',
      'Kassaflöde från den löpande verksamheten   92 510 87 070 131 680 125 742',
      'Investering i inventarier 13 – 61 400 – 58 000 – 95 800 – 90 100',
      'Försäljning av inventarier   14 600   14 600  ',
      'Kassaflöde från investeringsverksamheten   – 46 800 – 58 000 – 81 200 – 90 100',
      'Minskning av upplåning       – 20 000 0',
      'Nyupptagna lån   10 000 0 10 000 0',
      'Kassaflöde från finansieringsverksamheten   10 000 0 – 10 000 0',
      'Årets kassaflöde   55 710 29 070 40 480 35 642',
    ].join('\n');

  it('places the figures around the empty cells, under a numeric note column', () => {
    expect(rowsOf(noteColumn)[0]!.slice(2, 10)).toEqual([
      ['Förändring av förråd', '0', null, '-35000', '12000'],
      ['Kassaflöde från den löpande verksamheten', '92510000', '87070000', '131680000', '125742000'],
      ['Investering i inventarier', '-61400000', '-58000000', '-95800000', '-90100000'],
      ['Försäljning av inventarier', '14600000', null, '14600000', null],
      ['Kassaflöde från investeringsverksamheten', '-46800000', '-58000000', '-81200000', '-90100000'],
      ['Minskning av upplåning', null, null, '-20000000', '0'],
      ['Nyupptagna lån', '10000000', '0', '10000000', '0'],
      ['Kassaflöde från finansieringsverksamheten', '10000000', '0', '-10000000', '0'],
    ]);
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text: noteColumn }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('still warns, never errs, where a figure of such a row disagrees', () => {
    const swapped = noteColumn.replace('Årets kassaflöde   55 710', 'Årets kassaflöde   55 170');
    const found = findingsOf(columnTotal, [{ file: 'case.txt', text: swapped }]).filter((f) => f.severity !== 'info');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toContain('55 170');
  });

  // Kommunen 2023: −2 410 + 11 250 − 1 200 = 7 640; −9 300 + 2 150 = −7 150; 2022: −7 450 − 140 250 = −147 700.
  const notesInLabels = [
      'Kassaflödesanalys',
      '',
      '(tkr) Kommunen Sammanställd redovisning',
      '2023-12-31 2022-12-31 2023-12-31 2022-12-31',
      ' ',
      'DEN LÖPANDE VERKSAMHETEN',
      'Årets resultat   – 2 410 5 320 – 1 180 8 940',
      'Justering för avskrivningar Not 4 11 250 10 870 19 330 18 610',
      'Justering för uppskjuten skatt       420 515',
      'Ökning av kortfristiga skulder   – 1 200 900 – 1 450 1 020',
      'Ökning av avsättningar          ',
      ' ',
      '1. MEDEL FRÅN DEN LÖPANDE VERKSAMHETEN',
      '  7 640 17 090 17 120 29 085',
      ' ',
      'INVESTERINGSVERKSAMHETEN',
      'Förvärv av inventarier Not 5 – 9 300 – 7 450 – 21 600 – 16 900',
      'Erhållna investeringsbidrag Not 6 2 150   2 150  ',
      'Förändring av leasingskuld Not 7   – 140 250   – 140 250',
      'Medel från investeringsverksamheten   – 7 150 – 147 700 – 19 450 – 157 150',
    ].join('\n');

  it('places them where the label holds the note, keeps an empty row apart from the total under it, and reads "Medel från …" as a section\'s flow', () => {
    expect(rowsOf(notesInLabels)[0]!).toEqual([
      ['Årets resultat', '-2410000', '5320000', '-1180000', '8940000'],
      ['Justering för avskrivningar', '11250000', '10870000', '19330000', '18610000'],
      ['Justering för uppskjuten skatt', null, null, '420000', '515000'],
      ['Ökning av kortfristiga skulder', '-1200000', '900000', '-1450000', '1020000'],
      ['Ökning av avsättningar', null, null, null, null],
      ['1. MEDEL FRÅN DEN LÖPANDE VERKSAMHETEN', '7640000', '17090000', '17120000', '29085000'],
      ['INVESTERINGSVERKSAMHETEN', null, null, null, null],
      ['Förvärv av inventarier', '-9300000', '-7450000', '-21600000', '-16900000'],
      ['Erhållna investeringsbidrag', '2150000', null, '2150000', null],
      ['Förändring av leasingskuld', null, '-140250000', null, '-140250000'],
      ['Medel från investeringsverksamheten', '-7150000', '-147700000', '-19450000', '-157150000'],
    ]);
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text: notesInLabels }]).filter((f) => f.severity !== 'info')).toEqual([]);
    // A section's flow that disagrees is checked, so it warns.
    const off = notesInLabels.replace('– 7 150 – 147 700', '– 7 510 – 147 700');
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text: off }]).filter((f) => f.severity === 'warning')).toHaveLength(1);
  });

  it('keeps a label over a line of spaces and its figures as that row\'s label, where the label prints no empty cells', () => {
    // Riket 2023: 1 210 + 845 = 2 055; the label and its figures stand apart, a line of spaces between.
    const split = ['Antal ärenden', '', 'Område Inkomna Avgjorda', 'HELA LANDET', ' ', '2 055 1 980', 'Norr', '1 210 1 160', 'Söder', '845 820', ''].join('\n');
    expect(rowsOf(split)[0]![0]).toEqual(['HELA LANDET', '2055', '1980']);
  });

  it('places a short row by its gap where the table has no note column', () => {
    // Summa 2025: 108,6 + 3,6 + 1,5 = 113,7, Valnämnd empty; 2026: 112,2 + 1,2 + 3,8 + 1,5 = 118,7.
    const budget = [
      'Driftbudget per nämnd, mnkr',
      '',
      'Nämnd Budget 2024 Budget 2025 Plan 2026',
      'Kommunstyrelse 98,1 108,6 112,2',
      'Valnämnd 0,5   1,2',
      'Överförmyndare 3,6 3,6 3,8',
      'Revision 1,5 1,5 1,5',
      'Summa 103,7 113,7 118,7',
    ].join('\n');
    expect(rowsOf(budget)[0]![1]).toEqual(['Valnämnd', '500000', null, '1200000']);
  });

  it('leaves tables alone where a run of two spaces shows the spaces count nothing', () => {
    // Summa 2021: 380 + 58 = 438, so Övrigt leaves 2021 empty: its three spaces are no empty cell.
    const padded = ['Kostnader, tkr', '', 'Post 2023 2022 2021', 'Löner  410 395 380', 'Hyror 62 60 58', 'Övrigt 18   17', 'Summa 490 472 438', ''].join('\n');
    expect(rowsOf(padded)[0]![2]).toEqual(['Övrigt', '18000', '17000', null]);
  });

  it('gives no way at all when the search over ways runs past its bound', () => {
    // 40 parts of 1 to 3 values each under 80 columns: far too many ways to try them all (compositions of 80).
    const parts = Array.from({ length: 40 }, () => ({ min: 1, max: 3, before: 0 }));
    const t0 = Date.now();
    expect(partCounts(80, [0], parts, null)).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
    // A small search is not cut: two parts of one value each fill two columns one way.
    expect(partCounts(2, [0], [{ min: 1, max: 1, before: 0 }, { min: 1, max: 1, before: 0 }], 0)).toEqual([{ lead: 0, counts: [1, 1] }]);
  });
});
