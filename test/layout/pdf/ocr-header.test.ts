import { describe, expect, it } from 'vitest';
import { cell, row } from '../../../src/layout/pdf/grid-parts.js';
import { sameOcrHeader } from '../../../src/layout/pdf/ocr-header.js';
import type { Grid } from '../../../src/layout/types.js';

const header = (rows: string[][]): Grid => ({ kind: 'grid', source: 'pdf', caption: null, rows: rows.map((r) => row('x.pdf', 1, r.map((t) => cell('x.pdf', 1, t, [], true)), [])) });

describe('a header repeated over a page break, read twice by OCR', () => {
  it('is the same header when its long words agree and only specks and short words differ (two layouts)', () => {
    // A group title struck by a rule: "yes" on one page, "na" on the next.
    const p1 = header([
      ['', '', 'Stimulansmedel'],
      ['Region', '.', 'yes', 'v'],
      ['', 'Kompetens', 'Kvalitet', 'Uppföljning', 'Prestation', 'Grundbelopp'],
    ]);
    const p2 = header([
      ['', '', 'Stimulansmedel'],
      ['Region', '.', 'na', '.'],
      ['', 'Kompetens', 'Kvalitet', 'Uppföljning', 'Prestation', 'Grundbelopp'],
    ]);
    expect(sameOcrHeader(p1, 3, p2, 3)).toBe(true);
    // One header row, a border read as "|" on one page only.
    const q1 = header([['Region', 'Bidrag 2025|', 'Totalt']]);
    const q2 = header([['Region', 'Bidrag 2025', 'Totalt', 'ii']]);
    expect(sameOcrHeader(q1, 1, q2, 1)).toBe(true);
  });

  it('is another header when a long word differs, or when short words make up much of it', () => {
    const a = header([['Region', 'Kompetens', 'Kvalitet']]);
    const b = header([['Region', 'Kompetens', 'Tillägg']]);
    expect(sameOcrHeader(a, 1, b, 1)).toBe(false);
    const c = header([['Län', 'År', 'Kr', 'Summa']]);
    const d = header([['Ort', 'Nr', 'Kr', 'Summa']]);
    expect(sameOcrHeader(c, 1, d, 1)).toBe(false);
  });
});
