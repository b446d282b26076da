import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/build.js';
import { assemble } from '../../../src/layout/pdf/assemble.js';
import { OVER_COLUMNS } from '../../../src/layout/pdf/cut-run.js';
import { whitespaceTables } from '../../../src/layout/pdf/whitespace-table.js';
import type { Segment } from '../../../src/layout/pdf/types.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { line, num, page, seg, tableRow } from './build.js';

// Two value columns right-aligned at 200 and 258: a gap of 6 points between "1 085 528" and
// "990 077" in the total row, narrower than the segment gap, as Chromium prints a bold total.
const RIGHTS = [200, 258];
const body = (sep: string) => [
  line(700, seg('Region', 60, 700), seg('Bidrag', 170, 700), seg('Tillägg', 223, 700)),
  tableRow(680, 'Uppsala', [`612${sep}528`, `490${sep}077`], RIGHTS),
  tableRow(660, 'Gotland', [`473${sep}000`, `500${sep}000`], RIGHTS),
];
const values = (lines: ReturnType<typeof body>) => whitespaceTables('t.pdf', 1, lines).grids[0]!.grid.rows.map((r) => r.cells.map((c) => c.text));
/** A total row drawn as `runs` [text, x, width] in one segment (the gap fell under the segment gap). */
const merged = (sep: string, runs: [string, number, number][]): Segment => {
  const x = runs[0]![1];
  const last = runs[runs.length - 1]!;
  return seg(runs.map((r) => r[0]).join(' '), x, 640, last[1] + last[2] - x, runs);
};

describe('numbers in adjacent columns are never one value', () => {
  it.each([
    ['space', ' '],
    ['no-break space', '\u00a0'],
    ['narrow no-break space', '\u202f'],
    ['thin space', '\u2009'],
  ])('two runs in one segment are cut at the column edge (%s)', (_, sep) => {
    const total = merged(sep, [[`1${sep}085${sep}528`, 155, 45], [`990${sep}077`, 229, 29]]);
    const rows = values([...body(sep), line(640, seg('Summa', 60, 640), total)]);
    expect(rows[3]).toEqual(['Summa', `1${sep}085${sep}528`, `990${sep}077`]);
  });

  it('one run drawn across two columns is cut where the numbers and the column edges agree', () => {
    // "990 077 1 033 024" as one text item from 224 to 318 over columns ending at 258 and 318.
    const rights = [200, 258, 318];
    const lines = [
      tableRow(680, 'Uppsala', ['612 528', '490 077', '1 000 000'], rights),
      tableRow(660, 'Gotland', ['473 000', '500 000', '33 024'], rights),
      line(640, seg('Summa', 60, 640), num('1 085 528', 200, 640), seg('990 077 1 033 024', 224, 640, 94)),
    ];
    expect(values(lines)[2]).toEqual(['Summa', '1 085 528', '990 077', '1 033 024']);
  });

  it('a run over two columns that cannot be cut as two numbers is marked, not read as one value', () => {
    // The digits touch: "528990" could be either column's.
    const lines = [...body(' '), line(640, seg('Summa', 60, 640), seg('1 085 528990 077', 165, 640, 93))];
    const rows = values(lines);
    expect(rows[3]!.join('|')).toContain(OVER_COLUMNS);

    const { blocks, problems } = assemble('t.pdf', [page(1, lines)]);
    const doc = buildDocument({ file: 't.pdf', format: 'pdf', blocks, lines: [], pages: 1, problems });
    const total = doc.tables[0]!.rows.find((r) => r.kind === 'total' || r.label === 'Summa')!;
    expect(total.cells.every((c) => c.value === null || c.value.toFixed().length < 10)).toBe(true);
    const findings = runRules([doc], ALL_RULES).get('t.pdf') ?? [];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'format/unreadable')).toBe(true);
  });

  it.each([
    ['1 779 625', '1 500 000', 150, 48],
    ['2 046 310', '98 000', 152, 30],
  ])('a run cut inside whose pieces land on another number is no certain number (%s, %s)', (a, b, x, wb) => {
    // "1 779 625" drawn past its column's edge (189) as one run, "1 500 000" as the next: the
    // estimate cuts the first at "1 779" | "625", and "625" lands beside "1 500 000".
    const total = seg(`${a} ${b}`, x, 640, 201 + wb - x, [[a, x, 48], [b, 201, wb]]);
    const row = (y: number, label: string, v: string[]) => tableRow(y, label, v, [189, 240]);
    const lines = [row(680, 'Uppsala', ['455 200', '400 000']), row(660, 'Gotland', ['120 075', '100 000']), line(640, seg('Totalt', 60, 640), total)];
    const grid = whitespaceTables('t.pdf', 1, lines).grids[0]!.grid;
    const cells = grid.rows[grid.rows.length - 1]!.cells.slice(1);
    // Never "1 779" as a certain number, never "625 1 500 000" as one value.
    expect(cells.every((c) => c.uncertain !== undefined || c.text.includes(OVER_COLUMNS))).toBe(true);
    const { blocks, problems } = assemble('t.pdf', [page(1, lines)]);
    const doc = buildDocument({ file: 't.pdf', format: 'pdf', blocks, lines: [], pages: 1, problems });
    expect((runRules([doc], ALL_RULES).get('t.pdf') ?? []).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('digits kerned apart inside one cell stay one number when nothing is cut', () => {
    const cell = seg('1 234', 170, 640, 30, [['1', 170, 5], ['234', 185, 15]]);
    const rows = values([...body(' '), line(640, seg('Summa', 60, 640), cell, num('990 077', 258, 640))]);
    expect(rows[3]).toEqual(['Summa', '1 234', '990 077']);
  });
});

describe('labels wrapped over lines', () => {
  it.each([
    [['Västra Göta-', 'landsregionen'], 'Västra Götalandsregionen'],
    [['Region Jämtland', 'Härjedalen'], 'Region Jämtland Härjedalen'],
    [['Region', 'Jönköpings', 'län'], 'Region Jönköpings län'],
  ])('%j is one label', (parts, label) => {
    const lines = [
      tableRow(700, 'Uppsala', ['1 000', '2 000'], RIGHTS),
      line(686, seg(parts[0]!, 60, 686), num('3 000', 200, 686), num('4 000', 258, 686)),
      ...parts.slice(1).map((p, k) => line(674 - 12 * k, seg(p, 60, 674 - 12 * k))),
      tableRow(640, 'Gotland', ['5 000', '6 000'], RIGHTS),
    ];
    expect(values(lines).map((r) => r[0])).toEqual(['Uppsala', label, 'Gotland']);
  });
});

describe('columns by alignment when gaps do not tell', () => {
  // Every row draws its second and third cell as two runs 6 points apart: one segment each row.
  const merged2 = (baseline: number, label: string, a: string, b: string, c: string) =>
    line(baseline, seg(label, 60, baseline), num(a, 200, baseline), seg(`${b} ${c}`, 258 - b.length * 5, baseline, 318 - (258 - b.length * 5), [[b, 258 - b.length * 5, b.length * 5], [c, 318 - c.length * 5, c.length * 5]]));

  it('a column no row sets apart comes from the runs that are whole grouped numbers', () => {
    const rows = values([
      merged2(700, 'Uppsala', '1 000', '91 738 677', '25 719 775'),
      merged2(680, 'Gotland', '2 000', '28 005 718', '19 172 616'),
      merged2(660, 'Skåne', '3 000', '40 279 892', '10 903 191'),
    ]);
    expect(rows).toEqual([
      ['Uppsala', '1 000', '91 738 677', '25 719 775'],
      ['Gotland', '2 000', '28 005 718', '19 172 616'],
      ['Skåne', '3 000', '40 279 892', '10 903 191'],
    ]);
  });

  it('rows set far apart (padded cells) are one table when their numbers align', () => {
    const rows = values([tableRow(700, 'Uppsala', ['1 000', '2 000'], RIGHTS), tableRow(655, 'Gotland', ['3 000', '4 000'], RIGHTS), tableRow(610, 'Skåne', ['5 000', '6 000'], RIGHTS)]);
    expect(rows.map((r) => r[0])).toEqual(['Uppsala', 'Gotland', 'Skåne']);
  });

  it('but not when they do not', () => {
    const { grids } = whitespaceTables('t.pdf', 1, [tableRow(700, 'Uppsala', ['1 000', '2 000'], RIGHTS), tableRow(680, 'Gotland', ['3 000', '4 000'], RIGHTS), tableRow(630, 'Skåne', ['5 000', '6 000'], [150, 350]), tableRow(610, 'Halland', ['7 000', '8 000'], [150, 350])]);
    expect(grids).toHaveLength(2);
  });
});

/** One segment of runs [text, x, width] on a baseline. */
const runsAt = (baseline: number, runs: [string, number, number][]): Segment => {
  const last = runs[runs.length - 1]!;
  return seg(runs.map((r) => r[0]).join(' '), runs[0]![1], baseline, last[1] + last[2] - runs[0]![1], runs);
};

describe('labels set vertically centred beside their numbers', () => {
  it('a label over two lines around a row that has no label of its own', () => {
    const lines = [
      tableRow(700, 'Uppsala', ['1 000', '2 000'], RIGHTS),
      line(686, seg('Region', 60, 686)),
      line(680, num('3 000', 200, 680), num('4 000', 258, 680)),
      line(674, seg('Västmanland', 60, 674)),
      tableRow(658, 'Gotland', ['5 000', '6 000'], RIGHTS),
    ];
    expect(values(lines)).toEqual([
      ['Uppsala', '1 000', '2 000'],
      ['Region Västmanland', '3 000', '4 000'],
      ['Gotland', '5 000', '6 000'],
    ]);
  });

  it('whose numbers ran into one segment (tight columns), in the middle of the table', () => {
    const lines = [
      tableRow(700, 'Uppsala', ['1 000', '2 000'], RIGHTS),
      line(686, seg('Region', 60, 686)),
      line(680, runsAt(680, [['472 798', 165, 35], ['1 015 202', 213, 45]])),
      line(674, seg('Gotland', 60, 674)),
      tableRow(658, 'Skåne', ['5 000', '6 000'], RIGHTS),
    ];
    expect(values(lines)).toEqual([
      ['Uppsala', '1 000', '2 000'],
      ['Region Gotland', '472 798', '1 015 202'],
      ['Skåne', '5 000', '6 000'],
    ]);
  });

  it('and so with three columns and another label', () => {
    const rights = [180, 240, 300];
    const lines = [
      tableRow(700, 'Kalmar län', ['10 000', '20 000', '30 000'], rights),
      line(686, seg('Region', 60, 686)),
      line(680, runsAt(680, [['250 100', 145, 35], ['7 500', 215, 25], ['257 600', 265, 35]])),
      line(674, seg('Jönköpings län', 60, 674)),
      tableRow(658, 'Halland', ['1 000', '2 000', '3 000'], rights),
    ];
    expect(values(lines)).toEqual([
      ['Kalmar län', '10 000', '20 000', '30 000'],
      ['Region Jönköpings län', '250 100', '7 500', '257 600'],
      ['Halland', '1 000', '2 000', '3 000'],
    ]);
  });

  it('a line of one number alone is no table row', () => {
    const lines = [line(700, seg('Det beslutade beloppet är', 60, 700)), line(686, runsAt(686, [['1 250 000', 60, 45]]))];
    expect(whitespaceTables('t.pdf', 1, lines).grids).toEqual([]);
  });

  it('at the top of a table', () => {
    const lines = [line(706, seg('Region', 60, 706)), line(700, num('1 000', 200, 700), num('2 000', 258, 700)), line(694, seg('Västmanland', 60, 694)), tableRow(678, 'Gotland', ['5 000', '6 000'], RIGHTS)];
    expect(values(lines).map((r) => r[0])).toEqual(['Region Västmanland', 'Gotland']);
  });
});

describe('a group header over some columns, not quite centred', () => {
  // Value columns right-aligned at these edges, cells padded 5 points; the group header stands
  // 2–2,5 points off the centre of its two columns (the padding measured on one page of a
  // longer table is not the table's). It spans those two, not the columns beside it.
  const rights = [200, 260, 320, 380, 470];
  const grid = (title: string, x: number, width: number, names: [string, number][]) => [
    line(726, seg('Region', 60, 726), seg(title, x, 726, width)),
    line(706, ...names.map(([n, w], k) => seg(n, rights[k]! - w, 706, w))),
    tableRow(690, 'Västra Götalands län', ['1 000', '2 000', '3 000', '4 000', '10 000'], rights),
    tableRow(676, 'Jämtlands län', ['1 500', '2 500', '3 500', '4 500', '12 000'], rights),
  ];
  const spans = (lines: ReturnType<typeof line>[]) => whitespaceTables('t.pdf', 1, lines).grids[0]!.grid.rows[0]!.cells.filter((c) => c.text !== '').map((c) => [c.text, c.colspan]);

  it('over the second and third columns', () => {
    const lines = grid('Ersättning', 242.5, 50, [['Tillägg', 35], ['Kvalitet', 40], ['Utveckling', 50], ['Prestation', 50], ['Totalt', 30]]);
    expect(spans(lines)).toContainEqual(['Ersättning', 2]);
  });

  it('over the third and fourth, beside the total column', () => {
    const lines = grid('Stimulans', 304.5, 45, [['Bas', 15], ['Glesbygd', 40], ['Vård', 50], ['Omsorg', 50], ['Summa', 25]]);
    expect(spans(lines)).toContainEqual(['Stimulans', 2]);
  });
});

describe('labels set from the top of their cells, wrapped over three lines at the row pitch', () => {
  // pdfTeX's p{} column: each row's first label line beside its numbers, the rest below at the
  // same pitch as the rows, so the last line of a label is as near the next row as its own.
  it('the last line goes with its own row', () => {
    const lines = [
      tableRow(700, 'Region', ['3 351 703', '7 969 890'], RIGHTS),
      line(688, seg('Jönköpings', 60, 688)),
      line(676, seg('län', 60, 676)),
      tableRow(664, 'Region', ['4 092 060', '9 309 655'], RIGHTS),
      line(652, seg('Kronoberg', 60, 652)),
      tableRow(640, 'Gotland', ['1 000', '2 000'], RIGHTS),
    ];
    expect(values(lines).map((r) => r[0])).toEqual(['Region Jönköpings län', 'Region Kronoberg', 'Gotland']);
  });

  it('and so in a table of three columns with other names', () => {
    const rights = [180, 240, 300];
    const lines = [
      tableRow(700, 'Region', ['10', '20', '30'], rights),
      line(690, seg('Jämtland', 60, 690)),
      line(680, seg('Härjedalen', 60, 680)),
      tableRow(670, 'Västerbottens', ['40', '50', '90'], rights),
      line(660, seg('län', 60, 660)),
    ];
    expect(whitespaceTables('t.pdf', 1, lines).grids[0]!.grid.rows.map((r) => r.cells[0]!.text)).toEqual(['Region Jämtland Härjedalen', 'Västerbottens län']);
  });
});

describe('rows of a two-column table', () => {
  it.each([
    ['varav Solna', 'Summa'],
    ['därav drift', 'Totalt'],
  ])('a label set in by an em is the label of its row ("%s")', (part, total) => {
    const rights = [200];
    const lines = [
      line(700, seg('Region', 60, 700), seg('Belopp', 170, 700)),
      tableRow(680, 'Region Stockholm', ['1 204 350'], rights),
      line(660, seg(part, 68, 660), num('200 000', 200, 660)),
      tableRow(640, 'Region Uppsala', ['455 200'], rights),
      tableRow(620, total, ['1 659 550'], rights),
    ];
    expect(values(lines).slice(1)).toEqual([
      ['Region Stockholm', '1 204 350'],
      [part, '200 000'],
      ['Region Uppsala', '455 200'],
      [total, '1 659 550'],
    ]);
  });

  it.each([
    ['under the value column', 'Medlen betalas ut under våren.', 60, true],
    ['a wrapped label', 'Härjedalen', 60, false],
  ])('a line after the last row that reaches %s is text, not the last label', (_, text, x, apart) => {
    const rights = [200];
    const lines = [
      tableRow(700, 'Region Västerbotten', ['612 400'], rights),
      tableRow(684, 'Region Norrbotten', ['1 048 250'], rights),
      tableRow(668, 'Totalt', ['1 660 650'], rights),
      line(655, seg(text, x, 655)),
    ];
    const { grids } = whitespaceTables('t.pdf', 1, lines);
    const last = grids[0]!.grid.rows[grids[0]!.grid.rows.length - 1]!.cells[0]!.text;
    expect(last).toBe(apart ? 'Totalt' : `Totalt ${text}`);
  });
});
