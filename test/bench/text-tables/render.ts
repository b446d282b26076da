/**
 * The renderings stored public pages give a table in, each a function of a generated table
 * (spec.ts) to the document's text and extension: GFM, HTML, pipe rows (outer pipes on both
 * sides, none, or trailing only), one cell per line with a trailing " |", one cell per line with
 * or without blank lines, tab-separated, space-aligned columns as pdftotext -layout prints them,
 * and cells set apart by single spaces.
 */
import { rng, type Rand } from '../random.js';
import type { TextTable } from './spec.js';

export interface Rendered {
  ext: '.md' | '.html' | '.txt';
  text: string;
}
export type RenderingName = 'gfm' | 'html' | 'pipe' | 'cell-line-pipe' | 'cell-line' | 'cell-line-blank' | 'tab' | 'spaced' | 'single';
export const RENDERINGS: RenderingName[] = ['gfm', 'html', 'pipe', 'cell-line-pipe', 'cell-line', 'cell-line-blank', 'tab', 'spaced', 'single'];

const NBSP = '\u00a0';

/** Header rows: per level, one cell per value column, the title in the first column of its span and '' after it. */
function headerGrid(t: TextTable): string[][] {
  const levels = t.columns[0]!.length;
  return Array.from({ length: levels }, (_, l) =>
    t.columns.map((c, k) => (k > 0 && l < levels - 1 && t.columns[k - 1]!.slice(0, l + 1).join('\u0000') === c.slice(0, l + 1).join('\u0000') ? '' : c[l]!)),
  );
}

/** Spans per level: [title, count]. */
function headerSpans(t: TextTable): [string, number][][] {
  return headerGrid(t).map((row, l) => {
    const out: [string, number][] = [];
    row.forEach((cell, k) => {
      if (k > 0 && cell === '' && l < t.columns[0]!.length - 1) out[out.length - 1]![1]++;
      else out.push([cell, 1]);
    });
    return out;
  });
}

/** Stub cells (code, label) per header row: the stub's titles on the lowest row. */
function stub(t: TextTable, level: number, levels: number): string[] {
  const last = level === levels - 1;
  return [...(t.codeHeader !== null ? [last ? t.codeHeader : ''] : []), last ? t.labelHeader : ''];
}

const bodyCells = (t: TextTable, row: TextTable['rows'][number]): string[] => [...(t.codeHeader !== null ? [row.code ?? ''] : []), row.label, ...row.cells.map((c) => c.text)];

function wrapText(s: string): [string, string] | null {
  const spaces = [...s.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return null;
  const mid = spaces.reduce((a, b) => (Math.abs(b - s.length / 2) < Math.abs(a - s.length / 2) ? b : a));
  return [s.slice(0, mid), s.slice(mid + 1)];
}

function around(t: TextTable, table: string[], para: (s: string) => string, join = '\n\n'): string {
  const parts = [...t.before.map(para), ...(t.caption !== null ? [para(t.caption)] : []), table.join('\n'), ...t.after.map(para)];
  return parts.join(join) + '\n';
}

function gfm(t: TextTable): Rendered {
  const grid = headerGrid(t);
  const levels = grid.length;
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const line = (cells: string[]) => `| ${cells.map(esc).join(' | ')} |`;
  const lines = [line([...stub(t, levels - 1, levels).map((s, i) => (levels > 1 && i === stub(t, 0, levels).length - 1 ? '' : s)), ...grid[0]!])];
  lines.push(`|${[...stub(t, 0, 1).map(() => '---'), ...t.columns.map(() => '---:')].join('|')}|`);
  // Lower header rows become body rows: GFM has one header row.
  for (let l = 1; l < levels; l++) lines.push(line([...stub(t, l, levels), ...grid[l]!]));
  for (const row of t.rows) lines.push(line(bodyCells(t, row)));
  return { ext: '.md', text: around(t, lines, (s) => s) };
}

function html(t: TextTable, r: Rand): Rendered {
  const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const spans = headerSpans(t);
  const levels = spans.length;
  const wrap = (s: string) => (t.wrapHeader && s.length > 18 ? (wrapText(s) ?? [s]).map(e).join('<br>') : e(s));
  const out: string[] = ['<table>'];
  const inCaption = t.caption !== null && r() < 0.5;
  if (inCaption) out.push(`<caption>${e(t.caption!)}</caption>`);
  out.push('<thead>');
  spans.forEach((level, l) => {
    const stubCells = l === 0 ? stub(t, levels - 1, levels).map((s) => `<th${levels > 1 ? ` rowspan="${levels}"` : ''}>${e(s)}</th>`) : [];
    out.push(`<tr>${stubCells.join('')}${level.map(([title, n]) => `<th${n > 1 ? ` colspan="${n}"` : ''}>${wrap(title)}</th>`).join('')}</tr>`);
  });
  out.push('</thead><tbody>');
  for (const row of t.rows) {
    const cells = bodyCells(t, row);
    const first = t.codeHeader !== null ? 2 : 1;
    out.push(`<tr>${cells.map((c, i) => (i < first ? `<td>${e(c)}</td>` : `<td style="text-align:right">${e(c)}</td>`)).join('')}</tr>`);
  }
  out.push('</tbody></table>');
  const p = (s: string) => `<p>${e(s)}</p>`;
  const body = [...t.before.map(p), ...(t.caption !== null && !inCaption ? [`<p><strong>${e(t.caption)}</strong></p>`] : []), out.join('\n'), ...t.after.map(p)].join('\n');
  return { ext: '.html', text: `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Sida</title></head><body>\n${body}\n</body></html>\n` };
}

function pipe(t: TextTable, r: Rand): Rendered {
  const outer = (['both', 'none', 'trailing'] as const)[Math.floor(r() * 3)]!;
  const line = (cells: string[]) => {
    const inner = cells.join(' | ');
    return outer === 'both' ? `| ${inner} |` : outer === 'trailing' ? `${inner} |` : inner;
  };
  const grid = headerGrid(t);
  const lines = grid.map((g, l) => line([...stub(t, l, grid.length), ...g]));
  for (const row of t.rows) lines.push(line(bodyCells(t, row)));
  return { ext: '.txt', text: around(t, lines, (s) => s) };
}

/** One cell per line: the header's titles (each group once), then each row's cells in order. */
function cellLines(t: TextTable, r: Rand, mode: 'pipe' | 'plain' | 'blank'): Rendered {
  const rowGap = r() < 0.5;
  const cell = (s: string) => (mode === 'pipe' ? `${s} |` : s === '' ? NBSP : s);
  const sepCells = mode === 'blank' ? '\n\n' : '\n';
  const sepRows = rowGap || mode === 'blank' ? '\n\n' : '\n';
  const spans = headerSpans(t);
  // Group titles once each; the stub's titles and the leaves on the lowest header row.
  const headerRows = spans.map((level, l) => (l === spans.length - 1 ? [...stub(t, l, spans.length), ...level.map(([s]) => s)] : level.map(([s]) => s).filter((s) => s !== '')));
  const blocks = [...headerRows.filter((h) => h.length > 0), ...t.rows.map((row) => bodyCells(t, row))].map((cells) => cells.map(cell).join(sepCells));
  const table = blocks.join(sepRows);
  return { ext: '.txt', text: around(t, [table], (s) => s) };
}

function tab(t: TextTable): Rendered {
  const grid = headerGrid(t);
  const lines = grid.map((g, l) => [...stub(t, l, grid.length), ...g].join('\t'));
  for (const row of t.rows) lines.push(bodyCells(t, row).join('\t'));
  return { ext: '.txt', text: around(t, lines, (s) => s) };
}

/** Space-aligned columns as pdftotext -layout prints them: labels left, numbers right, headers over their columns. */
function spaced(t: TextTable, r: Rand): Rendered {
  const gap = 2 + Math.floor(r() * 3);
  const levels = t.columns[0]!.length;
  const leafLines: string[][] = t.columns.map((c) => {
    const leaf = c[levels - 1]!;
    return t.wrapHeader && leaf.length > 18 ? (wrapText(leaf) ?? [leaf]) : [leaf];
  });
  const leafDepth = Math.max(...leafLines.map((l) => l.length));
  const widths = t.columns.map((_, k) => Math.max(...leafLines[k]!.map((s) => s.length), ...t.rows.map((row) => row.cells[k]!.text.length)));
  // Group titles wider than their span widen the span's last column.
  const spans = headerSpans(t);
  for (let l = 0; l < levels - 1; l++) {
    let k = 0;
    for (const [title, n] of spans[l]!) {
      const w = widths.slice(k, k + n).reduce((a, b) => a + b, 0) + gap * (n - 1);
      if (title.length > w) widths[k + n - 1]! += title.length - w;
      k += n;
    }
  }
  const stubCols = [...(t.codeHeader !== null ? [Math.max(t.codeHeader.length, ...t.rows.map((row) => (row.code ?? '').length))] : []), Math.max(t.labelHeader.length, ...t.rows.map((row) => row.label.length))];
  const stubWidth = stubCols.reduce((a, b) => a + b + gap, 0);
  const colStart = (k: number) => stubWidth + widths.slice(0, k).reduce((a, b) => a + b + gap, 0);
  const put = (line: string[], at: number, s: string) => {
    while (line.length < at + s.length) line.push(' ');
    for (let i = 0; i < s.length; i++) line[at + i] = s[i]!;
  };
  const lines: string[] = [];
  for (let l = 0; l < levels - 1; l++) {
    const line: string[] = [];
    let k = 0;
    for (const [title, n] of spans[l]!) {
      const w = colStart(k + n - 1) + widths[k + n - 1]! - colStart(k);
      put(line, colStart(k) + Math.max(0, Math.floor((w - title.length) / 2)), title);
      k += n;
    }
    lines.push(line.join('').trimEnd());
  }
  for (let d = 0; d < leafDepth; d++) {
    const line: string[] = [];
    if (d === leafDepth - 1) {
      let at = 0;
      const stubs = stub(t, levels - 1, levels);
      stubs.forEach((s, i) => {
        put(line, at, s);
        at += stubCols[i]! + gap;
      });
    }
    leafLines.forEach((parts, k) => {
      const s = parts[d - (leafDepth - parts.length)];
      if (s !== undefined) put(line, colStart(k) + widths[k]! - s.length, s);
    });
    lines.push(line.join('').trimEnd());
  }
  for (const row of t.rows) {
    const line: string[] = [];
    let at = 0;
    if (t.codeHeader !== null) {
      put(line, at, row.code ?? '');
      at += stubCols[0]! + gap;
    }
    put(line, at, row.label);
    row.cells.forEach((c, k) => put(line, colStart(k) + widths[k]! - c.text.length, c.text));
    lines.push(line.join('').trimEnd());
  }
  return { ext: '.txt', text: around(t, lines, (s) => s) };
}

function single(t: TextTable): Rendered {
  const grid = headerGrid(t);
  const lines = grid.map((g, l) => [...stub(t, l, grid.length), ...g].filter((s) => s !== '').join(' '));
  for (const row of t.rows) lines.push(bodyCells(t, row).filter((s) => s !== '').join(' '));
  return { ext: '.txt', text: around(t, lines, (s) => s) };
}

export function render(t: TextTable, name: RenderingName): Rendered {
  // Each rendering draws its own choices from the table's variant, the same for the table and its mutant.
  const r = rng(t.variant ^ RENDERINGS.indexOf(name));
  switch (name) {
    case 'gfm': return gfm(t);
    case 'html': return html(t, r);
    case 'pipe': return pipe(t, r);
    case 'cell-line-pipe': return cellLines(t, r, 'pipe');
    case 'cell-line': return cellLines(t, r, 'plain');
    case 'cell-line-blank': return cellLines(t, r, 'blank');
    case 'tab': return tab(t);
    case 'spaced': return spaced(t, r);
    case 'single': return single(t);
  }
}
