import { capitalTitles } from './capital-titles.js';
import type { Block, Grid, GridCell, GridRow, TextLine } from './types.js';

/**
 * A web table copied as text where every empty cell became a blank line: a section row
 * ("STADSDELSNÄMNDER" and its empty cells) leaves its heading standing alone between runs of
 * blank lines, so the header line is several lines above the rows and each section's rows come
 * as a table of their own:
 *
 *   Belopp i mnkr Intäkter Kostnader Årets resultat
 *   (blank lines)
 *   STADSDELSNÄMNDER
 *   (blank lines)
 *   Angered 426 -2 023 0
 *   …
 *   NÄMNDER MED SÄRSKILD INRIKTNING
 *   Byggnadsnämnden 193 -329 8
 *
 * When a line of titles of several words each (capital-titles.ts) stands alone two or more blank
 * lines above a table without a header, and its titles count the table's columns, it is that
 * table's header; the section headings become rows that head their sections, and the sections
 * that follow under a heading with as many columns and no header of their own join the table.
 */
const MIN_GAP = 3;
const MAX_HEADING = 60;

const width = (g: Grid): number => g.rows[0]?.cells.length ?? 0;
const headerless = (g: Grid): boolean => (g.headerRows ?? 0) === 0 && !g.rows.some((r) => r.cells.some((c) => c.header)) && g.caption === null;
const oneLine = (b: Block | undefined): TextLine | null => (b?.kind === 'text' && b.role !== 'list-item' && b.lines.length === 1 ? b.lines[0]! : null);
/** A section heading: short, no figures, no sentence. */
const isSection = (l: TextLine | null): l is TextLine => l !== null && l.text.trim().length <= MAX_HEADING && !/\d/.test(l.text) && !/[.!?:]\s*$/.test(l.text.trim());

function cell(text: string, line: TextLine, header: boolean): GridCell {
  return { text, location: { ...line.location }, colspan: 1, rowspan: 1, header, bold: false };
}

function sectionRow(line: TextLine, cols: number): GridRow {
  const cells = [cell(line.text.trim(), line, false)];
  for (let c = 1; c < cols; c++) cells.push({ ...cell('', line, false), location: { file: line.location.file, line: line.location.line } });
  return { cells, location: cells[0]!.location };
}

/** The titles of `line` over a grid of `cols` cells a row, or null. */
function titlesOver(line: TextLine | null, cols: number): { label: string; columns: string[] } | null {
  if (line === null || /\d/.test(line.text) || /[.!?:]\s*$/.test(line.text.trim())) return null;
  return capitalTitles(line.text.trim().split(/\s+/), cols - 1);
}

export function adoptDetachedHeaders(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'grid' || !headerless(b) || width(b) < 3) {
      out.push(b);
      continue;
    }
    const cols = width(b);
    const above = oneLine(out[out.length - 1]);
    const section = isSection(above) && titlesOver(above, cols) === null ? above : null;
    const headLine = oneLine(out[out.length - (section ? 2 : 1)]);
    const titles = titlesOver(headLine, cols);
    const below = (section ? section.location.line : b.rows[0]!.location.line) ?? 0;
    if (!titles || headLine === null || below - (headLine.location.line ?? below) < MIN_GAP) {
      out.push(b);
      continue;
    }
    out.splice(out.length - (section ? 2 : 1));
    const head: GridRow = { cells: [cell(titles.label, headLine, true), ...titles.columns.map((t) => cell(t, headLine, true))], location: { ...headLine.location } };
    const grid: Grid = { ...b, rows: [head, ...(section ? [sectionRow(section, cols)] : []), ...b.rows], headerRows: 1 };
    // Sections further down: a heading, then rows with as many columns and no header of their own.
    while (k + 2 < blocks.length) {
      const heading = oneLine(blocks[k + 1]);
      const next = blocks[k + 2]!;
      if (!isSection(heading) || next.kind !== 'grid' || !headerless(next) || width(next) !== cols || next.source !== b.source) break;
      grid.rows.push(sectionRow(heading, cols), ...next.rows);
      k += 2;
    }
    out.push(grid);
  }
  return out;
}
