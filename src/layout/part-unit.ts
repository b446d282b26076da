import type { Block, Grid, TextLine } from './types.js';
import { isNumberedTitle } from './numbered-title.js';

/**
 * A result budget or income statement goes on after its last row with a part under a heading of
 * its own, in the same columns ("Avstämning mot balanskravet …", then "Årets resultat efter
 * balanskravsjusteringar 36,3 14,3 12,7"). The unit stood once, over the first part ("mnkr",
 * "(tkr)" in the corner of the header); the second part, read as a table of its own, has none
 * and its figures would be read as kronor. A grid that states no unit anywhere, right under a
 * grid whose last row holds as many figures and whose unit note or header corner names a money unit (only a heading
 * between them), takes that unit text as its unit note; so does a grid that took the heading as its
 * caption and repeats the header of the grid above (a balance sheet's "Tillgångar" and "Eget
 * kapital och skulder", each under "Post | 2023 | 2022", the unit stated once over both). Nothing on
 * the page says the unit goes on, so its value cells say their reading is a guess.
 */
export const PART_UNIT = 'the unit is the one stated over the table part above; this part states none';

/** A money unit word as captions and header corners write it; the table reader decides what it means. */
const MONEY_UNIT = /(?:^|[\s(])(?:tkr|mnkr|mkr|mdkr|tusental kronor|miljoner kronor|miljarder kronor|1 ?000 ?(?:kr|€)|t€|mn€)(?=$|[\s),.])/i;
const ANY_UNIT = /(?:^|[\s(])(?:kr|kronor|tkr|mnkr|mkr|mdkr|sek|euro|€|%|procent|antal|st)(?=$|[\s),.])/i;
const MAX_HEADING = 100;

const filled = (r: Grid['rows'][number]): number => r.cells.slice(1).filter((c) => c.text.trim() !== '').length;
const body = (g: Grid): Grid['rows'] => g.rows.filter((r) => !r.cells.some((c) => c.header));
/** The most figures a row of the part holds. */
const width = (g: Grid): number => Math.max(0, ...body(g).map(filled));
/** The figures of the last row above (its closing total): a note column the rows above it fill does not count. */
const lastWidth = (g: Grid): number => {
  const rows = body(g);
  return rows.length === 0 ? 0 : filled(rows[rows.length - 1]!);
};

/** The text over the grid that names its unit: its unit note, or the corner cell of its header. */
function unitSource(g: Grid): TextLine | null {
  if (g.unitNote && MONEY_UNIT.test(g.unitNote.text)) return g.unitNote;
  const corner = g.rows.find((r) => r.cells.some((c) => c.header))?.cells[0];
  return corner && MONEY_UNIT.test(corner.text) ? { text: corner.text, location: corner.location } : null;
}

export const statesAnyUnit = (g: Grid): boolean =>
  [g.caption?.text ?? '', ...g.rows.flatMap((r) => r.cells.filter((c, k) => c.header || k === 0).map((c) => c.text))].some((t) => ANY_UNIT.test(t));

/** The header rows' texts, row by row: two parts of one statement repeat them ("Post | 2023 | 2022"). */
const headerText = (g: Grid): string =>
  g.rows
    .filter((r) => r.cells.some((c) => c.header))
    .map((r) => r.cells.map((c) => c.text.replace(/\s+/g, ' ').trim().toLowerCase()).join('|'))
    .join('\n');
/** A numbered caption ("Tabell 2", "Bilaga 3", "Figur 1") starts a table of its own, whatever its columns. */
export const NUMBERED = /^\s*(?:tabell|tab\.|bilaga|figur|diagram|not)\s*\d/i;

export function inheritPartUnits(blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const g = blocks[i]!;
    if (g.kind !== 'grid' || g.unitNote || g.source === 'list' || statesAnyUnit(g)) continue;
    let j = i - 1;
    const between = blocks[j]!;
    // One short heading between the parts.
    if (between.kind === 'text') {
      if (between.lines.length !== 1 || between.lines[0]!.text.trim().length > MAX_HEADING) continue;
      j--;
    }
    const above = j >= 0 ? blocks[j]! : null;
    if (!above || above.kind !== 'grid' || lastWidth(above) !== width(g)) continue;
    // A part that took the heading as its caption is a part only when it repeats the header of the
    // table above, cell for cell, under a heading that is no table's number: a title of its own with
    // other columns is another table, which may be in another unit.
    // So is a numbered section's part ("2. Utbildning") in the columns of the section above, both without a header or under the same one (numbered-title.ts).
    if (g.caption) {
      const head = headerText(g);
      const section = isNumberedTitle(g.caption.text) && head === headerText(above);
      if (!section && (head === '' || head !== headerText(above) || NUMBERED.test(g.caption.text))) continue;
    }
    const unit = unitSource(above);
    if (!unit) continue;
    takeUnit(g, unit, PART_UNIT);
  }
}

/** The grid takes a unit stated elsewhere; its value cells say why that reading is a guess. */
export function takeUnit(g: Grid, unit: NonNullable<Grid['unitNote']>, why: string): void {
  g.unitNote = unit;
  for (const row of g.rows) for (const c of row.cells.slice(1)) if (!c.header && c.text.trim() !== '') c.uncertain = c.uncertain ?? why;
}

/**
 * A small table set between the sections of a note (continued-grids.ts: "Förfallostruktur,
 * årshyra" / "2024 … Totalt" / one row, then the note goes on) that states no unit of its own is
 * in the unit the note states over it. The note's rows stand above and below the small table's
 * lines; nothing else says the unit reaches into it, so its value cells say their reading is a guess.
 */
export const ENCLOSING_UNIT = 'the unit is the one stated over the table this table is set in; this table states none';
const MAX_BLOCKS_BACK = 3;

const lineSpan = (g: Grid): [number, number] | null => {
  const lines = g.rows.map((r) => r.location.line).filter((l): l is number => l !== undefined);
  return lines.length === 0 ? null : [Math.min(...lines), Math.max(...lines)];
};

export function inheritEnclosingUnits(blocks: Block[]): void {
  blocks.forEach((g, i) => {
    if (g.kind !== 'grid' || g.unitNote || g.source === 'list' || statesAnyUnit(g)) return;
    const inner = lineSpan(g);
    if (inner === null) return;
    for (let j = i - 1; j >= 0 && j >= i - MAX_BLOCKS_BACK; j--) {
      const outer = blocks[j]!;
      if (outer.kind !== 'grid') continue;
      const lines = outer.rows.filter((r) => !r.cells.some((c) => c.header)).map((r) => r.location.line ?? 0);
      const unit = unitSource(outer);
      if (unit === null || !lines.some((l) => l < inner[0]) || !lines.some((l) => l > inner[1])) return;
      takeUnit(g, unit, ENCLOSING_UNIT);
      return;
    }
  });
}
