import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/layout/types.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { show, textPdf } from './build-pdf.js';

/** Lines of text and grid rows (non-empty cells joined by spaces) in reading order: how columns are found is not the reader's part. */
const read = (l: Layout) => l.blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((x) => x.text) : b.rows.map((r) => r.cells.map((c) => c.text).filter((t) => t !== '').join(' '))));
/** Both engines, which must agree; the fast one's layout is returned. */
async function both(bytes: Uint8Array): Promise<Layout> {
  const fast = await readPdf('t.pdf', bytes, { engine: 'fast' });
  const pdfjs = await readPdf('t.pdf', bytes, { engine: 'pdfjs' });
  expect(read(fast)).toEqual(read(pdfjs));
  expect(fast.blocks).toEqual(pdfjs.blocks);
  return fast;
}

const ROWS = [
  ['Region', 'Belopp (kr)'],
  ['Stockholm', '1 250 000'],
  ['Uppsala', '730 000'],
  ['Summa', '1 980 000'],
];

/** Text drawn with matrix [a b c d] at (x, y): Tm sets direction and place. */
const at = (m: [number, number, number, number], x: number, y: number, s: string) => `BT /F1 11 Tf ${m.join(' ')} ${x} ${y} Tm ${show(s)} ET`;

describe('a page printed turned: text runs at 90° or 270° in user space, /Rotate turns it upright', () => {
  it('/Rotate 90, text running up the page: rows top to bottom as displayed', async () => {
    // Displayed, row k is k·20 below the first; in user space that is 20 further right.
    const content = ROWS.flatMap((r, k) => [at([0, 1, -1, 0], 100 + 20 * k, 100, r[0]!), at([0, 1, -1, 0], 100 + 20 * k, 400, r[1]!)]).join('\n');
    const layout = await both(textPdf([content], ['/Rotate 90']));
    expect(read(layout)).toEqual(['Region Belopp (kr)', 'Stockholm 1 250 000', 'Uppsala 730 000', 'Summa 1 980 000']);
  });

  it('/Rotate 270, text running down the page, prose in two lines and a table', async () => {
    const content = [
      at([0, -1, 1, 0], 500, 800, 'Fördelning av medel till regionerna'),
      at([0, -1, 1, 0], 485, 800, 'enligt tabellen nedan.'),
      ...ROWS.flatMap((r, k) => [at([0, -1, 1, 0], 440 - 20 * k, 800, r[0]!), at([0, -1, 1, 0], 440 - 20 * k, 500, r[1]!)]),
    ].join('\n');
    const layout = await both(textPdf([content], ['/Rotate 270']));
    expect(read(layout)).toEqual(['Fördelning av medel till regionerna', 'enligt tabellen nedan.', 'Region Belopp (kr)', 'Stockholm 1 250 000', 'Uppsala 730 000', 'Summa 1 980 000']);
  });

  it('upside down (180°): read as the page is turned', async () => {
    const content = ROWS.map((r, k) => at([-1, 0, 0, -1], 500, 200 + 20 * k, `${r[0]} ${r[1]}`)).join('\n');
    const layout = await both(textPdf([content], ['/Rotate 180']));
    expect(read(layout).join(' / ')).toBe(ROWS.map((r) => `${r[0]} ${r[1]}`).join(' / '));
  });
});

describe('text in another direction on an upright page is kept, in its own direction', () => {
  const prose = [at([1, 0, 0, 1], 72, 700, 'Regeringen beslutar att betala ut medel.'), at([1, 0, 0, 1], 72, 686, 'Beslutet gäller 2024.')];

  it('a note running up the left margin', async () => {
    const content = [...prose, at([0, 1, -1, 0], 40, 300, 'Dnr S2023/01234'), at([0, 1, -1, 0], 40, 420, 'sida 1')].join('\n');
    const layout = await both(textPdf([content]));
    const lines = read(layout);
    expect(lines).toContain('Regeringen beslutar att betala ut medel.');
    // Both pieces of the note are on one line in their direction, in order.
    expect(lines).toContain('Dnr S2023/01234 sida 1');
  });

  it('a column header turned 270° and a stamp at 30°', async () => {
    const content = [...prose, at([0, -1, 1, 0], 300, 600, 'Belopp i kronor'), at([0.866, 0.5, -0.5, 0.866], 200, 300, 'KOPIA')].join('\n');
    const layout = await both(textPdf([content]));
    const lines = read(layout);
    expect(lines).toEqual(expect.arrayContaining(['Regeringen beslutar att betala ut medel.', 'Beslutet gäller 2024.', 'Belopp i kronor', 'KOPIA']));
    expect(lines).toHaveLength(4);
  });
});
