import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { cutTouchingCells } from '../../../src/layout/pdf/touching-cells.js';
import type { PdfLine } from '../../../src/layout/pdf/types.js';

const findingsOf = async (file: string) => {
  const doc = await loadDocument(file);
  const findings = [...runRules([doc], ALL_RULES).values()].flat().filter((f) => f.severity !== 'info');
  return { doc, findings: findings.map((f) => `${f.severity} ${f.ruleId}`) };
};
const rowsOf = (t: { rows: readonly { label: string; cells: readonly { value: { toFixed(): string } | null }[] }[] }) =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

// flush-left/src/*.html: plain HTML tables without CSS, numbers left-aligned (the default) in
// columns as wide as their widest cell, printed by LibreOffice and Chromium. The widest numbers of
// adjacent columns touch ("2 345 678" "1 900 000" one segment); before, they were cut inside a
// run ("2 345" | "678 1 900 000") or lost a column: a false error and digit-grouping warnings.
describe('numbers set flush left in tight columns', () => {
  for (const producer of ['lo', 'chromium']) {
    it(`two value columns under "Bidrag | Varav personal" (${producer})`, async () => {
      const { doc, findings } = await findingsOf(`test/fixtures/pdf/flush-left/two-columns.${producer}.pdf`);
      expect(doc.tables).toHaveLength(1);
      const t = doc.tables[0]!;
      expect(t.columns.map((c) => c.header.join(' '))).toEqual(['Bidrag', 'Varav personal']);
      // 2 345 678 + 806 120 + 94 302 = 3 246 100; 1 900 000 + 700 000 + 80 000 = 2 680 000.
      expect(rowsOf(t)).toEqual([
        ['Region Skåne', '2345678', '1900000'],
        ['Region Halland', '806120', '700000'],
        ['Region Blekinge', '94302', '80000'],
        ['Summa', '3246100', '2680000'],
      ]);
      expect(findings).toEqual([]);
    });

    it(`three value columns under years, one row's numbers making a well-formed run (${producer})`, async () => {
      const { doc, findings } = await findingsOf(`test/fixtures/pdf/flush-left/three-columns.${producer}.pdf`);
      const t = doc.tables[0]!;
      expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2024', '2025', 'Totalt']);
      // "1 250 300" and "980 000" touch and would make one number: each starts at its column's edge.
      expect(rowsOf(t)).toEqual([
        ['Örebro län', '1250300', '980000', '2230300'],
        ['Västmanlands län', '12075', '4500500', '4512575'],
        ['Dalarnas län', '700450', '1125000', '1825450'],
        ['Summa', '1962825', '6605500', '8568325'],
      ]);
      expect(findings).toEqual([]);
    });

    it(`short numbers in tkr under headers wider than them (${producer})`, async () => {
      const { doc, findings } = await findingsOf(`test/fixtures/pdf/flush-left/short-numbers.${producer}.pdf`);
      const t = doc.tables[0]!;
      expect(t.columns.map((c) => c.header.join(' '))).toEqual(['Drift', 'Invest.']);
      // In tkr: 1 250 + 12 075 + 700 = 14 025; 980 + 4 500 + 1 125 = 6 605. "1 250" and "980"
      // touch and would make one number.
      expect(rowsOf(t)).toEqual([
        ['Uppsala', '1250000', '980000'],
        ['Stockholm', '12075000', '4500000'],
        ['Gotland', '700000', '1125000'],
        ['Summa', '14025000', '6605000'],
      ]);
      expect(findings).toEqual([]);
    });

    it(`a changed cell in such a table is still an error (${producer})`, async () => {
      // Halland 806 120 printed as 806 210: the column makes 3 246 190, the sum row says 3 246 100.
      const { findings } = await findingsOf(`test/fixtures/pdf/flush-left/two-columns-changed.${producer}.pdf`);
      expect(findings).toEqual(['error table/column-total']);
    });
  }
});

// one-number-rows/src/*.html: two-column tables whose label touches its one number, with "kr" or
// "kronor" in the cells or none, left- or right-aligned; before, every row was read as prose.
describe('a two-column table whose rows touch their one number', () => {
  for (const producer of ['lo', 'chromium']) {
    it(`amounts with "kr", set flush left (${producer})`, async () => {
      const { doc, findings } = await findingsOf(`test/fixtures/pdf/one-number-rows/kr-left.${producer}.pdf`);
      expect(doc.tables).toHaveLength(1);
      // 612 400 + 1 048 250 + 389 350 = 2 050 000; the sentence after the table is no label.
      expect(rowsOf(doc.tables[0]!)).toEqual([
        ['Region Västerbotten', '612400'],
        ['Region Norrbotten', '1048250'],
        ['Region Jämtland Härjedalen', '389350'],
        ['Totalt', '2050000'],
      ]);
      expect(findings).toEqual([]);
    });

    it(`amounts with "kronor", right-aligned (${producer})`, async () => {
      const { doc, findings } = await findingsOf(`test/fixtures/pdf/one-number-rows/kronor-right.${producer}.pdf`);
      // 230 000 + 1 115 500 + 74 500 = 1 420 000.
      expect(rowsOf(doc.tables[0]!)).toEqual([
        ['Region Kronoberg', '230000'],
        ['Region Kalmar län', '1115500'],
        ['Region Gotland', '74500'],
        ['Summa', '1420000'],
      ]);
      expect(findings).toEqual([]);
    });

    it(`amounts with "kr", set flush left in a bordered table (${producer})`, async () => {
      const { doc, findings } = await findingsOf(`test/fixtures/pdf/one-number-rows/kr-ruled.${producer}.pdf`);
      // 96 000 + 1 204 500 + 350 500 = 1 651 000.
      expect(rowsOf(doc.tables[0]!)).toEqual([
        ['Region Värmland', '96000'],
        ['Region Västernorrland', '1204500'],
        ['Region Dalarna', '350500'],
        ['Totalt', '1651000'],
      ]);
      expect(findings).toEqual([]);
    });

    it(`bare numbers, right-aligned, under a wide label header (${producer})`, async () => {
      const { doc, findings } = await findingsOf(`test/fixtures/pdf/one-number-rows/plain-right.${producer}.pdf`);
      const t = doc.tables[0]!;
      expect(t.columns.map((c) => c.header.join(' '))).toEqual(['Belopp']);
      // 45 000 + 312 500 + 8 250 = 365 750.
      expect(rowsOf(t)).toEqual([
        ['Lokalhyra', '45000'],
        ['Löner och arvoden', '312500'],
        ['Resor', '8250'],
        ['Summa', '365750'],
      ]);
      expect(findings).toEqual([]);
    });
  }
});

describe('cutTouchingCells', () => {
  // One run per part, each part's box given by its left edge and width (12 pt text).
  type P = [string, number, number];
  const line = (baseline: number, ...segments: P[][]): PdfLine => {
    const segs = segments.map((parts) => {
      const ps = parts.map(([text, x, w]) => ({ text, box: { x, y: baseline - 3, width: w, height: 12 } }));
      const x0 = ps[0]!.box.x;
      const x1 = Math.max(...ps.map((p) => p.box.x + p.box.width));
      return { text: ps.map((p) => p.text).join(' '), box: { x: x0, y: baseline - 3, width: x1 - x0, height: 12 }, size: 12, parts: ps };
    });
    return { page: 1, text: segs.map((s) => s.text).join(' '), segments: segs, baseline, box: segs[0]!.box, size: 12 };
  };
  const texts = (lines: PdfLine[]) => cutTouchingCells(lines).lines.map((l) => l.segments.map((s) => s.text));

  it('cuts numbers of flush-left columns apart, and a label from its number', () => {
    const lines = [
      line(700, [['Region Skåne', 36, 60], ['1 779 625', 100, 48], ['1 500 000', 151, 48]]),
      line(684, [['Region Halland', 36, 62]], [['806 120', 100, 39]], [['700 000', 151, 39]]),
      line(668, [['Region Blekinge', 36, 64]], [['94 302', 100, 33]], [['80 000', 151, 33]]),
    ];
    expect(texts(lines)[0]).toEqual(['Region Skåne', '1 779 625', '1 500 000']);
  });

  it('cuts a label from its one amount when the amounts end at one edge', () => {
    const lines = [
      line(700, [['Region Uppsala', 36, 80], ['455 200 kr', 119, 52]]),
      line(684, [['Region Örebro', 36, 70]], [['1 048 250 kr', 110, 61]]),
      line(668, [['Summa', 36, 35], ['1 503 450 kr', 110, 61]]),
    ];
    expect(texts(lines)).toEqual([
      ['Region Uppsala', '455 200 kr'],
      ['Region Örebro', '1 048 250 kr'],
      ['Summa', '1 503 450 kr'],
    ]);
  });

  it('leaves numbers not standing at a shared edge, and a table of two lines', () => {
    const prose = [
      line(700, [['Regionen får', 36, 60], ['455 200', 97, 39]]),
      line(684, [['och kommunen', 36, 70], ['12 000', 107, 33]]),
      line(668, [['samt länsstyrelsen', 36, 90], ['80 000', 127, 33]]),
    ];
    expect(texts(prose).map((l) => l.length)).toEqual([1, 1, 1]);
    const two = [line(700, [['Skåne', 36, 30], ['1 779 625', 100, 48], ['1 500 000', 151, 48]]), line(684, [['Halland', 36, 40]], [['806 120', 100, 39]], [['700 000', 151, 39]])];
    expect(texts(two)[0]).toEqual(['Skåne 1 779 625 1 500 000']);
  });

  it('cuts a last group that stands further off than a group space at a column edge', () => {
    const rows = [
      line(700, [['Uppsala', 36, 40]], [['1 250', 91, 27], ['980', 127, 18]]),
      line(684, [['Stockholm', 36, 52]], [['12 075', 91, 33]], [['4 500', 127, 27]]),
      line(668, [['Gotland', 36, 39]], [['700', 91, 18]], [['1 125', 127, 27]]),
    ];
    expect(texts(rows)[0]).toEqual(['Uppsala', '1 250', '980']);
    // A group space (3 points at 12 pt) apart, "980" may be the last group of "1 250 980".
    const near = [line(700, [['Uppsala', 36, 40]], [['1 250', 91, 27], ['980', 121, 18]]), rows[1]!, rows[2]!].map((l, k) => (k === 0 ? l : line(l.baseline, ...l.segments.map((sg) => sg.parts.map((p) => [p.text, p.box.x === 127 ? 121 : p.box.x, p.box.width] as P)))));
    expect(texts(near)[0]).toEqual(['Uppsala', '1 250 980']);
  });

  it('keeps a number drawn in runs of digit groups whole', () => {
    // pdfTeX-like: every group its own run, the groups of every row at the same x.
    const rows = [700, 684, 668].map((b) => line(b, [['Län', 36, 20]], [['1', 100, 6], ['204', 109, 18], ['350', 130, 18]]));
    expect(texts(rows).map((l) => l[1])).toEqual(['1 204 350', '1 204 350', '1 204 350']);
  });

  it('cuts two numbers that would make one only when each starts at a column edge of its own', () => {
    const rows = [
      line(700, [['Örebro', 36, 30]], [['1 250', 100, 27], ['980 000', 130, 39]]),
      line(684, [['Dalarna', 36, 35]], [['700', 100, 18]], [['1 125 000', 130, 48]]),
      line(668, [['Summa', 36, 30]], [['1 950', 100, 27]], [['2 105 000', 130, 48]]),
    ];
    expect(texts(rows)[0]).toEqual(['Örebro', '1 250', '980 000']);
    // The same run with no column at its second part's edge stays one.
    const loose = [rows[0]!, line(684, [['Dalarna', 36, 35]], [['700', 100, 18]]), line(668, [['Summa', 36, 30]], [['1 950', 100, 27]])];
    expect(texts(loose)[0]).toEqual(['Örebro', '1 250 980 000']);
  });
});
