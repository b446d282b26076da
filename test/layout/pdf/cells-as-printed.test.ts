import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/build.js';
import { assemble } from '../../../src/layout/pdf/assemble.js';
import type { PageData, PdfLine } from '../../../src/layout/pdf/types.js';
import type { Grid, Layout } from '../../../src/layout/types.js';
import type { Finding } from '../../../src/model/finding.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { line, num, page, seg, tableRow } from './build.js';

/**
 * Cells as a person reads them where the producer set them awkwardly: numbers wrapped inside
 * narrow cells (on one page or over a page break), header words and a label run into one
 * segment with their neighbours, a table wider than its page, a group header centred over
 * more than one range of columns. Each in two layouts.
 */
const grids = (blocks: ReturnType<typeof assemble>['blocks']) => blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text));
function layoutOf(pages: PageData[]): Layout {
  const { blocks, problems } = assemble('t.pdf', pages);
  return { file: 't.pdf', format: 'pdf', blocks, lines: [], pages: pages.length, problems };
}
function audit(pages: PageData[]): { layout: Layout; findings: Finding[] } {
  const layout = layoutOf(pages);
  return { layout, findings: runRules([buildDocument(layout)], ALL_RULES).get('t.pdf') ?? [] };
}
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error').map((f) => f.message);

describe('a number wrapped inside its narrow cell is one cell', () => {
  // Columns end at 200, 260, 320; the third cell of row two wraps: "10 218" above the row's
  // line, "001" below it, each half a line away (the other cells centred between them).
  const R = [200, 260, 320];
  const wrappedBelowCentre = (sep: string) => [
    line(700, seg('Region', 60, 700), num('Bas', 200, 700), num('Tillägg', 260, 700), num('Totalt', 320, 700)),
    tableRow(680, 'Uppsala län', [`1${sep}000${sep}000`, `2${sep}000${sep}000`, `3${sep}000${sep}000`], R),
    line(666, num(`10${sep}218`, 318, 666)),
    tableRow(660, 'Skåne län', [`4${sep}109${sep}000`, `6${sep}109${sep}001`], R.slice(0, 2)),
    line(654, num('001', 320, 654)),
    tableRow(640, 'Summa', [`5${sep}109${sep}000`, `8${sep}109${sep}001`, `13${sep}218${sep}001`], R),
  ];
  it.each([
    ['space', ' '],
    ['no-break space', '\u00a0'],
  ])('pieces above and below the row line (%s)', (_, sep) => {
    const { layout, findings } = audit([page(1, wrappedBelowCentre(sep))]);
    const t = texts(grids(layout.blocks)[0]!);
    expect(t[2]).toEqual(['Skåne län', `4${sep}109${sep}000`, `6${sep}109${sep}001`, `10${sep}218${sep}001`]);
    expect(errors(findings)).toEqual([]);
  });

  it('a label wrapped beside it and a piece that ends a group ("102 147 34" over "4")', () => {
    const lines = [
      line(700, seg('Region', 60, 700), num('Bas', 200, 700), num('Tillägg', 260, 700)),
      tableRow(680, 'Region Gotland', ['1 000 000', '2 000 000'], [200, 260]),
      line(666, seg('Region Örebro', 60, 666), num('102 147 34', 258, 666)),
      line(660, num('5 000 000', 200, 660)),
      line(654, seg('län', 60, 654), num('4', 260, 654)),
      tableRow(640, 'Summa', ['6 000 000', '104 147 344'], [200, 260]),
    ];
    const { layout, findings } = audit([page(1, lines)]);
    expect(texts(grids(layout.blocks)[0]!)[2]).toEqual(['Region Örebro län', '5 000 000', '102 147 344']);
    expect(errors(findings)).toEqual([]);
  });

  it('pieces that join no one way into a grouped number stay apart', () => {
    const all = wrappedBelowCentre(' ');
    const lines = [...all.slice(0, 2), line(666, num('10 21', 318, 666)), all[3]!, line(654, num('0 01', 320, 654)), all[5]!];
    const cells = grids(layoutOf([page(1, lines)]).blocks).flatMap((g) => texts(g).flat());
    expect(cells).not.toContain('10 210 01');
    expect(cells).not.toContain('10 21 0 01');
  });
});

describe('a number wrapped in its cell over a page break', () => {
  const R = [300, 400];
  const head = (y: number) => line(y, seg('Region', 60, y), num('Bidrag', 300, y), num('Totalt', 400, y));
  const filler = (n: number, top: number) => Array.from({ length: n }, (_, i) => tableRow(top - 20 * i, `Post ${i + 1}`, ['1 000', '2 000'], R));
  it.each([
    ['the first piece is a whole number ("51 062" + "577")', '51 062', '577', '51 062 577'],
    ['the first piece ends a group short ("16 995 73" + "7")', '16 995 73', '7', '16 995 737'],
  ])('%s', (_, first, rest, whole) => {
    const total = (n: string) => String(56_000 + Number(n.replace(/ /g, ''))).replace(/\B(?=(\d{3})+$)/g, ' ');
    const p1 = page(1, [head(700), ...filler(28, 680), tableRow(120, 'Region Värmland', ['1 000', first], R), line(40, seg('1 (2)', 280, 40, 25))]);
    const p2 = page(2, [head(800), line(784, num(rest, 400, 784)), tableRow(760, 'Summa', ['29 000', total(whole)], R), line(40, seg('2 (2)', 280, 40, 25))]);
    const { layout, findings } = audit([p1, p2]);
    const gs = grids(layout.blocks);
    expect(gs).toHaveLength(1);
    const t = texts(gs[0]!);
    expect(t.find((r) => r[0] === 'Region Värmland')).toEqual(['Region Värmland', '1 000', whole]);
    expect(errors(findings)).toEqual([]);
  });
});

describe('header words and labels run into one segment with their neighbours', () => {
  it.each([
    ['"Region" centred over the labels, run into the first value header', 95],
    ['"Region" at the labels\' left edge, run into the first value header', 60],
  ])('%s: the label header is its own cell and the first row alone at the page foot joins the next page', (_, regionX) => {
    // One header segment from `regionX` to 497: "Region", then the value headers, each ending at its column.
    const rights = [184, 227, 267];
    const headerSeg = seg('Region Uppföljning Kvalitet Tillägg', regionX, 106, 267 - regionX, [
      ['Region', regionX, 30],
      ['Uppföljning', 131, 53],
      ['Kvalitet', 191, 36],
      ['Tillägg', 236, 31],
    ]);
    const p1 = page(1, [line(131, seg('Tabell 1. Fördelning per region (kronor)', 51, 131, 220)), line(106, headerSeg), tableRow(90, 'Stockholm', ['53 529', '96 558', '13 945'], rights), line(40, seg('1 (2)', 280, 40, 25))]);
    const p2 = page(2, [tableRow(780, 'Uppsala', ['12 739', '92 252', '81 593'], rights), tableRow(760, 'Summa', ['66 268', '188 810', '95 538'], rights)]);
    const layout = layoutOf([p1, p2]);
    const gs = grids(layout.blocks);
    expect(gs).toHaveLength(1);
    expect(texts(gs[0]!)).toEqual([
      ['Region', 'Uppföljning', 'Kvalitet', 'Tillägg'],
      ['Stockholm', '53 529', '96 558', '13 945'],
      ['Uppsala', '12 739', '92 252', '81 593'],
      ['Summa', '66 268', '188 810', '95 538'],
    ]);
  });

  it.each([
    ['space', ' ', 7],
    ['no-break space', '\u00a0', 5],
  ])('a long label with its first number close behind in one segment (%s)', (_, sep, gapPt) => {
    const rights = [168, 237];
    const labelEnd = 127;
    const first = `101${sep}946`;
    const lines = [
      line(700, seg('Region', 60, 700), num('Tillägg', 168, 700), num('Totalt', 237, 700)),
      tableRow(684, 'Stockholms län', [`91${sep}128`, `159${sep}559`], rights),
      line(668, seg(`Östergötlands län ${first}`, 60, 668, 168 - 60, [
        ['Östergötlands län', 60, labelEnd - 60],
        [first, labelEnd + gapPt, 168 - labelEnd - gapPt],
      ]), num(`101${sep}946`, 237, 668)),
      tableRow(652, 'Summa', [`193${sep}074`, `261${sep}505`], rights),
    ];
    const t = texts(grids(layoutOf([page(1, lines)]).blocks)[0]!);
    expect(t[2]).toEqual(['Östergötlands län', first, `101${sep}946`]);
  });
});

describe('a table wider than its page', () => {
  it.each([
    ['portrait', [0, 0, 595, 842] as [number, number, number, number], 595],
    ['landscape', [0, 0, 842, 595] as [number, number, number, number], 842],
  ])('cells cut at the page edge are uncertain: a sum over them warns, never errs (%s)', (_, view, edge) => {
    // The last column's numbers start 10 points before the edge: only their first digits are on the page.
    const rights = [edge - 100, edge - 40];
    const cut = (text: string, y: number) => seg(text, edge - 10, y, 10.5);
    const rows: PdfLine[] = [
      line(700, seg('Region', 60, 700), num('Bas', rights[0]!, 700), num('Tillägg', rights[1]!, 700), seg('Tot', edge - 10, 700, 10.5)),
      line(680, seg('Region Stockholm', 60, 680), num('7 839 934', rights[0]!, 680), num('9 750 952', rights[1]!, 680), cut('47', 680)),
      line(660, seg('Region Uppsala', 60, 660), num('1 490 294', rights[0]!, 660), num('3 826 524', rights[1]!, 660), cut('30', 660)),
      line(640, seg('Summa', 60, 640), num('9 330 228', rights[0]!, 640), num('13 577 476', rights[1]!, 640), cut('78', 640)),
    ];
    const { layout, findings } = audit([page(1, rows, view)]);
    const g = grids(layout.blocks)[0]!;
    expect(g.rows[1]!.cells[3]!.uncertain).toBe('47');
    expect(g.rows[1]!.cells[1]!.uncertain).toBeUndefined();
    expect(errors(findings)).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'table/column-total' && f.severity === 'warning')).toBe(true);
  });
});

describe('a group header centred over column ranges of two widths', () => {
  // Equally spaced columns: the title centred over two of them is centred over four as well.
  const table = (rights: number[], title: string, titleX: number, subs: string[], rows: [string, number[]][]) => {
    const fmt = (v: number) => String(v).replace(/\B(?=(\d{3})+$)/g, ' ');
    return [
      line(715, seg(title, titleX, 715, title.length * 5)),
      line(700, seg('Region', 60, 700), ...subs.map((h, k) => num(h, rights[k]!, 700))),
      ...rows.map(([label, vs], i) => tableRow(680 - 20 * i, label, [...vs, vs.reduce((a, b) => a + b, 0)].map(fmt), rights)),
    ];
  };
  it.each([
    ['two of five columns', [200, 260, 320, 380, 440], 'Stimulansmedel', 292.5, ['Bas', 'Tillägg', 'Vård', 'Omsorg', 'Totalt']],
    ['three of six columns', [200, 260, 320, 380, 440, 500], 'Särskilda medel', 320, ['Bas', 'Tillägg', 'Vård', 'Omsorg', 'Barn', 'Summa']],
  ])('%s: the span is marked a guess, and a row total over it can only warn', (_, rights, title, x, subs) => {
    const n = rights.length - 1;
    const rows: [string, number[]][] = [
      ['Uppsala län', [770_605, 696_468, 899_492, 774_207, 310_000].slice(0, n)],
      ['Kalmar län', [687_465, 933_959, 806_941, 770_456, 120_500].slice(0, n)],
      ['Skåne län', [312_045, 500_480, 225_030, 199_810, 450_250].slice(0, n)],
    ];
    const { layout, findings } = audit([page(1, table(rights, title, x, subs, rows))]);
    const g = grids(layout.blocks)[0]!;
    expect(g.rows[0]!.cells.find((c) => c.text === title)?.uncertain).toBe(title);
    expect(errors(findings)).toEqual([]);
    for (const f of findings.filter((f) => f.ruleId === 'table/row-total')) expect(f.message).toContain(`rubriken "${title}"`);
    // A cell changed (total kept) is still flagged.
    const changed = rows.map(([l, vs], i): [string, number[]] => [l, i === 1 ? vs.map((v, k) => (k === 2 ? v + 7000 : v)) : vs]);
    const lines = table(rights, title, x, subs, changed);
    const fmt = (v: number) => String(v).replace(/\B(?=(\d{3})+$)/g, ' ');
    const original = rows[1]![1];
    lines[3] = tableRow(660, 'Kalmar län', [...changed[1]![1], original.reduce((a, b) => a + b, 0)].map(fmt), rights);
    const before = new Set(findings.map((f) => f.message));
    expect(audit([page(1, lines)]).findings.filter((f) => f.severity !== 'info' && !before.has(f.message)).length).toBeGreaterThan(0);
  });
});
