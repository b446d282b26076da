import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statements copied as single-spaced text: a row with fewer values than columns right above a
 * result line stands in the columns where the result is a line above plus the rows between.
 * Examples written for this test.
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('a short row above a result line', () => {
  it('puts a one-year item in its year (tkr, two years)', () => {
    const [t] = tablesOf([
      'Resultaträkning',
      '',
      'Belopp i tkr 2023 2022',
      'Nettoomsättning 12 400 11 900',
      'Rörelsekostnader -10 100 -9 800',
      'Rörelseresultat 2 300 2 100',
      'Finansiella intäkter 45 30',
      'Nedskrivning av aktier -200',
      'Resultat efter finansiella poster 2 145 2 130',
    ]);
    const rows = rowsOf(t!);
    expect(rows[4]).toEqual(['Nedskrivning av aktier', '-200000?', 'null']);
    expect(rows[5]![0]).toBe('Resultat efter finansiella poster');
  });

  it('puts two values of a four-column statement where the result adds up, under a note column (mnkr, minus signs)', () => {
    const [t] = tablesOf([
      'Mnkr Not Budget 2021 Utfall 2020 Utfall 2021 Prognos 2022',
      'Verksamhetens intäkter 1 410 398 421 430',
      'Verksamhetens kostnader 2 −2 950 −2 870 −2 990 −3 010',
      'Verksamhetens nettokostnader −2 540 −2 472 −2 569 −2 580',
      'Skatteintäkter 3 2 610 2 540 2 650 2 700',
      'Reavinster 4 35 12',
      'Resultat efter skatteintäkter 70 103 81 132',
    ]);
    const rows = rowsOf(t!);
    expect(rows[4]).toEqual(['Reavinster', 'null', '35000000?', 'null', '12000000?']);
  });

  it('leaves a short row where the reader put it when no line above makes the result add up', () => {
    const [t] = tablesOf([
      'Belopp i tkr 2023 2022',
      'Nettoomsättning 12 400 11 900',
      'Rörelsekostnader -10 100 -9 800',
      'Rörelseresultat 2 300 2 100',
      'Finansiella intäkter 45 30',
      'Nedskrivning av aktier -200',
      'Resultat efter finansiella poster 2 345 1 900',
    ]);
    // Where the reader puts it by the sizes of the columns' figures (the later year, here).
    expect(rowsOf(t!)[4]).toEqual(['Nedskrivning av aktier', 'null', '-200000?']);
  });
});
