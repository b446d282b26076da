import type { Block, Grid, GridCell, TextBlock } from './types.js';

/**
 * A list of items, each a label and its figures, followed by a sentence that lists more of them
 * after a short lead naming them as further items ("Bland övriga poster: Räddningstjänst 7
 * miljoner (6,8 miljoner), revision 675 000 …", "Övriga nämnder: …", "Därutöver: …"): the second
 * list goes on with the first, as one table. Read apart, a table of the first items and another
 * of the rest stand where the page printed one. The lead becomes a row of its own, a heading
 * over the items it opens, so its words stay where they were.
 */
const MAX_LEAD = 60;
/** Words that name items as more of the same: "övriga", "andra", "dessutom", "därutöver", "därtill", "vidare". */
const FURTHER = /(?:^|[\s(])(?:övriga|övrigt|andra|dessutom|därutöver|därtill|vidare)(?=$|[\s:,)])/i;

const width = (g: Grid): number => Math.max(0, ...g.rows.map((r) => r.cells.length));

/**
 * Whether the inline list (its lead and grid) went on with the block before it: then its rows,
 * the lead's row first, were added to that list and nothing is left to add.
 */
export function joinFurtherItems(before: Block | undefined, lead: TextBlock, grid: Grid): boolean {
  if (before?.kind !== 'grid' || before.source !== 'list' || grid.source !== 'list') return false;
  if ((before.headerRows ?? 0) > 0 || before.rows.length < 2 || width(before) !== width(grid)) return false;
  const line = lead.lines.length === 1 ? lead.lines[0]! : null;
  const text = line?.text.trim() ?? '';
  if (!line || text.length > MAX_LEAD || !text.endsWith(':') || !FURTHER.test(text)) return false;
  // The first list's unit words were taken off its figures as the list's unit; the further items
  // write theirs item by item, a bare figure in kronor. Each of the first list's figures gets its
  // unit back, so that the list's unit does not scale the bare figures that follow.
  if (before.unitNote) {
    const unit = before.unitNote.text.trim();
    for (const row of before.rows) for (const cell of row.cells.slice(1)) if (cell.text.trim() !== '') cell.text = `${cell.text.trim()} ${unit}`;
    delete before.unitNote;
  }
  const blank = (): GridCell => ({ text: '', location: line.location, colspan: 1, rowspan: 1, header: false, bold: false });
  const label: GridCell = { ...blank(), text: text.slice(0, -1).trimEnd() };
  before.rows.push({ cells: [label, ...Array.from({ length: width(before) - 1 }, blank)], location: line.location }, ...grid.rows);
  return true;
}
