import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/build.js';
import { assemble } from '../../../src/layout/pdf/assemble.js';
import type { PageData, PdfLine } from '../../../src/layout/pdf/types.js';
import type { Grid, Layout } from '../../../src/layout/types.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { line, page, seg, tableRow } from './build.js';

const RIGHTS = [300, 400];
const grids = (blocks: ReturnType<typeof assemble>['blocks']) => blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text));

/** Rows "Post 1" … with values k*1000 and k*10, `count` of them from `top` down, 20 points apart. */
function rows(from: number, count: number, top: number): PdfLine[] {
  return Array.from({ length: count }, (_, i) => {
    const k = from + i;
    return tableRow(top - 20 * i, `Post ${k}`, [`${k} 000`, `${k * 10}`], RIGHTS);
  });
}
const header = (y: number) => line(y, seg('Post', 60, y), seg('Bidrag', 270, y), seg('Tillägg', 365, y));
const caption = (y: number, n: number) => line(y, seg(`Tabell ${n}. Medel per post (kronor)`, 60, y, 180));

/** Page 1: caption, header and 28 rows down to the bottom margin, a page number and a reference below. */
function firstPage(withCaption = true): PageData {
  return page(1, [
    line(800, seg('Socialdepartementet', 450, 800, 90)),
    ...(withCaption ? [caption(700, 1)] : []),
    header(680),
    ...rows(1, 28, 660),
    line(40, seg('1 (2)', 280, 40, 25)),
    line(28, seg('Dnr S2025/00001', 60, 28, 80)),
  ]);
}

function layoutOf(pages: PageData[]): Layout {
  const { blocks, problems } = assemble('t.pdf', pages);
  return { file: 't.pdf', format: 'pdf', blocks, lines: [], pages: pages.length, problems };
}

const sum = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i).reduce((a, b) => a + b, 0);

describe('a table continued on the next page is one grid', () => {
  it('without a repeated header: the rows of both pages, one total that sums them all', () => {
    const second = page(2, [line(800, seg('Socialdepartementet', 450, 800, 90)), ...rows(29, 4, 760), tableRow(680, 'Summa', [`${sum(1, 32)} 000`, `${sum(1, 32) * 10}`], RIGHTS), line(40, seg('2 (2)', 280, 40, 25))]);
    const layout = layoutOf([firstPage(), second]);
    const gs = grids(layout.blocks);
    expect(gs).toHaveLength(1);
    const t = texts(gs[0]!);
    expect(t[0]).toEqual(['Post', 'Bidrag', 'Tillägg']);
    expect(t).toHaveLength(1 + 32 + 1);
    expect(t[29]).toEqual(['Post 29', '29 000', '290']);
    expect(t[33]).toEqual(['Summa', '528 000', '5280']);
    expect(gs[0]!.rows[29]!.location.page).toBe(2);

    const doc = buildDocument(layout);
    expect(doc.tables).toHaveLength(1);
    const findings = runRules([doc], ALL_RULES).get('t.pdf') ?? [];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a changed cell on the second page is an error against the total on that page', () => {
    const bad = rows(29, 4, 760);
    bad[1] = tableRow(740, 'Post 30', ['30 009', '300'], RIGHTS);
    const second = page(2, [...bad, tableRow(680, 'Summa', [`${sum(1, 32)} 000`, `${sum(1, 32) * 10}`], RIGHTS)]);
    const doc = buildDocument(layoutOf([firstPage(), second]));
    const errors = (runRules([doc], ALL_RULES).get('t.pdf') ?? []).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.ruleId, f.expected, f.actual])).toEqual([['table/column-total', '528000', '528009']]);
  });

  it('with the header repeated on the next page: the header is read once', () => {
    const second = page(2, [header(780), ...rows(29, 4, 760), tableRow(680, 'Summa', [`${sum(1, 32)} 000`, `${sum(1, 32) * 10}`], RIGHTS)]);
    const gs = grids(layoutOf([firstPage(), second]).blocks);
    expect(gs).toHaveLength(1);
    const t = texts(gs[0]!);
    expect(t.filter((r) => r[0] === 'Post')).toHaveLength(1);
    expect(t).toHaveLength(1 + 32 + 1);
  });

  it.each([
    ['Region', 'Västmanland', 'Region Västmanland'],
    ['Västra Göta-', 'landsregionen', 'Västra Götalandsregionen'],
  ])('a row broken over the page break: "%s" + "%s" is one label', (head, tail, label) => {
    const first = firstPage();
    first.lines.splice(first.lines.length - 2, 0, tableRow(100, head, ['29 000', '290'], RIGHTS));
    const second = page(2, [line(780, seg(tail, 60, 780)), ...rows(30, 3, 760), tableRow(690, 'Summa', [`${sum(1, 32)} 000`, `${sum(1, 32) * 10}`], RIGHTS)]);
    const gs = grids(layoutOf([first, second]).blocks);
    expect(gs).toHaveLength(1);
    const t = texts(gs[0]!);
    expect(t[29]).toEqual([label, '29 000', '290']);
    expect(t).toHaveLength(1 + 32 + 1);
  });

  it('a row broken over the page with the header repeated: the label rest beside the header joins the row', () => {
    const valuesHeader = (y: number, ...before: ReturnType<typeof seg>[]) => line(y, ...before, seg('Bidrag', 270, y), seg('Tillägg', 365, y));
    const first = page(1, [caption(700, 1), valuesHeader(680), ...rows(1, 28, 660), tableRow(100, 'Region', ['29 000', '290'], RIGHTS)]);
    const second = page(2, [valuesHeader(780, seg('Västmanland', 60, 780)), ...rows(30, 3, 760), tableRow(690, 'Summa', [`${sum(1, 32)} 000`, `${sum(1, 32) * 10}`], RIGHTS)]);
    const gs = grids(layoutOf([first, second]).blocks);
    expect(gs).toHaveLength(1);
    const t = texts(gs[0]!);
    expect(t[29]).toEqual(['Region Västmanland', '29 000', '290']);
    expect(t).toHaveLength(1 + 32 + 1);
  });

  it('only the total row on the next page', () => {
    const second = page(2, [tableRow(780, 'Summa', [`${sum(1, 28)} 000`, `${sum(1, 28) * 10}`], RIGHTS), line(740, seg('Medlen ska redovisas enligt villkoren.', 60, 740, 200))]);
    const layout = layoutOf([firstPage(), second]);
    const gs = grids(layout.blocks);
    expect(gs).toHaveLength(1);
    expect(texts(gs[0]!)[29]).toEqual(['Summa', '406 000', '4060']);
    const findings = runRules([buildDocument(layout)], ALL_RULES).get('t.pdf') ?? [];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the header repeated and only the total row under it on the next page', () => {
    const second = page(2, [header(780), tableRow(760, 'Summa', [`${sum(1, 28)} 000`, `${sum(1, 28) * 10}`], RIGHTS)]);
    const gs = grids(layoutOf([firstPage(), second]).blocks);
    expect(gs).toHaveLength(1);
    expect(texts(gs[0]!)).toHaveLength(1 + 28 + 1);
    expect(texts(gs[0]!)[29]).toEqual(['Summa', '406 000', '4060']);
  });

  it('over three pages', () => {
    const mid = page(2, [header(780), ...rows(29, 35, 760)]);
    const last = page(3, [...rows(64, 2, 750), tableRow(700, 'Summa', [`${sum(1, 65)} 000`, `${sum(1, 65) * 10}`], RIGHTS)]);
    const gs = grids(layoutOf([firstPage(), mid, last]).blocks);
    expect(gs).toHaveLength(1);
    expect(texts(gs[0]!)).toHaveLength(1 + 65 + 1);
    expect(texts(gs[0]!)[66]).toEqual(['Summa', `${sum(1, 65)} 000`, `${sum(1, 65) * 10}`]);
  });
});

describe('tables that must stay apart', () => {
  it('a new caption on the next page starts a new table, even with the same columns', () => {
    const second = page(2, [caption(790, 2), header(770), ...rows(1, 3, 750), tableRow(690, 'Summa', ['6 000', '60'], RIGHTS)]);
    const first = firstPage();
    first.lines.splice(first.lines.length - 2, 0, tableRow(100, 'Summa', [`${sum(1, 28)} 000`, `${sum(1, 28) * 10}`], RIGHTS));
    const gs = grids(layoutOf([first, second]).blocks);
    expect(gs).toHaveLength(2);
    expect(gs.map((g) => g.caption?.text)).toEqual(['Tabell 1. Medel per post (kronor)', 'Tabell 2. Medel per post (kronor)']);
  });

  it('a new caption on the next page, the first table without a total row', () => {
    const second = page(2, [caption(790, 2), ...rows(1, 3, 750)]);
    const gs = grids(layoutOf([firstPage(), second]).blocks);
    expect(gs).toHaveLength(2);
  });

  it('a table that ends mid-page, followed by prose, does not go on onto the next page', () => {
    const first = page(1, [caption(700, 1), header(680), ...rows(1, 5, 660), line(400, seg('Medlen ska redovisas till Socialstyrelsen enligt villkoren i beslutet.', 60, 400, 350))]);
    const second = page(2, rows(6, 3, 780));
    expect(grids(layoutOf([first, second]).blocks)).toHaveLength(2);
  });

  it('a single line with numbers at the top of a page after prose stays text', () => {
    const first = page(1, [line(400, seg('Medlen ska redovisas till Socialstyrelsen enligt villkoren i beslutet.', 60, 400, 350))]);
    const second = page(2, [tableRow(780, 'Summa', ['1 000', '10'], RIGHTS)]);
    const { blocks } = assemble('t.pdf', [first, second]);
    expect(grids(blocks)).toHaveLength(0);
    expect(blocks.map((b) => (b.kind === 'text' ? b.lines.map((l) => l.text).join(' ') : ''))).toContain('Summa 1 000 10');
  });

  it('different columns on the next page are a different table', () => {
    const second = page(2, [tableRow(780, 'Post 29', ['1 000', '10'], [250, 450]), tableRow(760, 'Post 30', ['2 000', '20'], [250, 450])]);
    expect(grids(layoutOf([firstPage(false), second]).blocks)).toHaveLength(2);
  });
});

describe('a total row alone at the top of the next page, its numbers handed over word by word', () => {
  // "Summa 406 000 4 060": each digit group its own run, the gap between the two numbers wider
  // than the digit-group gaps, prose right below it.
  const words = (y: number, groups: [string, number][]) => seg(groups.map((g) => g[0]).join(' '), groups[0]![1], y, groups[groups.length - 1]![1] + groups[groups.length - 1]![0].length * 5 - groups[0]![1], groups.map(([t, x]) => [t, x, t.length * 5]));

  it('joins the table and is its total row', () => {
    const next = page(2, [
      line(800, seg('Socialdepartementet', 450, 800, 90)),
      line(760, seg('Summa', 60, 760), words(760, [['406', 268], ['000', 285], ['4', 378], ['060', 385]])),
      line(745, seg('Medlen ska användas för att stärka arbetet med tillgänglighet och kontinuitet.', 60, 745, 400)),
    ]);
    const [g] = grids(assemble('t.pdf', [firstPage(), next]).blocks);
    expect(texts(g!).at(-1)).toEqual(['Summa', '406 000', '4 060']);
  });

  it('also under another label, the table without a caption, the numbers in other groups', () => {
    const next = page(2, [
      line(790, seg('Totalt', 60, 790), words(790, [['1', 261], ['406', 268], ['000', 285], ['40', 373], ['600', 385]])),
      line(776, seg('Beslutet har fattats av statsrådet efter föredragning av kanslirådet.', 60, 776, 380)),
    ]);
    const [g] = grids(assemble('t.pdf', [firstPage(false), next]).blocks);
    expect(texts(g!).at(-1)).toEqual(['Totalt', '1 406 000', '40 600']);
  });

  it('but stays text when its numbers do not stand where the columns above end', () => {
    const next = page(2, [
      line(800, seg('Socialdepartementet', 450, 800, 90)),
      line(760, seg('Summa', 60, 760), words(760, [['406', 218], ['000', 235], ['4', 328], ['060', 335]])),
      line(745, seg('Medlen ska användas för att stärka arbetet med tillgänglighet och kontinuitet.', 60, 745, 400)),
    ]);
    const blocks = assemble('t.pdf', [firstPage(), next]).blocks;
    expect(grids(blocks)).toHaveLength(1);
    expect(texts(grids(blocks)[0]!).at(-1)![0]).toBe('Post 28');
  });
});
