import { describe, expect, it } from 'vitest';
import type { Grid, TextBlock } from '../../src/layout/types.js';
import { readHtml } from '../../src/readers/html.js';

const texts = (html: string): TextBlock[] =>
  readHtml('t.html', html).blocks.filter((b): b is TextBlock => b.kind === 'text');
const gridsOf = (html: string): Grid[] => readHtml('t.html', html).blocks.filter((b): b is Grid => b.kind === 'grid');

describe('readHtml: text', () => {
  it('returns no blocks for an empty or text-free document', () => {
    for (const html of ['', '   \n', '<html><head><title>x</title></head><body> </body></html>', '<p>&nbsp;</p>']) {
      const layout = readHtml('t.html', html);
      expect(layout.blocks).toEqual([]);
      expect(layout.format).toBe('html');
    }
  });

  it('gives headings, paragraphs, blockquotes and list items their roles', () => {
    const blocks = texts('<h3>Rubrik</h3><p>Stycke</p><blockquote>Citat</blockquote><ul><li>Ett</li><li><p>Två</p></li></ul>');
    expect(blocks.map((b) => [b.role, b.lines.map((l) => l.text)])).toEqual([
      ['heading', ['Rubrik']],
      ['paragraph', ['Stycke']],
      ['paragraph', ['Citat']],
      ['list-item', ['Ett']],
      ['list-item', ['Två']],
    ]);
  });

  it('splits lines at <br> and keeps inline markup in the line', () => {
    const [p] = texts('<p>Första <b>raden</b><br>andra  raden<br/>\n tredje</p>');
    expect(p?.lines.map((l) => l.text)).toEqual(['Första raden', 'andra raden', 'tredje']);
    expect(p?.lines[2]?.location).toMatchObject({ line: 2, column: 2, endColumn: 8 });
  });

  it('decodes entities and maps every character to its source column', () => {
    const src = '<p>Belopp: 1&nbsp;000&#160;kr &amp; mer</p>';
    const [p] = texts(src);
    const line = p!.lines[0]!;
    expect(line.text).toBe('Belopp: 1\u00a0000\u00a0kr & mer');
    expect(line.columns).toHaveLength(line.text.length);
    const at = (s: string) => line.columns![line.text.indexOf(s)]!;
    expect(src.slice(at('000') - 1)).toMatch(/^000&#160;kr/);
    expect(src.slice(at('& mer') - 1)).toMatch(/^&amp; mer/);
    expect(line.location.endColumn).toBe(src.indexOf('</p>') + 1);
  });

  it('counts columns on CRLF sources the same way', () => {
    const [, p] = texts('<h1>Titel</h1>\r\n<p>\r\n  Ett stycke</p>');
    expect(p?.lines[0]).toMatchObject({ text: 'Ett stycke', location: { line: 3, column: 3, endColumn: 13 } });
    expect(readHtml('t.html', 'a\r\nb').lines).toEqual(['a', 'b']);
  });

  it('skips script, style, nav, head, template and hidden elements', () => {
    const blocks = texts(
      '<head><title>T</title><style>p{}</style></head><nav>Meny</nav><script>var x = 1;</script>' +
        '<template><p>mall</p></template><p hidden>dold</p><p>Synlig</p>',
    );
    expect(blocks.map((b) => b.lines[0]?.text)).toEqual(['Synlig']);
  });

  it('separates text around nested blocks', () => {
    const blocks = texts('<div>före<p>mitt</p>efter</div>');
    expect(blocks.map((b) => b.lines[0]?.text)).toEqual(['före', 'mitt', 'efter']);
  });

  it('drops soft hyphens that split words', () => {
    const [p] = texts('<p>Läns&shy;styrelsen</p>');
    expect(p?.lines[0]?.text).toBe('Länsstyrelsen');
  });
});

describe('readHtml: tables', () => {
  it('reads colspan and rowspan once each, with sane values for junk', () => {
    const [g] = gridsOf('<table><tr><td colspan="2" rowspan="x">a</td><td colspan="0">b</td><td rowspan="3">c</td></tr></table>');
    expect(g?.rows[0]?.cells.map((c) => [c.text, c.colspan, c.rowspan])).toEqual([
      ['a', 2, 1],
      ['b', 1, 1],
      ['c', 1, 3],
    ]);
    expect(g?.headerRows).toBeUndefined();
    expect(g?.caption).toBeNull();
  });

  it('marks thead rows as header even in <td>, and turns <br> in headers into a space', () => {
    const [g] = gridsOf('<table><thead><tr><td>Region</td><th>Belopp<br>(kr)</th></tr></thead><tbody><tr><td>Skåne</td><td>1</td></tr></tbody></table>');
    expect(g?.headerRows).toBe(1);
    expect(g?.rows[0]?.cells.map((c) => [c.text, c.header])).toEqual([
      ['Region', true],
      ['Belopp (kr)', true],
    ]);
    expect(g?.rows[1]?.cells.every((c) => !c.header)).toBe(true);
  });

  it('reads bold from b, strong and inline style, only when all the text is bold', () => {
    const [g] = gridsOf(
      '<table><tr><td><b>Summa</b></td><td><strong> 10 </strong></td><td style="font-weight:bold">3</td>' +
        '<td><b>1</b> 2</td><td></td></tr></table>',
    );
    expect(g?.rows[0]?.cells.map((c) => c.bold)).toEqual([true, true, true, false, false]);
  });

  it('locates an empty cell at its element', () => {
    const [g] = gridsOf('<table>\n<tr><td>a</td><td></td></tr></table>');
    expect(g?.rows[0]?.cells[1]?.location).toMatchObject({ line: 2, column: 15 });
    expect(g?.rows[0]?.cells[1]?.text).toBe('');
  });

  it('reads a nested table as its own grid after the outer one', () => {
    const gs = gridsOf('<table><tr><td>ute<table><tr><td>inne</td></tr></table></td><td>2</td></tr></table>');
    expect(gs).toHaveLength(2);
    expect(gs[0]?.rows[0]?.cells.map((c) => c.text)).toEqual(['ute', '2']);
    expect(gs[1]?.rows[0]?.cells.map((c) => c.text)).toEqual(['inne']);
  });

  it('takes a heading just above as caption, but not ordinary text', () => {
    const [a] = gridsOf('<h2>Fördelning per region</h2><table><tr><td>x</td></tr></table>');
    expect(a?.caption?.text).toBe('Fördelning per region');
    const [b] = gridsOf('<p>Något annat.</p><table><tr><td>x</td></tr></table>');
    expect(b?.caption).toBeNull();
  });

  it('keeps tfoot rows in document order after the body', () => {
    const [g] = gridsOf('<table><thead><tr><th>R</th></tr></thead><tbody><tr><td>a</td></tr></tbody><tfoot><tr><td>Summa</td></tr></tfoot></table>');
    expect(g?.rows.map((r) => r.cells[0]?.text)).toEqual(['R', 'a', 'Summa']);
  });

  it('handles a large document quickly', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>Rad ${i}</td><td>${i}&nbsp;000</td></tr>`).join('\n');
    const start = performance.now();
    const [g] = gridsOf(`<table>${rows}</table>`);
    expect(g?.rows).toHaveLength(5000);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('readHtml: footnote marks in <sup>', () => {
  it('keeps a numbered mark apart from the number, in a cell and in a paragraph', () => {
    const layout = readHtml('s.html', '<table><tr><th>Region</th><th>Belopp</th></tr><tr><td>Uppsala<sup>1</sup></td><td>50 250<sup>2</sup></td></tr></table><p>Totalt 1 200<sup>3</sup> miljoner kronor.</p>');
    const grid = layout.blocks.find((b): b is Grid => b.kind === 'grid')!;
    expect(grid.rows[1]!.cells.map((c) => c.text)).toEqual(['Uppsala¹', '50 250²']);
    const text = layout.blocks.find((b): b is TextBlock => b.kind === 'text')!;
    expect(text.lines.map((l) => l.text).join(' ')).toBe('Totalt 1 200³ miljoner kronor.');
  });
});

describe('readHtml: text hidden from view', () => {
  it('leaves out what an inline style or a screen-reader class hides, in cells and in prose', () => {
    const layout = readHtml(
      'h.html',
      '<table><tr><th>Region</th><th>Belopp (kr)</th></tr>' +
        '<tr><td><span class="visually-hidden">Region </span>Uppsala</td><td><span style="display: none;">Belopp: </span>50 250</td></tr>' +
        '<tr><td>Gotland</td><td><span class="sr-only">Belopp (kr)</span>30 125</td></tr></table>' +
        '<p>Synligt.<span style="visibility:hidden"> Dolt 5 kronor.</span></p><p class="screen-reader-text">Dolt stycke.</p>',
    );
    const grid = layout.blocks.find((b): b is Grid => b.kind === 'grid')!;
    expect(grid.rows.slice(1).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Uppsala', '50 250'],
      ['Gotland', '30 125'],
    ]);
    const text = layout.blocks.filter((b): b is TextBlock => b.kind === 'text').flatMap((b) => b.lines.map((l) => l.text));
    expect(text).toEqual(['Synligt.']);
  });
  it('keeps text hidden only from screen readers, and classes that merely contain the words', () => {
    const layout = readHtml('h.html', '<p aria-hidden="true">Ett.</p><p class="hidden-xs-up-info">Två.</p><p style="display:block">Tre.</p>');
    const text = layout.blocks.filter((b): b is TextBlock => b.kind === 'text').flatMap((b) => b.lines.map((l) => l.text));
    expect(text).toEqual(['Ett.', 'Två.', 'Tre.']);
  });
});

