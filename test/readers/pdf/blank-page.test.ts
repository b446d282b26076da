import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import { DEFAULT_LIMITS } from '../../../src/readers/read-limits.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { show, textPdf } from './build-pdf.js';

const text = (s: string) => `BT /F1 11 Tf 1 0 0 1 72 700 Tm ${show(s)} ET`;
const engines = ['fast', 'pdfjs'] as const;

// A page that draws nothing hides no number from the audit: no "saknar textlager" warning for it.
// A page that draws something without text (a scan without OCR, a drawing) still gets one.
describe('a blank page in a document with text', () => {
  for (const engine of engines) {
    it(`LibreOffice's blank first page before the table is not reported (${engine})`, async () => {
      // blank-page/src/blank-first.html printed by LibreOffice's plain conversion: page 1 draws nothing.
      const file = 'test/fixtures/pdf/blank-page/blank-first.lo.pdf';
      const layout = await readPdf(file, new Uint8Array(readFileSync(file)), { engine });
      expect(layout.pages).toBe(2);
      expect(layout.problems).toEqual([]);
      const doc = await loadDocument(file, { ...DEFAULT_LIMITS, pdfEngine: engine });
      expect(doc.tables[0]!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
        ['Uppsala län', '310000'],
        ['Gävleborgs län', '145500'],
        ['Summa', '455500'],
      ]);
      expect([...runRules([doc], ALL_RULES).values()].flat().filter((f) => f.severity !== 'info')).toEqual([]);
    });

    it(`empty pages between pages of text, with no content or a clip only, are not reported (${engine})`, async () => {
      const bytes = textPdf([text('Beslut om bidrag'), '', 'q 0 0 595 842 re W n Q', text('Bilaga')]);
      const layout = await readPdf('t.pdf', bytes, { engine });
      expect(layout.problems).toEqual([]);
    });

    it.each([
      ['an image only (a scan without text)', 'q 200 0 0 100 72 600 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \x80 EI Q'],
      ['a filled shape only (a drawing, text set as outlines)', '72 600 200 100 re f'],
      ['a stroked line only', '72 600 m 300 600 l S'],
    ])(`a page with %s is still reported (${engine})`, async (_, content) => {
      const layout = await readPdf('t.pdf', textPdf([text('Beslut om bidrag'), content]), { engine });
      expect(layout.problems.map((p) => p.location.page)).toEqual([2]);
    });
  }

  it('a document whose every page is blank is still unreadable', async () => {
    await expect(readPdf('t.pdf', textPdf(['', 'q Q']))).rejects.toThrow();
  });
});
