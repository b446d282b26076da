import { describe, expect, it } from 'vitest';
import { buildLines } from '../../../src/layout/pdf/lines.js';
import type { Run } from '../../../src/layout/pdf/types.js';
import { loadDocument } from '../../../src/document/load.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';

const run = (text: string, x: number, baseline: number, width: number, size = 12): Run => ({ text, x, baseline, width, size, ascent: 0.8, descent: -0.2, font: 'F' });

describe('buildLines: footnote marks set as superscripts', () => {
  it('puts a raised mark on the line of the number it follows, as a superscript (Chromium: its own line above)', () => {
    // "50 250" at baseline 676,3; a 10 pt "2" raised 4,5 pt, right after it.
    const lines = buildLines(1, [run('Uppsala', 37.5, 679.5, 40), run('50 250', 120, 676.3, 33), run('2', 153, 680.8, 5.6, 10)], []);
    expect(lines.map((l) => l.text)).toEqual(['Uppsala 50 250²']);
  });
  it('does so when the mark would have joined the line anyway (LibreOffice: raised a third of a smaller size)', () => {
    const lines = buildLines(1, [run('Stockholm', 58, 767, 52), run('1', 110.2, 769.5, 4, 7), run('100 400', 145, 767, 37)], []);
    expect(lines.map((l) => l.segments.map((s) => s.text))).toEqual([['Stockholm¹', '100 400']]);
  });
  it('leaves small text on the baseline, a raised word, and a mark away from any run', () => {
    // A smaller figure on the same baseline is a figure ("12 | 3"), not a note.
    expect(buildLines(1, [run('12', 100, 500, 12), run('3', 112.5, 500, 6, 8)], []).map((l) => l.text)).toEqual(['123']);
    // A raised word stays a word.
    expect(buildLines(1, [run('Belopp', 100, 500, 36), run('tkr', 136, 504, 12, 8)], []).map((l) => l.text)).toEqual(['tkr', 'Belopp']);
    // A raised "2" far from the number's right edge (another column) stays where it is.
    expect(buildLines(1, [run('50 250', 120, 500, 33), run('2', 200, 504, 5, 8)], []).map((l) => l.text)).toEqual(['2', '50 250']);
  });
});

describe('a region table with footnote marks in cells, printed', () => {
  // 100 400 + 50 250 + 30 125 = 180 775; "Stockholm¹" and "50 250²" carry marks set in <sup>
  // (source.html, printed by LibreOffice and Chromium), and "30 125³" one more in source.tex (pdfTeX, read by pdfjs).
  for (const producer of ['libreoffice', 'chromium', 'pdftex']) {
    it(`reads the numbers without their marks and finds no error (${producer})`, async () => {
      const doc = await loadDocument(`test/fixtures/pdf/superscripts/${producer}.pdf`);
      const table = doc.tables.find((t) => t.rows.length === 4)!;
      expect(table.rows.map((r) => [r.region?.code ?? null, r.cells[0]!.value?.toFixed() ?? null])).toEqual([
        ['01', '100400'],
        ['03', '50250'],
        ['09', '30125'],
        [null, '180775'],
      ]);
      const findings = [...runRules([doc], ALL_RULES.filter((r) => r.meta.id.startsWith('table/'))).values()].flat();
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });
  }
});
