import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Tables copied with one ordinary space between cells whose figures group their digits by a
 * no-break ("_" below), thin ("~") or narrow no-break ("^") space. Examples written for this test.
 */
const typeset = (lines: string[]): string => lines.join('\n').replace(/_/g, '\u00a0').replace(/~/g, '\u2009').replace(/\^/g, '\u202f') + '\n';
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: typeset(lines) }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('figures grouped by fine spaces between cells set apart by ordinary spaces', () => {
  it('reads every figure as a cell: a no-break space joins groups, an ordinary space parts cells', () => {
    const [t] = tablesOf([
      'Antal elever per kommun',
      '',
      'Kommun 2021 2022 2023',
      'Ale 12_459 1_204 873',
      'Borås 345 18_250 120',
      'Falun 7_310 612 48',
      'Gislaved 990 2_005 311',
      'Hjo 215 1_250 604',
    ]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2021', '2022', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['Ale', '12459', '1204', '873'],
      ['Borås', '345', '18250', '120'],
      ['Falun', '7310', '612', '48'],
      ['Gislaved', '990', '2005', '311'],
      ['Hjo', '215', '1250', '604'],
    ]);
  });

  it('does so with thin spaces and signs set against the figures: "12 110" is two cells', () => {
    const [t] = tablesOf([
      'Region Antal Kostnad Personal',
      'Norra 1~250 −340 910',
      'Södra 980 −1~115 135',
      'Västra 205 412 4~617',
      'Östra 3~020 −2~600 420',
      'Mellersta 12 110 2~400',
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Norra', '1250', '-340', '910'],
      ['Södra', '980', '-1115', '135'],
      ['Västra', '205', '412', '4617'],
      ['Östra', '3020', '-2600', '420'],
      ['Mellersta', '12', '110', '2400'],
    ]);
  });

  it('does so with narrow no-break spaces and a decimal column', () => {
    const [t] = tablesOf([
      'Ort Invånare Födda Andel',
      'Storby 395^026 4^120 3,8',
      'Mellanby 60^124 612 0,6',
      'Lillby 980 125 1,3',
      'Åby 24^544 340 2,4',
      'Kyrkby 2^310 48 0,2',
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Storby', '395026', '4120', '3.8'],
      ['Mellanby', '60124', '612', '0.6'],
      ['Lillby', '980', '125', '1.3'],
      ['Åby', '24544', '340', '2.4'],
      ['Kyrkby', '2310', '48', '0.2'],
    ]);
  });

  it('reads a table that groups some figures with ordinary spaces ("1 045") with the fine-spaced figures joined, its ordinary groups as before', () => {
    const [t] = tablesOf([
      'Kommun Elever Lärare Skolor',
      'Ale 1 045 98 12',
      'Borås 345 1_250 120',
      'Falun 2_310 150 21',
      'Hjo 410 3_204 187',
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Ale', '1045', '98', '12'],
      ['Borås', '345', '1250', '120'],
      ['Falun', '2310', '150', '21'],
      ['Hjo', '410', '3204', '187'],
    ]);
  });

  it('reads a mixed table written with thin spaces the same way, and keeps to the old reading where fine spaces stand between cells too', () => {
    const [t] = tablesOf([
      'Verksamhet Budget Utfall Avvikelse',
      'Skola 8 090 7~480 610',
      'Vård 560 2~100 −1~540',
      'Kultur 3~415 240 3~175',
      'Fritid 905 1~130 225',
      'Park 120 3~100 450',
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Skola', '8090', '7480', '610'],
      ['Vård', '560', '2100', '-1540'],
      ['Kultur', '3415', '240', '3175'],
      ['Fritid', '905', '1130', '225'],
      ['Park', '120', '3100', '450'],
    ]);
    // Every space a no-break space, between cells as well: the kind of space tells nothing, and the row
    // that splits several ways ("12 459 873" under two columns) stays a guess, marked uncertain.
    const [all] = tablesOf(['Kommun_Elever_Lärare', 'Ale_12_459_873', 'Borås_2_310_150', 'Falun_345_21', 'Hjo_3_204_187']);
    expect(rowsOf(all!)[0]!.slice(1).every((c) => c.endsWith('?'))).toBe(true);
  });

  it('gives a label\'s own number back to it where every figure is a cell ("Fas 3", "Insats 4.2")', () => {
    const [t] = tablesOf([
      'Insats 2021 2022 2023',
      'Fas 3 4_568 62_830 95_783',
      'Uppföljning 12_410 9_310 11_200',
      'Insats 4.2 820 1_040 990',
      'Övrigt 3_300 2_950 3_120',
      'Administration 1_150 1_230 1_310',
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Fas 3', '4568', '62830', '95783'],
      ['Uppföljning', '12410', '9310', '11200'],
      ['Insats 4.2', '820', '1040', '990'],
      ['Övrigt', '3300', '2950', '3120'],
      ['Administration', '1150', '1230', '1310'],
    ]);
  });

  it('does so under a header of words, the figures grouped by thin spaces', () => {
    const [t] = tablesOf(['Område Antal Kostnad', 'Projekt 12 14 2~300', 'Skolor 9 1~450', 'Vägar 21 4~100', 'Fas 3 5 640', 'Parker 7 980', 'Summa 56 9~470']);
    expect(rowsOf(t!)).toEqual([
      ['Projekt 12', '14', '2300'],
      ['Skolor', '9', '1450'],
      ['Vägar', '21', '4100'],
      ['Fas 3', '5', '640'],
      ['Parker', '7', '980'],
      ['Summa', '56', '9470'],
    ]);
  });
});
