import { describe, expect, it } from 'vitest';
import { cleanOcrLines } from '../../../src/layout/pdf/ocr-words.js';
import { whitespaceTables } from '../../../src/layout/pdf/whitespace-table.js';
import type { PdfLine, Segment } from '../../../src/layout/pdf/types.js';

/**
 * Word boxes as an OCR layer gives them: one text run per word, its box the ink of the word.
 * Digits here are 4 pt wide (a 9 pt font), a digit-group gap 3 pt.
 */
const D = 4;
const word = (text: string, x: number, width = text.length * D): [string, number, number] => [text, x, width];

function ocrLine(baseline: number, ...segments: [string, number, number][][]): PdfLine {
  const segs: Segment[] = segments.map((words) => {
    const parts = words.map(([t, x, w]) => ({ text: t, box: { x, y: baseline - 2, width: w, height: 10 } }));
    const x0 = Math.min(...parts.map((p) => p.box.x));
    const x1 = Math.max(...parts.map((p) => p.box.x + p.box.width));
    return { text: words.map((w) => w[0]).join(' '), box: { x: x0, y: baseline - 2, width: x1 - x0, height: 10 }, size: 10, parts };
  });
  const x0 = Math.min(...segs.map((s) => s.box.x));
  const x1 = Math.max(...segs.map((s) => s.box.x + s.box.width));
  return { page: 1, text: segs.map((s) => s.text).join(' '), segments: segs, baseline, box: { x: x0, y: baseline - 2, width: x1 - x0, height: 10 }, size: 10 };
}

/** A grouped number ("12 345") right-aligned at `right`, as two OCR words. */
function grouped(text: string, right: number): [string, number, number][] {
  const [a, b] = text.split(' ') as [string, string];
  const bx = right - b.length * D;
  return [word(a, bx - 3 - a.length * D), word(b, bx)];
}

const texts = (lines: PdfLine[]) => lines.map((l) => l.segments.map((s) => s.text));

describe('OCR words: border glyphs at the ends of numbers', () => {
  it('are cut, and a number whose border glyph had no ink keeps its column edge (ruled table, tight columns)', () => {
    const lines = cleanOcrLines([
      ocrLine(700, [word('Region', 50), word('Uppsala', 80)], grouped('34 735', 160), [word('68', 190), word('167]', 201, 5 * D)]),
      // "72849)": the box ends where the column's other numbers end; the ")" had no ink.
      ocrLine(685, [word('Region', 50), word('Sörmland', 80)], grouped('67 523', 160), [word('72849)', 186, 23)]),
      ocrLine(670, [word('Region', 50), word('Skåne', 80)], grouped('99 754', 160), grouped('52 851', 209)),
    ]);
    expect(texts(lines)).toEqual([
      ['Region Uppsala', '34 735', '68 167'],
      ['Region Sörmland', '67 523', '72849'],
      ['Region Skåne', '99 754', '52 851'],
    ]);
    // "167]" (four glyphs, 201–221) ends past the column: its bracket had ink and is cut by its share.
    const r = (l: PdfLine, k: number) => l.segments[k]!.box.x + l.segments[k]!.box.width;
    expect(r(lines[0]!, 2)).toBeCloseTo(216, 0);
    expect(r(lines[1]!, 2)).toBeCloseTo(209, 0);
  });

  it('in a borderless table with another font size, leading specks are cut ("<:2419906", ":2855677")', () => {
    const lines = cleanOcrLines([
      ocrLine(500, [word('Gotland', 50)], [word('<:2419906', 270, 40)]),
      ocrLine(485, [word('Halland', 50)], [word(':2855677', 274, 36)]),
      ocrLine(470, [word('Kalmar', 50)], [word('6593989', 274, 36)]),
    ]);
    expect(texts(lines)).toEqual([['Gotland', '2419906'], ['Halland', '2855677'], ['Kalmar', '6593989']]);
  });

  it('a closing parenthesis stays with its opening one', () => {
    const lines = cleanOcrLines([ocrLine(500, [word('Avgår', 50)], [word('(1', 150), word('234)', 161)])]);
    expect(texts(lines)).toEqual([['Avgår', '(1 234)']]);
  });

  it('a border read between two numbers splits them ("638)1169")', () => {
    const lines = cleanOcrLines([ocrLine(500, [word('Summa', 50)], [word('1442', 200), word('638)1169', 220, 8 * D), word('688', 256)])]);
    const words = lines[0]!.segments.flatMap((s) => s.parts.map((p) => p.text));
    expect(words).toEqual(['Summa', '1442', '638', '1169', '688']);
  });
});

describe('OCR words: borders and specks standing alone', () => {
  it('border glyphs and specks are dropped, in a ruled and in a borderless row', () => {
    const lines = cleanOcrLines([
      // ruled: "|" and "—" (a vertical rule) beside the label and the number
      ocrLine(700, [word('Region', 50), word('Norrbotten', 80), word('|', 125, 1), word('—', 133, 3)], grouped('77 012', 176)),
      // borderless: a speck read as "cc" (1 pt wide) and a lone "."
      ocrLine(685, [word('Region', 50), word('cc', 108, 1)], [word('.', 140, 1)], grouped('93 009', 176)),
      ocrLine(670, [word('Region', 50), word('Skåne', 80)], grouped('99 754', 176)),
    ]);
    expect(texts(lines)).toEqual([['Region Norrbotten', '77 012'], ['Region', '93 009'], ['Region Skåne', '99 754']]);
  });

  it('a dash that is an empty cell (right-aligned in its column) and a minus a space before its digits are kept', () => {
    const lines = cleanOcrLines([
      ocrLine(700, [word('Uppsala', 50)], [word('—', 170, 4)], grouped('12 345', 230)),
      ocrLine(685, [word('Skåne', 50)], grouped('45 678', 174), [word('-', 205, 3), ...grouped('9 800', 230)]),
      ocrLine(670, [word('Gotland', 50)], grouped('10 111', 174), grouped('12 222', 230)),
    ]);
    expect(texts(lines)).toEqual([
      ['Uppsala', '—', '12 345'],
      ['Skåne', '45 678', '- 9 800'],
      ['Gotland', '10 111', '12 222'],
    ]);
  });

  it('a dash far before the digits of a right-aligned number is a border', () => {
    const lines = cleanOcrLines([
      ocrLine(700, [word('Uppsala', 50)], grouped('68 167', 180), [word('—', 196, 3), word('29466', 209, 24)]),
      ocrLine(685, [word('Skåne', 50)], grouped('45 678', 180), [word('10244', 209, 24)]),
    ]);
    expect(texts(lines)).toEqual([['Uppsala', '68 167', '29466'], ['Skåne', '45 678', '10244']]);
  });
});

describe('OCR words: glyphs the box has no room for', () => {
  it('a sign whose box starts where unsigned numbers of as many digits start had no ink', () => {
    const lines = cleanOcrLines([
      ocrLine(700, [word('Stockholm', 50)], [word('-7078008', 220, 36)]),
      ocrLine(685, [word('Uppsala', 50)], [word('5656', 220, 18), word('986', 246, 11)]),
      // a real minus: its box starts a glyph further left than the digits of its peers
      ocrLine(670, [word('Skåne', 50)], [word('-2709539', 214, 42)]),
    ]);
    expect(texts(lines)).toEqual([['Stockholm', '7078008'], ['Uppsala', '5656 986'], ['Skåne', '-2709539']]);
  });

  it('a last "1" read from a cell border: the box starts where most numbers of one digit fewer start', () => {
    const lines = cleanOcrLines([
      // "283651": six glyphs in the box of a five-digit number (the border right of "28 365")
      ocrLine(700, [word('Stockholm', 50)], [word('283651', 209, 24)]),
      ocrLine(685, [word('Uppsala', 50)], [word('10244', 209, 24)]),
      ocrLine(680, [word('Gotland', 50)], [word('93575', 209, 24)]),
      ocrLine(670, [word('Skåne', 50)], [word('101', 205, 10), word('757', 221, 12)]),
      // a true six-digit number ending in 1 starts where six-digit numbers start
      ocrLine(655, [word('Halland', 50)], [word('101', 205, 10), word('751', 221, 12)]),
    ]);
    expect(texts(lines)).toEqual([['Stockholm', '28365'], ['Uppsala', '10244'], ['Gotland', '93575'], ['Skåne', '101 757'], ['Halland', '101 751']]);
  });
});

describe('a scanned table whose first row lost its label', () => {
  it('takes the label edge from the rows that have one, in two layouts', () => {
    for (const shift of [0, 40]) {
      const rights = [200 + shift, 280 + shift];
      const row = (b: number, label: string | null, a: string, c: string) =>
        ocrLine(b, ...(label ? [[word(label, 50)]] : []), grouped(a, rights[0]!), grouped(c, rights[1]!));
      const lines = cleanOcrLines([row(700, null, '12 474', '5 460'), row(685, 'Gotland', '96 308', '65 443'), row(670, 'Blekinge', '34 930', '20 188')]);
      const { grids } = whitespaceTables('x.pdf', 1, lines);
      expect(grids).toHaveLength(1);
      expect(grids[0]!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
        ['', '12 474', '5 460'],
        ['Gotland', '96 308', '65 443'],
        ['Blekinge', '34 930', '20 188'],
      ]);
    }
  });
});
