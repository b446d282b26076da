import type { HeaderCell, Source } from './matrix-codes.sources.js';

/**
 * Prints a source table of the matrix the ways web pages and PDFs copied out as text print
 * tables: GFM, HTML, tab-separated, columns aligned by spaces (`pdftotext -layout`, with and
 * without rule lines), one cell per line (blank lines between cells, none, or between rows
 * only), a header wrapped over two lines, the unit in the caption line, the sentence before or
 * the first header cell, and a page break inside the table.
 */
export interface Rendered {
  file: string;
  text: string;
}

type UnitPlace = 'caption' | 'sentence' | 'cell';

interface Options {
  unit: UnitPlace;
  pageBreak?: boolean;
  wrap?: boolean;
  rule?: boolean;
}

/** The source with its unit moved to where `unit` says, and the caption that goes with it. */
function placeUnit(s: Source, unit: UnitPlace): { caption: string; lead: string | null; header: HeaderCell[][] } {
  const header = s.header.map((level) => level.map((c) => ({ ...c })));
  if (s.unitWords === null) return { caption: s.caption, lead: null, header };
  if (unit === 'caption') return { caption: `${s.caption} (${s.unitWords})`, lead: null, header };
  if (unit === 'sentence') return { caption: s.caption, lead: s.unitSentence, header };
  const top = header[0]!;
  const text = `Belopp i ${s.unitWords}`;
  if (header.length > 1 && top[0]!.text === '') top[0]!.text = text;
  else header[header.length - 1]![0]!.text = text;
  return { caption: s.caption, lead: null, header };
}

/** Each level's cells placed under their columns: a title at its span's first column, '' elsewhere. */
function levelCells(level: HeaderCell[]): string[] {
  return level.flatMap((c) => [c.text, ...Array<string>(c.span - 1).fill('')]);
}

function before(caption: string, lead: string | null): string[] {
  return lead === null ? [caption, ''] : [caption, '', lead, ''];
}

const PAGE_AFTER_ROW = 2;

export function gfm(s: Source, unit: UnitPlace = 'caption'): Rendered {
  const { caption, lead, header } = placeUnit(s, unit);
  const row = (cs: string[]) => `| ${cs.join(' | ')} |`;
  const [first, ...rest] = header.map(levelCells);
  const lines = [...before(caption, lead), row(first!), row(first!.map(() => '---')), ...rest.map(row), ...s.rows.map(row), ''];
  return { file: 'matrix.md', text: lines.join('\n') };
}

export function html(s: Source, unit: UnitPlace = 'caption'): Rendered {
  const { caption, lead, header } = placeUnit(s, unit);
  const th = (c: HeaderCell) => `<th${c.span > 1 ? ` colspan="${c.span}"` : ''}>${c.text}</th>`;
  const head = header.map((level) => `<tr>${level.map(th).join('')}</tr>`);
  const body = s.rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`);
  const p = lead === null ? '' : `<p>${lead}</p>\n`;
  const text = `<html><body>\n<h2>${caption}</h2>\n${p}<table>\n<thead>\n${head.join('\n')}\n</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>\n</body></html>\n`;
  return { file: 'matrix.html', text };
}

export function tsv(s: Source, o: Options = { unit: 'caption' }): Rendered {
  const { caption, lead, header } = placeUnit(s, o.unit);
  const body = s.rows.map((r) => r.join('\t'));
  if (o.pageBreak === true) body.splice(PAGE_AFTER_ROW, 0, '', 'Sida 2 av 4', '\fPromemoria    Dnr Fi2024/00312', '');
  const lines = [...before(caption, lead), ...header.map((l) => levelCells(l).join('\t')), ...body, ''];
  return { file: 'matrix.txt', text: lines.join('\n') };
}

/** Splits a header cell of two or more words after its first word ("Beviljat" / "belopp"). */
function wrapCell(text: string): [string, string] {
  const at = text.indexOf(' ');
  return at < 0 ? ['', text] : [text.slice(0, at), text.slice(at + 1)];
}

export function hasWrappable(s: Source): boolean {
  return s.header.some((level) => level.some((c) => c.text.includes(' ')));
}

export function spaced(s: Source, o: Options = { unit: 'caption' }): Rendered {
  const { caption, lead, header } = placeUnit(s, o.unit);
  const n = s.rows[0]!.length;
  const gap = 3;
  const levels = header.map(levelCells);
  const widths = Array.from({ length: n }, (_, i) => Math.max(...s.rows.map((r) => r[i]!.length), ...levels.map((l, k) => (header[k]!.length === n ? wrapped(l[i]!) : 0))));
  function wrapped(text: string): number {
    return o.wrap === true ? Math.max(...wrapCell(text).map((p) => p.length)) : text.length;
  }
  // A title over several columns widens the last of them when it is longer than their span.
  for (const level of header) {
    let col = 0;
    for (const c of level) {
      const span = widths.slice(col, col + c.span).reduce((a, b) => a + b, 0) + gap * (c.span - 1);
      if (c.span > 1 && c.text.length > span) widths[col + c.span - 1]! += c.text.length - span;
      col += c.span;
    }
  }
  const isLabel = (i: number) => i < s.labelColumns;
  const cell = (text: string, i: number) => (isLabel(i) ? text.padEnd(widths[i]!) : text.padStart(widths[i]!));
  const line = (cs: string[]) => cs.map(cell).join(' '.repeat(gap)).trimEnd();
  const out: string[] = [];
  for (const level of header) {
    if (level.length === n) {
      const texts = level.map((c) => c.text);
      if (o.wrap === true && texts.some((t) => t.includes(' '))) {
        out.push(line(texts.map((t) => wrapCell(t)[0])));
        out.push(line(texts.map((t) => wrapCell(t)[1])));
      } else out.push(line(texts));
      continue;
    }
    // Group titles stand centred over their columns.
    let text = '';
    let col = 0;
    for (const c of level) {
      const start = widths.slice(0, col).reduce((a, b) => a + b + gap, 0);
      const span = widths.slice(col, col + c.span).reduce((a, b) => a + b, 0) + gap * (c.span - 1);
      const at = start + Math.floor((span - c.text.length) / 2);
      if (c.text !== '') text = text.padEnd(at) + c.text;
      col += c.span;
    }
    out.push(text);
  }
  const total = widths.reduce((a, b) => a + b, 0) + gap * (n - 1);
  if (o.rule === true) out.push('-'.repeat(total));
  const body = s.rows.map(line);
  if (o.rule === true) body.splice(body.length - 1, 0, '-'.repeat(total));
  if (o.pageBreak === true) body.splice(PAGE_AFTER_ROW, 0, '', ' '.repeat(Math.floor(total / 2)) + '2', `\fPromemoria${' '.repeat(Math.max(4, total - 26))}Dnr Fi2024/00312`, '');
  return { file: 'matrix.txt', text: [...before(caption, lead), ...out, ...body, ''].join('\n') };
}

type Separation = 'cells' | 'none' | 'rows';

/** One cell per line: a page copied from a browser or a PDF without layout; empty cells are left out. */
export function cellPerLine(s: Source, sep: Separation, o: Options = { unit: 'caption' }): Rendered {
  const { caption, lead, header } = placeUnit(s, o.unit);
  const groups: string[][] = [];
  for (const level of header) {
    const texts = level.map((c) => c.text).filter((t) => t !== '');
    groups.push(o.wrap === true ? texts.map((t) => wrapCell(t).filter((p) => p !== '').join('\n')) : texts);
  }
  for (const r of s.rows) groups.push(r.filter((c) => c !== ''));
  if (o.pageBreak === true) groups.splice(header.length + PAGE_AFTER_ROW, 0, ['Sida 2 av 4'], ['\fPromemoria']);
  const joinCells = sep === 'cells' ? '\n\n' : '\n';
  const joinRows = sep === 'none' ? '\n' : '\n\n';
  const text = [...before(caption, lead), groups.map((g) => g.join(joinCells)).join(joinRows), ''].join('\n');
  return { file: 'matrix.txt', text };
}

export interface Layout {
  name: string;
  render: (s: Source) => Rendered;
  /** Whether the layout differs from its base for this source (a wrapped header needs a header of two words). */
  applies?: (s: Source) => boolean;
}

const hasUnit = (s: Source) => s.unitWords !== null;

export const LAYOUTS: Layout[] = [
  { name: 'gfm', render: (s) => gfm(s) },
  { name: 'html', render: (s) => html(s) },
  { name: 'tsv', render: (s) => tsv(s) },
  { name: 'spaced', render: (s) => spaced(s) },
  { name: 'spaced with rules', render: (s) => spaced(s, { unit: 'caption', rule: true }) },
  { name: 'cell per line, blank between cells', render: (s) => cellPerLine(s, 'cells') },
  { name: 'cell per line, no blank lines', render: (s) => cellPerLine(s, 'none') },
  { name: 'cell per line, blank between rows', render: (s) => cellPerLine(s, 'rows') },
  { name: 'spaced, header wrapped', render: (s) => spaced(s, { unit: 'caption', wrap: true }), applies: hasWrappable },
  { name: 'cell per line, header wrapped', render: (s) => cellPerLine(s, 'cells', { unit: 'caption', wrap: true }), applies: hasWrappable },
  { name: 'gfm, unit in the sentence before', render: (s) => gfm(s, 'sentence'), applies: hasUnit },
  { name: 'html, unit in the first header cell', render: (s) => html(s, 'cell'), applies: hasUnit },
  { name: 'tsv, unit in the first header cell', render: (s) => tsv(s, { unit: 'cell' }), applies: hasUnit },
  { name: 'spaced, unit in the sentence before', render: (s) => spaced(s, { unit: 'sentence' }), applies: hasUnit },
  { name: 'spaced, unit in the first header cell', render: (s) => spaced(s, { unit: 'cell' }), applies: hasUnit },
  { name: 'cell per line, unit in the sentence before', render: (s) => cellPerLine(s, 'cells', { unit: 'sentence' }), applies: hasUnit },
  { name: 'cell per line, unit in the first header cell', render: (s) => cellPerLine(s, 'cells', { unit: 'cell' }), applies: hasUnit },
  { name: 'tsv, page break', render: (s) => tsv(s, { unit: 'caption', pageBreak: true }) },
  { name: 'spaced, page break', render: (s) => spaced(s, { unit: 'caption', pageBreak: true }) },
  { name: 'cell per line, page break', render: (s) => cellPerLine(s, 'none', { unit: 'caption', pageBreak: true }) },
];

/** The source with its mutant cell in place. */
export function mutate(s: Source): Source {
  const rows = s.rows.map((r, i) => (i === s.mutant.row ? r.map((c, j) => (j === s.mutant.col ? s.mutant.text : c)) : r));
  return { ...s, rows };
}
