import { describe, expect, it } from 'vitest';
import { cell, row } from '../../src/layout/pdf/grid-parts.js';
import { ocrLabelRegion, readOcrLabels } from '../../src/tables/ocr-labels.js';
import type { Grid } from '../../src/layout/types.js';

function scanned(headers: string[][], body: string[][]): Grid {
  const mk = (texts: string[], h: boolean) => row('x.pdf', 1, texts.map((t) => ({ ...cell('x.pdf', 1, t, [], h), readBy: 'ocr' as const })), []);
  return { kind: 'grid', source: 'pdf', caption: null, rows: [...headers.map((h) => mk(h, true)), ...body.map((b) => mk(b, false))] };
}

describe('a region label OCR misread', () => {
  it('names the one region within an edit or two, the initial included, or whose name ends as its last word', () => {
    expect(ocrLabelRegion('Mästernorrlands')).toBe('22');
    expect(ocrLabelRegion('rödermanlands')).toBe('04');
    expect(ocrLabelRegion('fo ctergötlands')).toBe('05');
    expect(ocrLabelRegion('la Bion Örebro')).toBe('18');
    expect(ocrLabelRegion('tr dsregionen|')).toBe('14');
  });

  it('names none when nothing is close, two regions are as close, or the words before it are more than fragments', () => {
    expect(ocrLabelRegion('SER a')).toBeNull();
    expect(ocrLabelRegion('va" nlan a')).toBeNull();
    expect(ocrLabelRegion('tr')).toBeNull();
    // No region name is near "Övriga"; "Universitetet" is a whole word, not a fragment OCR made.
    expect(ocrLabelRegion('Övriga')).toBeNull();
    expect(ocrLabelRegion('Universitetet Örebro')).toBeNull();
  });

  it('in a region table the row is read as that region, every cell uncertain with what OCR read (two layouts)', () => {
    const county = scanned(
      [['Län', 'Bidrag']],
      [
        ['Stockholms län', '35 171'],
        ['Uppsala län', '67 683'],
        ['rödermanlands', '85 418'],
        ['Mästernorrlands', '72 626'],
        ['Kalmar län', '6 436'],
        ['Summa', '267 334'],
      ],
    );
    const countyRead = readOcrLabels(county);
    expect(countyRead.rows.map((r) => r.cells[0]!.text)).toEqual(['Län', 'Stockholms län', 'Uppsala län', 'Region Sörmland', 'Region Västernorrland', 'Kalmar län', 'Summa']);
    expect(countyRead.rows.flatMap((r) => r.cells.filter((c) => c.uncertain !== undefined).map((c) => c.uncertain))).toEqual(['rödermanlands', '85 418', 'Mästernorrlands', '72 626']);

    const official = scanned(
      [['Region', 'Kvalitet', 'Kompetens']],
      [
        ['Region Skåne', '1', '2'],
        ['Region Halland', '3', '4'],
        ['la Bion Örebro', '5', '6'],
        ['Region Värmland', '7', '8'],
      ],
    );
    expect(readOcrLabels(official).rows[3]!.cells.map((c) => [c.text, c.uncertain])).toEqual([
      ['Region Örebro län', 'la Bion Örebro'],
      ['5', '5'],
      ['6', '6'],
    ]);
  });

  it('outside a region table labels stay as read', () => {
    const other = scanned([['Post', 'Belopp']], [['Mästernorrlands', '1'], ['Hyror', '2'], ['Löner', '3']]);
    expect(readOcrLabels(other)).toBe(other);
    // printed text (not read by OCR): a misspelling stays for the region rules to report
    const printed: Grid = { ...other, rows: [row('x.pdf', 1, [cell('x.pdf', 1, 'Mästernorrlands', [], false)], []), ...['Uppsala län', 'Skåne län', 'Kalmar län'].map((l) => row('x.pdf', 1, [cell('x.pdf', 1, l, [], false)], []))] };
    expect(readOcrLabels(printed)).toBe(printed);
    expect(other.rows[1]!.cells[0]!.text).toBe('Mästernorrlands');
  });
});
