import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/**
 * Glued year columns (glued-year-columns.ts) under a header whose first title is set against the
 * years ("Not20232022", "Belopp i tkr202320222021"), with notes opening some rows and dashes for
 * empty cells. Examples written here; values worked out by hand (base unit: kronor).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.filter((r) => r.cells.some((c) => c.value)).map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? '') + (c.uncertain !== undefined ? '?' : ''))]);

const noted = [
  'Kassaflödesanalys, mnkr',
  '',
  ' Not20232022',
  'Resultat före skatt412388',
  'Justering för poster som inte påverkar likviditeten7-35-12',
  'Förändring av rörelsekapital-2 410-8',
  'Kassaflöde från den löpande verksamheten9 747368',
  '',
].join('\n');

const titled = [
  'Balansräkning i sammandrag',
  '',
  'Belopp i tkr202320222021',
  'Mark och byggnader12 40511 98011 240',
  'Inventarier---',
  'Kassa och bank1 2059871 410',
  'Summa tillgångar13 61012 96712 650',
  '',
].join('\n');

describe('glued year columns under a titled header', () => {
  it('gives a note set against the values to a note column when the row reads no other way', () => {
    const [t] = tablesOf(noted);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2023', '2022']);
    expect(rowsOf(t!)).toEqual([
      // "412388" reads as note 4 and 12 | 388, but 412 | 388 needs no note and no thousandfold spread; a guess all the same.
      ['Resultat före skatt', '412000000?', '388000000?'],
      // "7-35-12": three values for two columns; the first, a whole number of one or two digits, is the note.
      ['Justering för poster som inte påverkar likviditeten', '-35000000', '-12000000'],
      // A signed first value is no note: "-2 410-8" is −2 410 and −8, one way only.
      ['Förändring av rörelsekapital', '-2410000000', '-8000000'],
      ['Kassaflöde från den löpande verksamheten', '9747000000', '368000000'],
    ]);
  });

  it('reads a note before a value a thousandfold from its neighbour as a note, in doubt', () => {
    const text = [' Not202320222021', 'Intäkter412388377', 'Kostnader-310-295-280', 'Förändring av skulder359131 828-7', ''].join('\n');
    const [t] = tablesOf(text);
    // No unit stated. Without a note: 359 | 131 828 | −7, values 20 000-fold apart; with note 35: 913 | 1 828 | −7, far closer.
    expect(rowsOf(t!)[2]).toEqual(['Förändring av skulder', '913?', '1828?', '-7?']);
  });

  it('takes the title before the years as the labels\' header, and dashes as empty cells (a dash read as an uncertain zero)', () => {
    const [t] = tablesOf(titled);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2023', '2022', '2021']);
    expect(t!.unit).toBe('SEK');
    expect(t!.scale).toBe(1000);
    expect(rowsOf(t!)).toEqual([
      ['Mark och byggnader', '12405000', '11980000', '11240000'],
      ['Inventarier', '0?', '0?', '0?'],
      // "1 2059871 410" also reads 1 205 | 9 | 871 410: the values most alike are taken, a guess.
      ['Kassa och bank', '1205000?', '987000?', '1410000?'],
      ['Summa tillgångar', '13610000', '12967000', '12650000'],
    ]);
  });

  it('checks the sums over glued cells as warnings: 12 405 + 1 205 = 13 610, 11 980 + 987 = 12 967, 11 240 + 1 410 = 12 650', () => {
    expect(findingsOf(columnTotal, titled).filter((f) => f.severity !== 'info')).toEqual([]);
    const wrong = titled.replace('Summa tillgångar13 61012 96712 650', 'Summa tillgångar13 61012 96712 750');
    expect(findingsOf(columnTotal, wrong).map((f) => f.severity)).toEqual(['warning']);
  });
});
