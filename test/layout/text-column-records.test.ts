import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../src/layout/source-line.js';
import { detectTextColumnRecords } from '../../src/layout/text-column-records.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Grant lists pasted from web tables one cell a line, rows with several text cells and one or
 * more figures. Written in wordings and layouts of our own: with and without blank lines
 * between cells, the figure last or between text cells.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const linesOf = (text: string): SourceLine[] => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('cell-per-line rows with several text cells', () => {
  it('reads a grant list with a blank line between cells, case number first, amount last', () => {
    const text = [
      'Beviljade ansökningar',
      '',
      'Diarienummer',
      '',
      'Sökande',
      '',
      'Organisation',
      '',
      'Projekttitel',
      '',
      'Beviljat belopp (kr)',
      '',
      '2024-00117',
      '',
      'Anna Berg',
      '',
      'Umeå universitet',
      '',
      'Skogens kolförråd i ett förändrat klimat',
      '',
      '1 250 000',
      '',
      '2024-00131',
      '',
      'Per Lind',
      '',
      'Linnéuniversitetet',
      '',
      'Vattenrening med våtmarker',
      '',
      '980 500',
      '',
      '2024-00140',
      '',
      'Sara Ek',
      '',
      'Luleå tekniska universitet',
      '',
      'Gruvdrift och renskötsel',
      '',
      '2 000 000',
      '',
      'Beslutet fattades av styrelsen den 4 mars.',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => [c.header, c.unit])).toEqual([[['Beviljat belopp (kr)'], 'SEK']]);
    expect(t!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
      ['2024-00117 | Anna Berg | Umeå universitet | Skogens kolförråd i ett förändrat klimat', '1250000'],
      ['2024-00131 | Per Lind | Linnéuniversitetet | Vattenrening med våtmarker', '980500'],
      ['2024-00140 | Sara Ek | Luleå tekniska universitet | Gruvdrift och renskötsel', '2000000'],
    ]);
  });

  it('reads rows without blank lines whose two figures stand between and after text cells', () => {
    const text = [
      'Projektägare',
      'Projekt',
      'Beviljat (tkr)',
      'Kommun',
      'Varav EU-medel (tkr)',
      'Hembygdsföreningen Norrby',
      'Ny brygga vid sjön',
      '350',
      'Åre',
      '175',
      'IK Fjällen',
      'Elljusspår',
      '1 200',
      'Berg',
      '600',
      'Byalaget Ön',
      'Fibernät till byn',
      '2 400',
      'Strömsund',
      '1 200',
      'Kulturföreningen Sågen',
      'Scen i gamla sågen',
      '800',
      'Ragunda',
      '400',
    ].join('\n');
    const grid = detectTextColumnRecords('case.txt', linesOf(text), 0);
    expect(grid!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Projektägare', 'Projekt', 'Beviljat (tkr)', 'Kommun', 'Varav EU-medel (tkr)'],
      ['Hembygdsföreningen Norrby', 'Ny brygga vid sjön', '350', 'Åre', '175'],
      ['IK Fjällen', 'Elljusspår', '1 200', 'Berg', '600'],
      ['Byalaget Ön', 'Fibernät till byn', '2 400', 'Strömsund', '1 200'],
      ['Kulturföreningen Sågen', 'Scen i gamla sågen', '800', 'Ragunda', '400'],
    ]);
    expect(grid!.end).toBe(25);
  });

  it('stops at a row that lost a cell rather than reading it out of line', () => {
    const text = ['Sökande', 'Ort', 'Belopp', 'Förening A', 'Kiruna', '10 000', 'Förening B', 'Gällivare', '12 000', 'Förening C', 'Pajala', '8 000', 'Förening D', '9 000', 'Förening E', 'Jokkmokk', '7 000'].join('\n');
    const grid = detectTextColumnRecords('case.txt', linesOf(text), 0);
    expect(grid!.grid.rows.map((r) => r.cells[0]!.text)).toEqual(['Sökande', 'Förening A', 'Förening B', 'Förening C']);
    expect(grid!.end).toBe(12);
  });

  it('leaves prose with a few numbers alone', () => {
    const text = [
      'Styrelsen beslutade om bidrag',
      'Totalt fördelades medel',
      'till föreningar i länet',
      '2 500 000',
      'kronor fördelades i år.',
      'Nästa ansökningsomgång öppnar i augusti.',
      '15',
      'föreningar fick avslag.',
    ].join('\n');
    expect(detectTextColumnRecords('case.txt', linesOf(text), 0)).toBeNull();
  });

  it('leaves rows with a single text cell to the plain cell-per-line reader', () => {
    const text = ['Region', 'Bidrag 2023', 'Bidrag 2024', 'Uppsala', '100', '120', 'Gotland', '50', '55', 'Skåne', '300', '310', 'Halland', '90', '95'].join('\n');
    expect(detectTextColumnRecords('case.txt', linesOf(text), 0)).toBeNull();
  });
});

describe('rows of a narrower table', () => {
  it('are not joined in twos under a caption read as a column title', () => {
    const text = ['Fördelning per län', '', 'Län', '', 'Belopp (kr)', '', 'Gotland', '', '1 200', '', 'Kalmar', '', '3 400', '', 'Skåne', '', '9 100', '', 'Uppsala', '', '2 500', '', 'Jämtland', '', '800', '', 'Örebro', '', '1 900', '', 'Halland', '', '2 100', '', 'Dalarna', '', '1 400', ''].join('\n');
    expect(detectTextColumnRecords('case.txt', linesOf(text), 0)).toBeNull();
  });
});

describe('cell borders pasted with the cells', () => {
  it('are no cells: a two-column table with "|" lines is left to the plain reader', () => {
    const text = ['Fördelning per region', 'Region |', 'Belopp |', 'Region Gävleborg |', '12 000', '|', 'Region Dalarna |', '9 500', '|', 'Region Värmland |', '11 200', '|', 'Region Örebro län |', '8 700', '|'].join('\n');
    expect(detectTextColumnRecords('case.txt', linesOf(text), 0)).toBeNull();
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Region Gävleborg', '12000'],
      ['Region Dalarna', '9500'],
      ['Region Värmland', '11200'],
      ['Region Örebro län', '8700'],
    ]);
  });
});

describe('a caption or a total that shows the rows read one cell out of line', () => {
  // A caption over a table whose last column holds words: taken for the first title, it would put each
  // row's last word before the next row's label (rows of two text cells and a figure, read one cell late).
  const rows = ['Mottagare', 'Belopp (kr)', 'Beslut', 'Föreningen Norrsken', '120 000', 'Beviljas', 'Bygdegården i Ås', '45 000', 'Avslag', 'Idrottsklubben Vid', '80 000', 'Avslag', 'Kulturhuset Ljus', '60 000', 'Beviljas'];

  it('reads no table from a caption set apart by a blank line over cells that follow each other with none', () => {
    expect(detectTextColumnRecords('t.txt', linesOf(['Beslut om stöd 2023', '', ...rows, ''].join('\n')), 0)).toBeNull();
    expect(detectTextColumnRecords('t.txt', linesOf(['Stöd till föreningar', '', 'Förening', 'Stöd, kr', 'Status', 'Kör A', '12 000', 'Utbetalt', 'Kör B', '9 000', 'Återkrävt', 'Kör C', '7 000', 'Utbetalt', 'Kör D', '4 000', 'Utbetalt', ''].join('\n')), 0)).toBeNull();
  });

  it('reads no table where a total word stands in a later text cell, the rows a cell a paragraph', () => {
    const paragraphs = (cells: string[]): string => `${cells.join('\n\n')}\n`;
    expect(detectTextColumnRecords('t.txt', linesOf(paragraphs(['Fördelning', ...rows, 'Summa', '305 000'])), 0)).toBeNull();
    const other = ['Sökande', 'Sökt (tkr)', 'Bedömning', 'Skolan i Berg', '1 500', 'Bifall', 'Museet vid sjön', '2 250', 'Avslag', 'Teatern Ridå', '900', 'Bifall', 'Kören Ton', '300', 'Bifall', 'Totalt', '4 950'];
    expect(detectTextColumnRecords('t.txt', linesOf(paragraphs(['Ansökningar 2024', ...other])), 0)).toBeNull();
  });
  describe('the total row after the records, its text cells left out', () => {
    const rowsOf = (text: string): string[][] => tablesOf(text).flatMap((t) => t.rows.map((r) => [r.label, r.kind, ...r.cells.map((c) => c.value?.toFixed() ?? '')]));

    it('reads a total under a text column between the label and the amount', () => {
      const text = ['Beviljade bidrag', '', 'Mottagare', 'Beslut', 'Belopp (kr)', 'Föreningen Norrsken', 'Beviljas', '120 000', 'IK Stjärnan', 'Beviljas', '45 000', 'Körsällskapet Ljud', 'Delvis beviljas', '80 000', 'Hembygdsföreningen', 'Beviljas', '60 000', 'Summa', '305 000', ''].join('\n');
      expect(rowsOf(text).map((r) => [r[0], r[1], r[r.length - 1]])).toEqual([
        ['Föreningen Norrsken | Beviljas', 'data', '120000'],
        ['IK Stjärnan | Beviljas', 'data', '45000'],
        ['Körsällskapet Ljud | Delvis beviljas', 'data', '80000'],
        ['Hembygdsföreningen | Beviljas', 'data', '60000'],
        ['Summa', 'total', '305000'],
      ]);
    });

    it('reads a total of two figures under two text cells, a blank line between cells', () => {
      const cells = ['Sökande', 'Projekt', 'Beviljat (tkr)', 'Utbetalt (tkr)', 'Anna Berg', 'Ny brygga vid sjön', '350', '200', 'Bo Ek', 'Kulturvandring', '120', '120', 'Eva Lind', 'Skolträdgård', '90', '45', 'Totalt', '560', '365'];
      const rows = rowsOf(['Projektstöd 2023', '', ...cells.flatMap((c) => [c, '']) ].join('\n'));
      expect(rows[rows.length - 1]).toEqual(['Totalt', 'total', '560000', '365000']);
      expect(rows.length).toBe(4);
    });

    it('leaves a total line text where more figures follow it than a record holds', () => {
      const text = ['Mottagare', 'Beslut', 'Belopp (kr)', 'Föreningen Norrsken', 'Beviljas', '120 000', 'IK Stjärnan', 'Beviljas', '45 000', 'Körsällskapet Ljud', 'Delvis beviljas', '80 000', 'Summa', '245 000', '2024', ''].join('\n');
      expect(rowsOf(text).map((r) => r[0])).toEqual(['Föreningen Norrsken | Beviljas', 'IK Stjärnan | Beviljas', 'Körsällskapet Ljud | Delvis beviljas']);
    });
  });
});
