import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { isDataLine, whitespaceTables } from '../../../src/layout/pdf/whitespace-table.js';
import { isYearTitleRow } from '../../../src/layout/pdf/year-titles.js';
import type { PdfLine } from '../../../src/layout/pdf/types.js';
import { line, num, seg } from './build.js';

// source-*.html: "Region | 2025 | 2026 | Summa" over three regions and "Totalt", in kronor, ruled
// and borderless, printed by LibreOffice and Chromium. 1 204 350 + 455 200 + 120 075 = 1 779 625,
// 1 300 125 + 500 800 + 130 925 = 1 931 850, and each row's years make its Summa. The year line
// was read as a row of figures (ruled: summed into the totals) and the longest label touching its
// first number made a row of one segment, taken for the header (borderless): false errors.
describe('a PDF table with years as column titles and a label as wide as its column', () => {
  for (const producer of ['libreoffice', 'chromium']) {
    for (const layout of ['ruled', 'borderless']) {
      it(`reads every row and finds no error (${producer}, ${layout})`, async () => {
        const doc = await loadDocument(`test/fixtures/pdf/year-titles/${producer}-${layout}.pdf`);
        const table = doc.tables.find((t) => t.rows.some((r) => r.label === 'Totalt'))!;
        expect(table.rows.map((r) => [r.label, r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
          ['Region Stockholm', ['1204350', '1300125', '2504475']],
          ['Region Uppsala', ['455200', '500800', '956000']],
          ['Region Gotland', ['120075', '130925', '251000']],
          ['Totalt', ['1779625', '1931850', '3711475']],
        ]);
        // Borderless, the years stand over their own columns too (they were one column off: the
        // label column was taken to reach as far as the numbers run into the longest label).
        expect(table.columns.map((c) => c.header.join(' '))).toEqual(['2025', '2026', 'Summa']);
        const findings = [...runRules([doc], ALL_RULES.filter((r) => r.meta.id.startsWith('table/'))).values()].flat();
        expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
      });
    }
  }
});

// source-tight-three.html: "Län | 2023 | 2024 | 2025", borderless, the longest label touching its
// first number and the numbers of adjacent columns touching; each year over its own column
// (before: "2023 2024" over the second column, the first without a title).
describe('centred years over tight borderless columns', () => {
  for (const producer of ['libreoffice', 'chromium']) {
    it(`puts each year over its column (${producer})`, async () => {
      const doc = await loadDocument(`test/fixtures/pdf/year-titles/${producer}-tight-three.pdf`);
      const table = doc.tables[0]!;
      expect(table.columns.map((c) => c.header.join(' '))).toEqual(['2023', '2024', '2025']);
      // 3 120 400 + 640 100 = 3 760 500, 3 305 000 + 655 000 = 3 960 000, 3 410 250 + 702 800 = 4 113 050.
      expect(table.rows.map((r) => [r.label, r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
        ['Västra Götalands län', ['3120400', '3305000', '3410250']],
        ['Hallands län', ['640100', '655000', '702800']],
        ['Summa', ['3760500', '3960000', '4113050']],
      ]);
      const findings = [...runRules([doc], ALL_RULES.filter((r) => r.meta.id.startsWith('table/'))).values()].flat();
      expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    });
  }
});

// source-grouped.html: "2025" over "Drift | Investering", "Region" and "Totalt" beside them, in
// tkr: 1 204 + 455 + 120 = 1 779, 350 + 200 + 75 = 625, and each row's parts make its Totalt.
describe('a PDF table with a year over a group of sub-columns', () => {
  for (const producer of ['libreoffice', 'chromium']) {
    it(`takes both header rows for the header and finds no error (${producer})`, async () => {
      const doc = await loadDocument(`test/fixtures/pdf/year-titles/${producer}-grouped.pdf`);
      const table = doc.tables.find((t) => t.rows.some((r) => r.label === 'Summa'))!;
      expect(table.columns.map((c) => c.header.join('/'))).toEqual(['2025/Drift', '2025/Investering', 'Totalt']);
      expect(table.rows.map((r) => r.label)).toEqual(['Stockholm', 'Uppsala', 'Gotland', 'Summa']);
      const findings = [...runRules([doc], ALL_RULES.filter((r) => r.meta.id.startsWith('table/'))).values()].flat();
      expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    });
  }
});

describe('isYearTitleRow', () => {
  it('takes years over columns, with words, under a rows title, or over a row of sub-titles', () => {
    expect(isYearTitleRow(['Region', '2025', '2026', 'Summa'])).toBe(true);
    expect(isYearTitleRow(['', '2024', '2025'])).toBe(true);
    expect(isYearTitleRow(['Region', '2025', 'Totalt'])).toBe(true);
    expect(isYearTitleRow(['Län', '2025'])).toBe(true);
    expect(isYearTitleRow(['', '2025'], ['', 'Drift', 'Investering'])).toBe(true);
  });
  it('leaves rows of figures, a lone year under a label, and a year over figures', () => {
    expect(isYearTitleRow(['Region Skåne', '2025', '1 204'])).toBe(false);
    expect(isYearTitleRow(['Kalmar', '2019'])).toBe(false);
    expect(isYearTitleRow(['', '2025'], ['Stockholm', '1 204'])).toBe(false);
  });
});

describe('isDataLine on a row of one segment', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };
  const line = (parts: string[]): PdfLine => ({
    page: 1,
    text: parts.join(' '),
    segments: [{ text: parts.join(' '), box, size: 12, parts: parts.map((text) => ({ text, box })) }],
    baseline: 0,
    box,
    size: 12,
  });
  it('takes a label touching two or more numbers for a row', () => {
    expect(isDataLine(line(['Region Stockholm', '1 204 350', '1 300 125', '2 504 475']))).toBe(true);
    expect(isDataLine(line(['Västra Götaland', 'län', '455 200', '500 800']))).toBe(true);
  });
  it('leaves prose, a label with one number and years over columns', () => {
    expect(isDataLine(line(['Regeringen beslutar att betala ut', '1 204 350']))).toBe(false);
    expect(isDataLine(line(['Stödet är', '12 miljoner', 'kronor']))).toBe(false);
    const years: PdfLine = { ...line(['Region']), segments: ['Region', '2025', '2026', 'Summa'].map((t) => ({ text: t, box, size: 12, parts: [{ text: t, box }] })) };
    expect(isDataLine(years)).toBe(false);
  });
});

describe('years over a table of two rows whose first label touches its numbers', () => {
  it('places each title over its own column, not by the end of the longest label', () => {
    // Row 1: "Region Västra Götaland" touching "1 204 350", "1 300 125" and "2 504 475" (3 points
    // apart, one segment); row 2 right-aligned under them; too few rows for shared edges to cut
    // row 1. The titles are centred over the numbers (173–218, 221–266, 269–314).
    const label = 'Region Västra Götaland';
    const lines = [
      line(716, seg('Region', 60, 716), seg('2024', 185.5, 716), seg('2025', 233.5, 716), seg('Summa', 279, 716)),
      line(700, seg(`${label} 1 204 350 1 300 125 2 504 475`, 60, 700, 254, [[label, 60, 110], ['1 204 350', 173, 45], ['1 300 125', 221, 45], ['2 504 475', 269, 45]])),
      line(684, seg('Summa', 60, 684), num('1 204 350', 218, 684), num('1 300 125', 266, 684), num('2 504 475', 314, 684)),
    ];
    expect(whitespaceTables('t.pdf', 1, lines).grids[0]!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Region', '2024', '2025', 'Summa'],
      [label, '1 204 350', '1 300 125', '2 504 475'],
      ['Summa', '1 204 350', '1 300 125', '2 504 475'],
    ]);
  });
});
