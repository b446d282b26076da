import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted one cell a line, empty cells as lines of a space, where a long row label
 * wraps onto a second line with no blank line between its halves: the row is one row, and the
 * table goes on past it. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a wrapped row label among cells a line with empty cells (empty-cell-lines.ts)', () => {
  it('reads the wrapped label as one row under a note column', () => {
    const cells = [
      'Belopp i tkr', 'Not', '2022', '2023',
      'Intäkter', ' ', '540', '610',
      'Kostnader', '4', '-1 200', '-1 350',
      'Avgifter', ' ', '80', '85',
      'Bidrag', '5', '120', '95',
      'Nettokostnad före avskrivningar\noch finansiella poster', ' ', '-660', '-740',
      'Skatter', ' ', '700', '760',
      'Resultat', ' ', '40', '20',
    ];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(t!.rows.length).toBe(7);
    expect(rowsOf(t!).map((r) => [r[0], ...r.slice(-2)])).toEqual([
      ['Intäkter', '540000', '610000'],
      ['Kostnader', '-1200000', '-1350000'],
      ['Avgifter', '80000', '85000'],
      ['Bidrag', '120000', '95000'],
      ['Nettokostnad före avskrivningar och finansiella poster', '-660000', '-740000'],
      ['Skatter', '700000', '760000'],
      ['Resultat', '40000', '20000'],
    ]);
  });

  it('reads a wrapped label in a table of two groups, an empty cell among the figures', () => {
    const cells = [
      'Mnkr', 'Kommunen', ' ', 'Koncernen', ' ',
      'Utfall', '2021', '2022', '2021', '2022',
      'Nyupptagna lån', '300', '250', '900', '820',
      'Amortering', '-120', ' ', '-400', '-380',
      'Räntor', '-12', '-14', '-40', '-44',
      'Investeringar', '-210', '-190', '-600', '-560',
      'Ökning av kortfristiga skulder\ntill kreditinstitut', '15', '20', '35', '41',
      'Utdelning', '-', '10', '-8', '-8',
      'Kassaflöde', '195', '280', '527', '473',
    ];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(rowsOf(t!).map((r) => r[0])).toEqual(['Nyupptagna lån', 'Amortering', 'Räntor', 'Investeringar', 'Ökning av kortfristiga skulder till kreditinstitut', 'Utdelning', 'Kassaflöde']);
    expect(rowsOf(t!)[4]).toEqual(['Ökning av kortfristiga skulder till kreditinstitut', '15000000', '20000000', '35000000', '41000000']);
    expect(rowsOf(t!)[6]).toEqual(['Kassaflöde', '195000000', '280000000', '527000000', '473000000']);
  });
});

describe('a row label wrapped across the blank line between cells (empty-cell-lines.ts)', () => {
  it('joins the lower-case second half to the label above it, an empty note cell as a space line', () => {
    const cells = [
      'Belopp i tkr', 'Not', '2022', '2023',
      'Intäkter', '3', '540', '610',
      'Kostnader', '4', '-1 200', '-1 350',
      'Justering för poster som inte', 'påverkar likviditeten', ' ', '35', '28',
      'Avgifter', ' ', '80', '85',
      'Bidrag', '5', '120', '95',
    ];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(rowsOf(t!).map((r) => [r[0], ...r.slice(-2)])).toEqual([
      ['Intäkter', '540000', '610000'],
      ['Kostnader', '-1200000', '-1350000'],
      ['Justering för poster som inte påverkar likviditeten', '35000', '28000'],
      ['Avgifter', '80000', '85000'],
      ['Bidrag', '120000', '95000'],
    ]);
  });

  it('joins it where the empty cell is a blank line more, and keeps a "varav" row apart', () => {
    const text = [
      'Mnkr', 'Not', 'Utfall 2021', 'Utfall 2022',
      'Nyupptagna lån', '8', '300', '250',
      'Amortering', '', '-120', '-110',
      'Räntor', '', '-12', '-14',
      'Ökning av kortfristiga skulder', 'till kreditinstitut', '', '15', '20',
      'Skatteintäkter', 'varav kommunalskatt', '', '900', '950',
      'Kassaflöde', '', '1 083', '1 096',
    ]
      .join('\n\n')
      // An empty cell is one blank line more than the one between cells.
      .replace(/\n\n\n\n/g, '\n\n\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!).map((r) => [r[0], ...r.slice(-2)])).toEqual([
      ['Nyupptagna lån', '300000000', '250000000'],
      ['Amortering', '-120000000', '-110000000'],
      ['Räntor', '-12000000', '-14000000'],
      ['Ökning av kortfristiga skulder till kreditinstitut', '15000000', '20000000'],
      ['Skatteintäkter', null, null],
      ['varav kommunalskatt', '900000000', '950000000'],
      ['Kassaflöde', '1083000000', '1096000000'],
    ]);
  });
});

describe('a wrapped row label whose figures each stand under an empty line (empty-cell-lines.ts)', () => {
  it('reads the row under a note column, a separator row of spaces after it', () => {
    const cells = [
      'Mnkr', 'Not', 'Staden 2021', 'Staden 2020', 'Gruppen 2021', 'Gruppen 2020',
      'Löpande verksamhet', ' ', ' ', ' ', ' ', ' ',
      'Periodens resultat', ' ', '50', '40', '60', '45',
      'Justering för avskrivningar', '7', '20', '25', '30', '35',
      'Kassaflöde före förändring\nav rörelsekapital', ' ', ' ', '70', ' ', '65', ' ', '90', ' ', '80',
      '   ', ' ', ' ', ' ', ' ', ' ',
      'Investeringar', ' ', ' ', ' ', ' ', ' ',
      'Köp av inventarier', ' ', '-30', '-20', '-40', '-25',
      'Omklassificering av tillgångar', ' ', '-5', ' ', '-5', '4',
      'Kassaflöde från investeringar', ' ', '-35', '-20', '-45', '-21',
    ];
    const [t] = tablesOf(`Kassaflöde\n\n${cells.join('\n\n')}\n`);
    expect(t!.columns.map((c) => c.header.join(' / '))).toEqual(['Staden 2021', 'Staden 2020', 'Gruppen 2021', 'Gruppen 2020']);
    expect(rowsOf(t!).filter((r) => r.slice(1).some((v) => v !== null))).toEqual([
      ['Periodens resultat', '50000000', '40000000', '60000000', '45000000'],
      ['Justering för avskrivningar', '20000000', '25000000', '30000000', '35000000'],
      ['Kassaflöde före förändring av rörelsekapital', '70000000', '65000000', '90000000', '80000000'],
      ['Köp av inventarier', '-30000000', '-20000000', '-40000000', '-25000000'],
      ['Omklassificering av tillgångar', '-5000000', null, '-5000000', '4000000'],
      ['Kassaflöde från investeringar', '-35000000', '-20000000', '-45000000', '-21000000'],
    ]);
  });

  it('reads it between rows, under two years, a separator row after it', () => {
    const cells = [
      'Tkr', 'Not', '2024', '2023',
      'Intäkter', ' ', ' ', ' ',
      'Bidrag', '3', '1 200', '1 150',
      'Avgifter', ' ', '310', '295',
      'Hyror', '4', '455', '440',
      'Arrenden', ' ', '25', '30',
      'Försäljning', ' ', '140', '135',
      'Summa intäkter från\nbidrag, avgifter och hyror', ' ', ' ', '2 130', ' ', '2 050',
      '   ', ' ', ' ', ' ',
      'Kostnader', ' ', ' ', ' ',
      'Personal', ' ', '-1 400', '-1 380',
      'Lokaler', '5', '-420', '-410',
      'Resultat', ' ', '310', '260',
    ];
    const [t] = tablesOf(`Intäkter och kostnader\n\n${cells.join('\n\n')}\n`);
    // 1 200 + 310 + 455 + 25 + 140 = 2 130 and 1 150 + 295 + 440 + 30 + 135 = 2 050;
    // 2 130 − 1 400 − 420 = 310, 2 050 − 1 380 − 410 = 260.
    expect(rowsOf(t!).filter((r) => r[1] !== null).map((r) => [r[0], ...r.slice(-2)])).toEqual([
      ['Bidrag', '1200000', '1150000'],
      ['Avgifter', '310000', '295000'],
      ['Hyror', '455000', '440000'],
      ['Arrenden', '25000', '30000'],
      ['Försäljning', '140000', '135000'],
      ['Summa intäkter från bidrag, avgifter och hyror', '2130000', '2050000'],
      ['Personal', '-1400000', '-1380000'],
      ['Lokaler', '-420000', '-410000'],
      ['Resultat', '310000', '260000'],
    ]);
  });
});
