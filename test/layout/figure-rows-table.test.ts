import { describe, expect, it } from 'vitest';
import { paragraphs } from './paragraph-blocks.js';
import { buildDocument } from '../../src/document/build.js';
import { unreadRows } from '../../src/document/unread-rows.js';
import { readFigureRows } from '../../src/layout/figure-rows-table.js';
import type { Block, Grid, TextBlock } from '../../src/layout/types.js';
import { runRules } from '../../src/rules/engine.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Rows of figures that no other reader takes, read by the last reader from their column
 * structure alone (figure-rows-table.ts). The reader is given the blocks a text reader hands on
 * for lines left as prose (a paragraph per run of lines between blank lines). Tables written for
 * this test; in the expected cells "?" marks a cell read by digit groups (`readBy: 'spaced'`), "#" a header cell.
 */
const read = (lines: string[]): Block[] => readFigureRows('case.txt', paragraphs(lines));
const gridsOf = (lines: string[]): Grid[] => read(lines).filter((b): b is Grid => b.kind === 'grid');
const cellsOf = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text + (c.readBy ? '?' : '') + (c.header ? '#' : '')));
const textsOf = (blocks: Block[]) => blocks.filter((b): b is TextBlock => b.kind === 'text').map((b) => b.lines.map((l) => l.text));

describe('the last reader of rows of figures', () => {
  it('reads single-spaced rows under a header of years, a dash a blank cell and a title a row without figures', () => {
    // 27 034 + 3 626 + 85 454 + 1 204 = 117 318; 1 450 + 62 908 + 2 310 = 66 668; 56 697 + 14 242 + 2 980 + 4 100 = 78 019.
    const lines = ['Kommun 2021 2022 2023', 'Ale 27 034 1 450 56 697', 'Bjuv 3 626 – 14 242', 'Investeringar', 'Eda 85 454 62 908 2 980', 'Hjo 1 204 2 310 4 100', 'Summa 117 318 66 668 78 019'];
    const [grid, ...more] = gridsOf(lines);
    expect(more).toEqual([]);
    // Cells a single space sets apart rest on digit groups, however the row splits: all uncertain.
    expect(cellsOf(grid!)).toEqual([
      ['Kommun#', '2021#', '2022#', '2023#'],
      ['Ale', '27 034?', '1 450?', '56 697?'],
      ['Bjuv', '3 626?', '–?', '14 242?'],
      ['Investeringar', '', '', ''],
      ['Eda', '85 454?', '62 908?', '2 980?'],
      ['Hjo', '1 204?', '2 310?', '4 100?'],
      ['Summa', '117 318?', '66 668?', '78 019?'],
    ]);
    expect(grid!.headerRows).toBe(1);
    // What the reader took is no longer reported as rows no reader took.
    expect(unreadRows(paragraphs(lines))).toHaveLength(1);
    expect(unreadRows(read(lines))).toEqual([]);
  });

  it('chooses between digit groupings by the sizes of the column, and marks the row so', () => {
    // Under a header of title words. "Fritid 31 200 150 31 050" is 31 200 | 150 | 31 050 or
    // 31 | 200 150 | 31 050: the second column's other figures are tens, so the first.
    const lines = ['Verksamhet Intäkter Kostnader Netto', 'Vård 18 020 96 17 924', 'Kultur 9 650 48 9 602', 'Fritid 31 200 150 31 050', 'Park 2 100 – 2 100'];
    expect(gridsOf(lines).map(cellsOf)).toEqual([
      [
        ['Verksamhet#', 'Intäkter#', 'Kostnader#', 'Netto#'],
        ['Vård', '18 020?', '96?', '17 924?'],
        // "Kultur 9" and three figures reads too, but no label here closes in a number.
        ['Kultur', '9 650?', '48?', '9 602?'],
        ['Fritid', '31 200?', '150?', '31 050?'],
        ['Park', '2 100?', '–?', '2 100?'],
      ],
    ]);
    // Under a header of years: "Hyror 12 450 330" is 12 450 | 330 or 12 | 450 330; the second column holds tens.
    expect(gridsOf(['Intäkter 2022 2023', 'Avgifter 14 100 40', 'Bidrag 9 800 25', 'Hyror 12 450 330']).map(cellsOf)).toEqual([
      [
        ['Intäkter#', '2022#', '2023#'],
        ['Avgifter', '14 100?', '40?'],
        ['Bidrag', '9 800?', '25?'],
        ['Hyror', '12 450?', '330?'],
      ],
    ]);
  });

  it('reads cells set apart by a mix of tabs, wide gaps and single spaces, titles set apart by wide gaps', () => {
    // 4 200 + 6 100 + 2 050 = 12 350; 3 950 + 6 320 + 1 980 = 12 250. Only cells with a tab or a
    // wide gap on each side are read as printed; the others rest on digit groups.
    const lines = ['Område\tBudget  Utfall', 'Norr\t4 200 3 950', 'Söder  6 100\t6 320', 'Väster 2 050  1 980', 'Totalt 12 350 12 250'];
    expect(gridsOf(lines).map(cellsOf)).toEqual([
      [
        ['Område#', 'Budget#', 'Utfall#'],
        ['Norr', '4 200?', '3 950?'],
        ['Söder', '6 100', '6 320'],
        ['Väster', '2 050', '1 980'],
        ['Totalt', '12 350?', '12 250?'],
      ],
    ]);
  });

  it('reads titles set apart by wide gaps, and title words as many as the columns', () => {
    expect(gridsOf(['Post  Budget 2023  Utfall 2023', 'Lokaler 4 150 4 020', 'Personal 12 600 12 940', 'Övrigt 880 1 910']).map(cellsOf)).toEqual([
      [
        ['Post#', 'Budget 2023#', 'Utfall 2023#'],
        ['Lokaler', '4 150?', '4 020?'],
        ['Personal', '12 600?', '12 940?'],
        ['Övrigt', '880?', '1 910?'],
      ],
    ]);
    expect(gridsOf(['Budget Utfall Avvikelse', 'Skola 5 300 5 420 −120', 'Omsorg 7 150 6 980 170', 'Kultur 640 655 −15']).map(cellsOf)).toEqual([
      [
        ['#', 'Budget#', 'Utfall#', 'Avvikelse#'],
        ['Skola', '5 300?', '5 420?', '−120?'],
        ['Omsorg', '7 150?', '6 980?', '170?'],
        ['Kultur', '640?', '655?', '−15?'],
      ],
    ]);
  });

  it("keeps a label's number where some row can be read no other way", () => {
    // "Klass 1 12 400 13 100" makes two figures only with "1" the label's; so the other rows too.
    expect(gridsOf(['Elever 2022 2023', 'Klass 1 12 400 13 100', 'Klass 2 9 800 10 200', 'Klass 3 11 050 11 900']).map(cellsOf)).toEqual([
      [
        ['Elever#', '2022#', '2023#'],
        ['Klass 1', '12 400?', '13 100?'],
        ['Klass 2', '9 800?', '10 200?'],
        ['Klass 3', '11 050?', '11 900?'],
      ],
    ]);
    expect(gridsOf(['Område 2021 2022', 'Zon 4 2 150 2 300', 'Zon 7 1 900 1 960', 'Zon 9 3 400 3 520']).map(cellsOf)).toEqual([
      [
        ['Område#', '2021#', '2022#'],
        ['Zon 4', '2 150?', '2 300?'],
        ['Zon 7', '1 900?', '1 960?'],
        ['Zon 9', '3 400?', '3 520?'],
      ],
    ]);
  });

  it('takes the count the rows agree on where no header is read, every cell then uncertain', () => {
    // "Bidrag per förening" is a caption, not titles; "12 500  3 200" could be three or four figures, so the count is in doubt.
    const lines = ['Bidrag per förening', 'Förening A  12 500  3 200', 'Förening B 8 750 1 100', 'Förening C  4 000  –', 'Förening D 15 250 2 450'];
    const blocks = read(lines);
    expect(blocks.filter((b): b is Grid => b.kind === 'grid').map(cellsOf)).toEqual([
      [
        ['Förening A', '12 500?', '3 200?'],
        ['Förening B', '8 750?', '1 100?'],
        ['Förening C', '4 000?', '–?'],
        ['Förening D', '15 250?', '2 450?'],
      ],
    ]);
    expect(textsOf(blocks)).toEqual([['Bidrag per förening']]);
    // Rows of three small counts: Norr and three figures, not "Norr 12" and two.
    expect(gridsOf(['Norr 12 14 19', 'Syd 30 41 52']).map(cellsOf)).toEqual([
      [
        ['Norr', '12?', '14?', '19?'],
        ['Syd', '30?', '41?', '52?'],
      ],
    ]);
  });

  it('leaves a row no cut fits as text, reported, and the table beside it uncertain', () => {
    const lines = ['Län 2021 2022', 'Norr 1 200 1 300', 'Mitt 2 500 2 450', 'Syd 3 100 3 050 3 000 2 900', 'Väst 4 400 4 350'];
    const blocks = read(lines);
    const [grid] = blocks.filter((b): b is Grid => b.kind === 'grid');
    expect(cellsOf(grid!)).toEqual([
      ['Län#', '2021#', '2022#'],
      ['Norr', '1 200?', '1 300?'],
      ['Mitt', '2 500?', '2 450?'],
      ['Väst', '4 400?', '4 350?'],
    ]);
    expect(grid!.problems?.map((p) => p.location.line)).toEqual([4]);
    expect(textsOf(blocks)).toEqual([['Syd 3 100 3 050 3 000 2 900']]);
  });

  it('declines a total over one row, a run of prose lines, and rows that fit no count', () => {
    // What it declines stays as it was, and is reported as rows no reader took.
    const declined = [
      ['Väster 2 050 1 980', 'Totalt 12 350 12 250'],
      ['Norr 12 14 19', 'Mitt 8 11', 'Syd 30 41 52 60 71', 'Väst 7'],
    ];
    for (const lines of declined) {
      expect(gridsOf(lines), lines.join(' / ')).toEqual([]);
      expect(textsOf(read(lines)).flat()).toEqual(lines);
    }
  });
});

describe('a small table under a header of years', () => {
  it('reads one row under the years that cuts one way only into a figure a year', () => {
    expect(gridsOf(['Kommun 2023 2024', 'Arvika 1 200 1 300']).map(cellsOf)).toEqual([
      [
        ['Kommun#', '2023#', '2024#'],
        ['Arvika', '1 200?', '1 300?'],
      ],
    ]);
    expect(gridsOf(['Län 2022 2023 2024', 'Uppsala 12,5 13,1 14,0']).map(cellsOf)).toEqual([
      [
        ['Län#', '2022#', '2023#', '2024#'],
        ['Uppsala', '12,5?', '13,1?', '14,0?'],
      ],
    ]);
  });

  it('reads two rows under the years, one whose figures could join into one', () => {
    expect(gridsOf(['Kommun 2023 2024', 'Arvika 1 200 1 300', 'Eda 300 400']).map(cellsOf)).toEqual([
      [
        ['Kommun#', '2023#', '2024#'],
        ['Arvika', '1 200?', '1 300?'],
        ['Eda', '300?', '400?'],
      ],
    ]);
  });

  it('gives the rows the unit of the caption above, their figures no prose amounts', () => {
    const doc = docOf({ file: 'case.txt', text: 'Bidrag 2024, tusental kronor\n\nKommun 2023 2024\nArvika 1 200 1 300\nEda 300 400\n\nMedlen betalas ut i mars.\n' });
    expect(doc.tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? null)]))).toEqual([
      [
        ['Arvika', '1200000', '1300000'],
        ['Eda', '300000', '400000'],
      ],
    ]);
    expect(doc.amounts.map((a) => a.raw)).toEqual([]);
  });

  it('leaves one row that cuts several ways into a figure a year as text, reported', () => {
    // 1 250 | 1 310 | 980, or 1 | 250 | 1 310 980, or 1 250 | 1 | 310 980.
    const lines = ['Region 2020 2021 2022', 'Norrbotten 1 250 1 310 980'];
    expect(gridsOf(lines)).toEqual([]);
    expect(unreadRows(read(lines)).map((p) => p.location.line)).toEqual([1]);
  });
});

describe('a sum over rows the last reader read', () => {
  const auditOf = (lines: string[]) => {
    const doc = buildDocument({ file: 'case.txt', format: 'text', blocks: read(lines), lines, problems: [] });
    return runRules([doc], [columnTotal]).get('case.txt') ?? [];
  };
  it('that disagrees over a cell read by digit groups is a warning, not an error', () => {
    // The 2023 sum is 56 697 + 14 242 + 2 980 + 4 100 = 78 019, printed 78 119; "Bjuv 3 626 – 14 242" reads two ways.
    const lines = ['Kommun 2021 2022 2023', 'Ale 27 034 1 450 56 697', 'Bjuv 3 626 – 14 242', 'Eda 85 454 62 908 2 980', 'Hjo 1 204 2 310 4 100', 'Summa 117 318 66 668 78 119'];
    const found = auditOf(lines).filter((f) => f.severity !== 'info');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toMatch(/78 019.*78 119/);
  });

  it('that disagrees over cells printed apart by wide gaps is an error', () => {
    // The same table with its cells two spaces apart and 1 100 in Bjuv's 2022 (66 668 + 1 100 = 67 768).
    const lines = ['Kommun  2021  2022  2023', 'Ale  27 034  1 450  56 697', 'Bjuv  3 626  1 100  14 242', 'Eda  85 454  62 908  2 980', 'Hjo  1 204  2 310  4 100', 'Summa  117 318  67 768  78 119'];
    expect(auditOf(lines).filter((f) => f.severity !== 'info').map((f) => f.severity)).toEqual(['error']);
  });
});
