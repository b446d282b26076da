import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Grid, Layout, TextBlock } from '../../../src/layout/types.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { ReadError } from '../../../src/readers/read-error.js';

const load = (path: string, options = {}) => readPdf(path, new Uint8Array(readFileSync(path)), options);
const grids = (l: Layout) => l.blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (l: Layout) => l.blocks.filter((b): b is TextBlock => b.kind === 'text').flatMap((b) => b.lines.map((x) => x.text));
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const rowTexts = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text));

describe.each(['lo', 'chromium'])('seed 000 printed by %s', (variant) => {
  const file = `corpus/pdf/000.${variant}.pdf`;
  it('reads one table with a two-level header, wrapped labels and all 22 rows', async () => {
    const layout = await load(file);
    expect(layout.format).toBe('pdf');
    expect(layout.lines).toEqual([]);
    expect(layout.lostPages).toEqual([]);
    const [grid, ...rest] = grids(layout);
    expect(rest).toHaveLength(0);
    expect(grid!.source).toBe('pdf');
    expect(grid!.headerRows).toBe(2);
    const rows = rowTexts(grid!);
    expect(rows[0]).toEqual(['Region', 'BUP', 'Exkl BUP', 'Totalt']);
    expect(grid!.rows[0]!.cells[1]!.colspan).toBe(3);
    expect(rows[1]).toEqual(['', 'Befolkning 0–18 år', 'Prestationskrav juli-november', 'Bonuspott', 'Befolkning totalt', '']);
    expect(rows).toHaveLength(2 + 22);
    expect(rows[2]).toEqual(['Stockholm', '9 540 486', '24 393 293', '41 521 360', '278 560 864', '354 016 003']);
    expect(rows.find((r) => r[0]!.startsWith('Västra'))).toEqual(['Västra Götalandsregionen', '6 660 363', '18 164 624', '31 087 190', '200 493 830', '256 406 007']);
    expect(rows.find((r) => r[0]!.startsWith('Jämtland'))![0]).toBe('Jämtland Härjedalen');
    expect(rows[rows.length - 1]).toEqual(['Riket', '40 000 000', '116 850 621', '191 389 844', '1 197 500 000', '1 545 740 465']);
    expect(grid!.caption?.text).toMatch(/^Tabell 1\. Fördelning av 1 545 740 465 kronor/);
  });

  it('keeps page numbers and running heads out of prose and tables', async () => {
    const layout = await load(file);
    const all = [...texts(layout), ...grids(layout).flatMap((g) => rowTexts(g).flat())];
    expect(all.some((t) => /^\d+ \(\d+\)$/.test(t))).toBe(false);
    // The running head repeats on later pages and goes; the letter's own mention on page 1 stays.
    const heads = layout.blocks.flatMap((b) => (b.kind === 'text' ? b.lines : [])).filter((l) => l.text === 'Socialdepartementet');
    expect(heads.length).toBeGreaterThanOrEqual(1);
    expect(heads.every((l) => l.location.page === 1)).toBe(true);
  });

  it('gives every cell a page and a box in PDF user space', async () => {
    const layout = await load(file);
    for (const row of grids(layout)[0]!.rows.slice(2)) {
      for (const cell of row.cells) {
        expect(cell.location.page).toBeGreaterThanOrEqual(1);
        expect(cell.location.box!.width).toBeGreaterThan(0);
        expect(cell.location.box!.y).toBeGreaterThan(0);
        expect(cell.location.line).toBeUndefined();
      }
    }
  });
});

it('merges a table that runs over a page break into one grid (Chromium, pages 2 and 3)', async () => {
  const grid = grids(await load('corpus/pdf/000.chromium.pdf'))[0]!;
  const pages = new Set(grid.rows.map((r) => r.location.page));
  expect([...pages]).toEqual([2, 3]);
});

it('keeps narrow no-break spaces in numbers (seed 001)', async () => {
  for (const variant of ['lo', 'chromium']) {
    const grid = grids(await load(`corpus/pdf/001.${variant}.pdf`))[0]!;
    expect(rowTexts(grid)[1]!.join('|')).toMatch(/^Stockholm\|633\s531\s342$/u);
    expect(rowTexts(grid).at(-1)!.join('|')).toMatch(/^Summa\|3\s000\s000\s000$/u);
    expect(grid.rows).toHaveLength(23);
  }
});

it('keeps no-break spaces and reads both annex tables (seed 002, Bilaga 1 ruled)', async () => {
  for (const variant of ['lo', 'chromium']) {
    const [b1, b2] = grids(await load(`corpus/pdf/002.${variant}.pdf`));
    expect(rowTexts(b1!)[0]).toEqual(['Region', 'Befolkning november 2023', 'Nära vård (kronor)', 'Ambulans (kronor)', 'Totalt (kronor)']);
    // The sources group digits with NBSP; these printers write them as plain spaces, kept as printed.
    expect(rowTexts(b1!).at(-1)!.map(sp)).toEqual(['Totalt', '10 557 682', '2 420 000 000', '46 000 000', '2 466 000 000']);
    expect(b1!.caption?.text).toBe('Bilaga 1. Medel till regionerna');
    expect(rowTexts(b2!)[1]!.map(sp)).toEqual(['Stockholm', '2 455 914', '23,3%', '24 975', '6,0%', '109 737 356']);
    expect(b2!.rows).toHaveLength(23);
  }
});

describe('bad input: one-line ReadError, or lost pages reported', () => {
  const fails = async (path: string, reason: string, options = {}) => {
    const err = await load(path, options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).reason).toBe(reason);
    expect((err as ReadError).message).toBe(`${path}: ${reason}`);
  };
  it('encrypted', () => fails('test/fixtures/pdf/encrypted.pdf', 'krypterad; inget lösenord angivet (--password)'));
  it('not a PDF', () => fails('test/fixtures/pdf/corrupt.pdf', 'kunde inte läsas som PDF (pdfjs: "Invalid PDF structure.") (den egna läsaren: "no startxref")'));
  it('scan without text', () => fails('test/fixtures/pdf/scan.pdf', 'inget textlager; OCR stöds inte'));
  it('over the page limit', () => fails('corpus/pdf/000.lo.pdf', '2 sidor; gränsen är 1', { maxPages: 1 }));
  it('over the time limit', () => fails('corpus/pdf/002.lo.pdf', 'tog längre än 0.001 s; avbröts', { timeoutMs: 1 }));
  it('damaged page: the other pages are read, the lost one is named', async () => {
    const layout = await load('test/fixtures/pdf/damaged.pdf');
    expect(layout.lostPages).toEqual([2]);
    expect(layout.problems[0]!.location.page).toBe(2);
    expect(texts(layout).some((t) => t.startsWith('Regeringen ger Kammarkollegiet'))).toBe(true);
  });
});
