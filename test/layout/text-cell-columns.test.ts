import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Tables pasted one cell a line whose last column holds words, not figures (a decision per
 * applicant): the header names three columns, so the word after each row's figure is that row's
 * cell, never the next row's label. Written for this test; the sums were checked by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, r.kind, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a text column last in a table of one cell a line', () => {
  it('reads the decision as the row\'s own cell, a line a cell under a caption set apart', () => {
    const text = [
      'Beslut om stöd 2023', '',
      'Mottagare', 'Belopp (kr)', 'Beslut',
      'Föreningen Norrsken', '120 000', 'Beviljas',
      'Bygdegården i Ås', '45 000', 'Inte statsstöd',
      'Idrottsklubben Vid', '80 000', 'Avslag',
      'Kulturhuset Ljus', '60 000', 'Beviljas',
      'Summa', '305 000', '',
      'Övrig text följer här.', '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header)).toEqual([['Belopp (kr)']]);
    // 120 000 + 45 000 + 80 000 + 60 000 = 305 000.
    expect(rowsOf(t!)).toEqual([
      ['Föreningen Norrsken | Beviljas', 'data', '120000'],
      ['Bygdegården i Ås | Inte statsstöd', 'data', '45000'],
      ['Idrottsklubben Vid | Avslag', 'data', '80000'],
      ['Kulturhuset Ljus | Beviljas', 'data', '60000'],
      ['Summa', 'total', '305000'],
    ]);
  });

  it('reads it with a blank line between cells, in thousands, under a caption that is no title', () => {
    const text = `${[
      'Fördelning', 'Sökande', 'Sökt belopp, tkr', 'Bedömning',
      'Skolan i Berg', '1 500', 'Bifall',
      'Museet vid sjön', '2 250', 'Delvis bifall',
      'Teatern Ridå', '900', 'Avslag',
      'Kören Ton', '300', 'Bifall',
      'Totalt', '4 950',
      'Besluten fattades i maj.',
    ].join('\n\n')}\n`;
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header)).toEqual([['Sökt belopp, tkr']]);
    // 1 500 + 2 250 + 900 + 300 = 4 950 (tkr).
    expect(rowsOf(t!)).toEqual([
      ['Skolan i Berg | Bifall', 'data', '1500000'],
      ['Museet vid sjön | Delvis bifall', 'data', '2250000'],
      ['Teatern Ridå | Avslag', 'data', '900000'],
      ['Kören Ton | Bifall', 'data', '300000'],
      ['Totalt', 'total', '4950000'],
    ]);
  });

  it('reads a total the rows do not add up to as a certain total, one cell a line without blank lines', () => {
    const text = [
      'Mottagare', 'Belopp (kr)', 'Beslut',
      'Föreningen Norrsken', '120 000', 'Beviljas',
      'Bygdegården i Ås', '45 000', 'Inte statsstöd',
      'Idrottsklubben Vid', '80 000', 'Avslag',
      'Kulturhuset Ljus', '60 000', 'Beviljas',
      'Summa', '315 000', '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.rows.map((r) => r.label)).toEqual(['Föreningen Norrsken | Beviljas', 'Bygdegården i Ås | Inte statsstöd', 'Idrottsklubben Vid | Avslag', 'Kulturhuset Ljus | Beviljas', 'Summa']);
    expect(t!.rows[4]!.cells[0]!.value?.toFixed()).toBe('315000');
    expect(t!.rows[4]!.cells[0]!.uncertain ?? null).toBeNull();
  });

  it('reads a row that left its decision out with that cell empty, a figure never standing where words go', () => {
    const rows = (cells: string[]) => rowsOf(tablesOf(`${['Mottagare', 'Belopp (kr)', 'Beslut', ...cells, 'Summa', '305 000', '', 'Slut på tabellen.'].join('\n')}\n`)[0]!);
    // The second row's decision left out: "Idrottsklubben Vid" is right before a figure, so it opens a row.
    expect(rows(['Föreningen Norrsken', '120 000', 'Beviljas', 'Bygdegården i Ås', '45 000', 'Idrottsklubben Vid', '80 000', 'Avslag', 'Kulturhuset Ljus', '60 000', 'Beviljas'])).toEqual([
      ['Föreningen Norrsken | Beviljas', 'data', '120000'],
      ['Bygdegården i Ås', 'data', '45000'],
      ['Idrottsklubben Vid | Avslag', 'data', '80000'],
      ['Kulturhuset Ljus | Beviljas', 'data', '60000'],
      ['Summa', 'total', '305000'],
    ]);
    // The third row's left out instead.
    expect(rows(['Föreningen Norrsken', '120 000', 'Beviljas', 'Bygdegården i Ås', '45 000', 'Avslag', 'Idrottsklubben Vid', '80 000', 'Kulturhuset Ljus', '60 000', 'Beviljas']).map((r) => r[0])).toEqual([
      'Föreningen Norrsken | Beviljas',
      'Bygdegården i Ås | Avslag',
      'Idrottsklubben Vid',
      'Kulturhuset Ljus | Beviljas',
      'Summa',
    ]);
  });
});
