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
    // The digit groups of one number are set in threes again (as the grid's cells are anyway).
    expect(texts(lines)).toEqual([['Stockholm', '7078008'], ['Uppsala', '5 656 986'], ['Skåne', '-2709539']]);
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
      const { grids } = whitespaceTables('x.pdf', 1, lines, -Infinity, Infinity, undefined, true);
      expect(grids).toHaveLength(1);
      expect(grids[0]!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
        ['', '12 474', '5 460'],
        ['Gotland', '96 308', '65 443'],
        ['Blekinge', '34 930', '20 188'],
      ]);
    }
  });
});

describe('OCR words: a last "1" whose box has no room for it', () => {
  it('is a border when the last group holds one digit fewer than its glyphs, in a ruled and a wider row', () => {
    const lines = cleanOcrLines([
      // "990 0771": "0771" in a box three digits wide, beside a rule
      ocrLine(700, [word('Summa', 50)], [word('990', 150), word('0771', 165, 3 * D)], [word('1', 200), word('033', 207), word('0241', 222, 3 * D + 0.5)]),
      ocrLine(685, [word('Uppsala', 50)], grouped('17 748', 177), grouped('5 932', 234)),
      // a real four-digit last group keeps its 1: its box is four digits wide
      ocrLine(670, [word('Gotland', 50)], [word('30', 150), word('2741', 165, 4 * D)], grouped('44 771', 234)),
    ]);
    expect(texts(lines)).toEqual([
      ['Summa', '990 077', '1 033 024'],
      ['Uppsala', '17 748', '5 932'],
      ['Gotland', '30 2741', '44 771'],
    ]);
  });

  it('is a border when the number starts a digit right of its column\'s numbers of as many digits ("5 0291")', () => {
    for (const right of [240, 300]) {
      // OCR gave "5 0291" as one word, its box the ink of "5 029": one text run, its glyphs sharing the box.
      const lines = cleanOcrLines([
        ocrLine(700, [word('Halland', 50)], [word('5 0291', right - 20.5, 20.5)]),
        ocrLine(685, [word('Skåne', 50)], [word('60', right - 25), word('670', right - 12)]),
        ocrLine(670, [word('Gotland', 50)], [word('13', right - 25), word('919', right - 12)]),
        // a last group of four digits, starting where the five-digit numbers start: one digit too many, the border's 1
        ocrLine(655, [word('Kalmar', 50)], [word('48', right - 26), word('0201', right - 16)]),
        // a real six-digit number ending in 1, as wide as its digits: kept
        ocrLine(640, [word('Örebro', 50)], [word('102', right - 29), word('341', right - 12)]),
      ]);
      expect(texts(lines)).toEqual([['Halland', '5 029'], ['Skåne', '60 670'], ['Gotland', '13 919'], ['Kalmar', '48 020'], ['Örebro', '102 341']]);
    }
  });
});

describe('OCR words: a dash over the gap between two columns', () => {
  it('splits the numbers it joined; the left one ends at its column edge (two layouts)', () => {
    for (const [a, b] of [
      [200, 250],
      [230, 320],
    ] as const) {
      const lines = cleanOcrLines([
        // "87 510-102 412": the dash word runs from the first column's last group to the second's first
        ocrLine(700, [word('Jämtland', 50)], [word('87', a - 3 * D - 3 - 2 * D), word('510-102', a - 3 * D, b - 3 * D - 3 - (a - 3 * D)), word('412', b - 3 * D)]),
        ocrLine(685, [word('Skåne', 50)], grouped('45 782', a), grouped('13 463', b)),
        ocrLine(670, [word('Gotland', 50)], grouped('30 462', a), grouped('20 116', b)),
      ]);
      expect(texts(lines)).toEqual([
        ['Jämtland', '87 510', '102 412'],
        ['Skåne', '45 782', '13 463'],
        ['Gotland', '30 462', '20 116'],
      ]);
    }
  });

  it('a dash with no more room than its glyph stays inside its word ("3038-440")', () => {
    const lines = cleanOcrLines([
      ocrLine(700, [word('Västmanland', 50)], [word('3038-440', 200, 8 * D)]),
      ocrLine(685, [word('Skåne', 50)], [word('4', 200), word('061', 207)]),
    ]);
    expect(texts(lines)[0]).toEqual(['Västmanland', '3038-440']);
  });

  it('with a border "1" on the left number ("2211-88" for 43 483 221 and 88 …)', () => {
    const lines = cleanOcrLines([
      // the dash word runs 36 pt from the first column's last group to the second's first
      ocrLine(700, [word('Blekinge', 50)], [word('43', 150), word('483', 161), word('2211-88', 176, 36), word('471', 220), word('606', 235)]),
      ocrLine(685, [word('Skåne', 50)], [word('10', 150), word('493', 161), word('224', 176)], [word('44', 207), word('435', 220), word('923', 235)]),
      ocrLine(670, [word('Gotland', 50)], [word('87', 150), word('514', 161), word('506', 176)], [word('30', 207), word('371', 220), word('742', 235)]),
    ]);
    expect(texts(lines)).toEqual([
      ['Blekinge', '43 483 221', '88 471 606'],
      ['Skåne', '10 493 224', '44 435 923'],
      ['Gotland', '87 514 506', '30 371 742'],
    ]);
  });
});

describe('OCR words: a sign after a speck', () => {
  it('had no ink when the uncut box starts where unsigned numbers of as many digits start ("<—57086")', () => {
    const lines = cleanOcrLines([
      ocrLine(700, [word('Jönköping', 50)], [word('<—57086', 200, 5 * D)]),
      ocrLine(685, [word('Kalmar', 50)], [word('71146', 200)]),
      ocrLine(670, [word('Skåne', 50)], [word('68979', 200)]),
    ]);
    expect(texts(lines)).toEqual([['Jönköping', '57086'], ['Kalmar', '71146'], ['Skåne', '68979']]);
  });
});

describe('OCR words: boxes cut by a border glyph\'s share', () => {
  it('say nothing of a last 1\'s room ("7426 331]", every number of the column beside a rule)', () => {
    const lines = cleanOcrLines([
      ocrLine(700, [word('Gotlands', 50)], [word('7426', 189, 18.3), word('331]', 215.3, 11.7)]),
      ocrLine(685, [word('Värmlands', 50)], [word('9590', 189, 18.2), word('548|', 215.3, 11.9)]),
      ocrLine(670, [word('Skåne', 50)], [word('2296', 189, 18.4), word('138|', 215.3, 11.5)]),
    ]);
    expect(texts(lines).map((l) => l[1])).toEqual(['7 426 331', '9 590 548', '2 296 138']);
  });

  it('a run of dashes before the digits is a rule and a sign at most; the sign goes without ink ("—-3311399]")', () => {
    const lines = cleanOcrLines([
      ocrLine(700, [word('Västerbottens', 50)], [word('—-3311399]', 428.6, 37.3)]),
      ocrLine(685, [word('Östergötlands', 50)], [word('5920702', 433.3, 32.3)]),
      ocrLine(670, [word('Gotlands', 50)], [word('9642685', 433.5, 32.1)]),
    ]);
    expect(texts(lines).map((l) => l[1])).toEqual(['3311399', '5920702', '9642685']);
  });
});

/**
 * A number as OCR words, right-aligned at `right`: its digit groups `digit` pt per digit, `gap`
 * pt apart, each word a segment of its own (as a wide gap leaves them).
 */
function scanned(text: string, rightEdge: number, digit: number, gap: number): [string, number, number][][] {
  const groups = text.split(' ');
  const out: [string, number, number][][] = [];
  let x = rightEdge;
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k]!;
    x -= g.length * digit;
    out.unshift([[g, x, g.length * digit]]);
    x -= gap;
  }
  return out;
}

function scannedRow(baseline: number, label: string, values: string[], rights: number[], digit: number, gap: number): PdfLine {
  return ocrLine(baseline, [word(label, 50, label.length * digit)], ...values.flatMap((v, k) => scanned(v, rights[k]!, digit, gap)));
}

describe('OCR words: digit groups set further apart than an em, judged by the gaps between columns', () => {
  it('stay one number in a lone row (the first row of a table going on over the page) and in a table, in two layouts', () => {
    // Layout A: digits 3.7 pt, groups 8.2 pt apart (an em is 7.4), columns 16–24 pt apart.
    const a = [196, 249.5, 308.5, 369, 438.5];
    const loneA = cleanOcrLines([scannedRow(74, 'Kronoberg', ['6 335 273', '9 663 237', '9 996 644', '1 819 383', '571 412'], a, 3.7, 8.2)]);
    expect(texts(loneA)).toEqual([['Kronoberg', '6 335 273', '9 663 237', '9 996 644', '1 819 383', '571 412']]);
    // Layout B: digits 5 pt, groups 11 pt apart (an em is 10), columns 24 pt and more apart; four value columns.
    const b = [230, 320, 410, 500];
    const tableB = cleanOcrLines([
      scannedRow(700, 'Gotland', ['12 441 907', '3 118', '450 221', '1 004 562'], b, 5, 11),
      scannedRow(680, 'Halland', ['9 870 001', '25 306', '77 410', '2 330 118'], b, 5, 11),
      scannedRow(660, 'Kalmar', ['310 455', '8 004', '1 902 333', '640 870'], b, 5, 11),
    ]);
    expect(texts(tableB)).toEqual([
      ['Gotland', '12 441 907', '3 118', '450 221', '1 004 562'],
      ['Halland', '9 870 001', '25 306', '77 410', '2 330 118'],
      ['Kalmar', '310 455', '8 004', '1 902 333', '640 870'],
    ]);
    const { grids } = whitespaceTables('x.pdf', 1, tableB, -Infinity, Infinity, undefined, true);
    expect(grids[0]!.grid.rows.map((r) => r.cells.length)).toEqual([5, 5, 5]);
  });

  it('numbers of tight columns are not joined: a gap between columns is wider than a group gap on the same page', () => {
    // Groups 3 pt apart; columns only 9 pt apart (narrower than the segment gap): 3-digit first groups in the next column.
    const rights = [120, 170];
    const lines = cleanOcrLines([
      scannedRow(700, 'Uppsala', ['41 786', '112 004'], rights, 4, 3),
      scannedRow(685, 'Gotland', ['7 120', '310 500'], rights, 4, 3),
      scannedRow(670, 'Skåne', ['1 044 614', '98 017'], [120, 170], 4, 3),
    ]);
    const numbers = lines.map((l) => l.segments.slice(1).flatMap((s) => s.parts.map((p) => p.text)));
    expect(numbers[0]).toEqual(['41', '786', '112', '004']);
    const { grids } = whitespaceTables('x.pdf', 1, lines, -Infinity, Infinity, undefined, true);
    expect(grids[0]!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Uppsala', '41 786', '112 004'],
      ['Gotland', '7 120', '310 500'],
      ['Skåne', '1 044 614', '98 017'],
    ]);
  });
});

describe('OCR words: a dash where OCR lost a row label', () => {
  it('goes, alone or read twice, left of every number; a dash in a column of numbers stays (two layouts)', () => {
    const a = [187, 251, 316];
    const linesA = cleanOcrLines([
      scannedRow(700, 'Örebro län', ['49 228 983', '87 499 146', '34 029 877'], a, 4.5, 6),
      ocrLine(680, [word('-', 62, 1.4)], ...['33 236 287', '51 074 398', '67 228 899'].flatMap((v, k) => scanned(v, a[k]!, 4.5, 6))),
      scannedRow(660, 'Skåne län', ['86 177 176', '19 722 771', '39 597 671'], a, 4.5, 6),
    ]);
    expect(texts(linesA)[1]).toEqual(['33 236 287', '51 074 398', '67 228 899']);
    const b = [300, 380];
    const linesB = cleanOcrLines([
      scannedRow(500, 'Gävleborg', ['5 197', '720'], b, 4, 3),
      ocrLine(485, [word('-', 70, 2), word('-', 76, 2)], ...['1 904', '318'].flatMap((v, k) => scanned(v, b[k]!, 4, 3))),
      // An empty cell's dash, at the column's edge.
      ocrLine(470, [word('Kalmar', 50)], [word('-', 296, 4)], ...scanned('655', 380, 4, 3)),
    ]);
    expect(texts(linesB).slice(1)).toEqual([['1 904', '318'], ['Kalmar', '-', '655']]);
  });
});

describe('OCR words: a number set off its column (a sum row as OCR placed it)', () => {
  it('is narrowed to end at the edge of the one column its box lies over, in two layouts', () => {
    const rightEdge = (l: PdfLine, k: number) => l.segments[k]!.box.x + l.segments[k]!.box.width;
    // Layout A: the sum's third figure ends 8.4 pt right of its column, short of the next column's numbers.
    const a = [182, 250.3, 310.6, 377.6];
    const rowsA = ['Blekinge', 'Sörmland', 'Kronoberg'].map((l, k) => scannedRow(700 - 17 * k, l, ['64 391 840', '97 257 715', '7 971 038', '74 709 343'], a, 4.5, 4));
    // OCR read the fourth as "1171" "811" "050": a word of four digits starts a number, however near.
    const sumA = scannedRow(600, 'Summa', ['1 102 587 284', '1 243 437 509', '1 129 654 382', '1171 811 050'], [183.3, 251.1, 319, 378.3], 4.2, 4);
    const linesA = cleanOcrLines([...rowsA, sumA]);
    expect(rightEdge(linesA[3]!, 3)).toBeCloseTo(310.6, 1);
    const gridA = whitespaceTables('x.pdf', 1, linesA, -Infinity, Infinity, undefined, true).grids[0]!.grid;
    expect(gridA.rows[3]!.cells.map((c) => c.text)).toEqual(['Summa', '1 102 587 284', '1 243 437 509', '1 129 654 382', '1 171 811 050']);
    // Layout B: three columns, the sum's first figure 9 pt right of its column; the others stay where they are.
    const b = [200, 300, 400];
    const rowsB = ['Gotland', 'Halland', 'Skåne', 'Uppsala'].map((l, k) => scannedRow(500 - 15 * k, l, ['12 004', '7 310', '845 931'], b, 4, 3));
    const linesB = cleanOcrLines([...rowsB, scannedRow(420, 'Totalt', ['48 016', '29 240', '3 383 724'], [209, 300, 400], 4, 3)]);
    expect([1, 2, 3].map((k) => rightEdge(linesB[4]!, k))).toEqual([200, 300, 400]);
  });
});

describe('OCR words: a real last 1, its ink narrow', () => {
  it('stays when the number starts where its column\'s numbers of as many digits start (two layouts)', () => {
    // Layout A: digits 4 pt, "931" in a box of 2.35 digits (the 1's ink narrow, set in from both sides of its room), the
    // number starting where the other six-digit numbers start.
    const a = cleanOcrLines([
      ocrLine(700, [word('Kalmar', 50)], [word('845', 200, 12), word('931', 216, 9.4)]),
      ocrLine(685, [word('Gotland', 50)], [word('512', 200, 12), word('004', 215, 12)]),
      ocrLine(670, [word('Skåne', 50)], [word('130', 200, 12), word('822', 215, 12)]),
    ]);
    expect(texts(a).map((l) => l[1])).toEqual(['845 931', '512 004', '130 822']);
    // Layout B: digits 5 pt, ungrouped, "3209871" in 6.36 digits' room, the column's seven-digit numbers starting with it.
    const b = cleanOcrLines([
      ocrLine(500, [word('Uppsala', 50)], [word('3209871', 301.5, 31.8)]),
      ocrLine(485, [word('Halland', 50)], [word('7745260', 300, 35)]),
      ocrLine(470, [word('Dalarna', 50)], [word('4410382', 300, 35)]),
      ocrLine(455, [word('Örebro', 50)], [word('905118', 305, 30)]),
    ]);
    expect(texts(b).map((l) => l[1])).toEqual(['3209871', '7745260', '4410382', '905118']);
  });
});

describe('OCR words: room for a last glyph is judged where the number stands in its column', () => {
  it('a border "1" on a number OCR joined by a dash to the next column\'s, the left part placed past the column edge (two layouts)', () => {
    // Layout A: digits 3.7 pt; "2011-489" over the gap for 250 201 and 489 931, the box of "2011" placed by its four glyphs.
    const a = cleanOcrLines([
      ocrLine(700, [word('Norrbotten', 50)], [word('917', 241, 11.3), word('487', 259.2, 9.1)], [word('866', 293, 11.4), word('182', 312, 11.3)]),
      ocrLine(685, [word('Dalarna', 50)], [word('182', 241.4, 10.8), word('024', 259.4, 9.1)], [word('176', 293.5, 11), word('337', 311.5, 11.9)]),
      ocrLine(670, [word('Västra', 50)], [word('480', 240.7, 11.4), word('322', 259.4, 8.8)], [word('535', 293.3, 11), word('701', 311.8, 11.5)]),
      ocrLine(655, [word('Uppsala', 50)], [word('250', 241, 11.2), word('2011-489', 259.44, 43.06), word('931', 311.3, 11.9)]),
    ]);
    expect(texts(a)[3]).toEqual(['Uppsala', '250 201', '489 931']);
    // Layout B: digits 5 pt, five-digit numbers: "2011-77" for 61 201 and 77 104.
    const b = cleanOcrLines([
      ocrLine(500, [word('Gotland', 50)], [word('45', 274, 10), word('120', 288, 12)], [word('33', 350, 10), word('330', 368, 12)]),
      ocrLine(485, [word('Halland', 50)], [word('80', 274, 10), word('406', 288, 12)], [word('21', 350, 10), word('009', 368, 12)]),
      ocrLine(470, [word('Kalmar', 50)], [word('17', 274, 10), word('552', 288, 12)], [word('90', 350, 10), word('418', 368, 12)]),
      ocrLine(455, [word('Skåne', 50)], [word('61', 274, 10), word('2011-77', 288, 72), word('104', 368, 12)]),
    ]);
    expect(texts(b)[3]).toEqual(['Skåne', '61 201', '77 104']);
  });
});
