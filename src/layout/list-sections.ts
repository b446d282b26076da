import { t } from '../messages/index.js';
import { isTotalLabelText } from './total-label.js';
import { textCell } from './region-list.js';
import type { Block, Grid, GridRow, TextBlock } from './types.js';

/**
 * A list in sections, each under a short title and closed by its own sum, with a grand total
 * after the last, the way press releases and budget pages break down one amount:
 *
 *   Skolan                          Region Norrbotten
 *   Grundskola 412,5 miljoner       Välfärdsmiljarder 62,9 miljoner
 *   Gymnasium 180,3 miljoner        Summa Region Norrbotten 138,6 miljoner
 *   Summa skolan 592,8 miljoner     Norrbottens kommuner
 *   Omsorgen                        …
 *   …                               Summa kommunerna 655,6 miljoner
 *   Totalt 909,3 miljoner           Summa totalt Norrbotten: 794,2 miljoner
 *
 * The list readers read each section as a list of its own, the title between them ending the
 * one before; the grand total then closed the last section alone. A list that ends in its sum,
 * then one title line, then a list of the same width that sums too, with a sum after the last
 * section's (the grand total), is one list: the title is
 * a row without figures, the sections' sums its subtotals. That the rows after the last
 * section's sum add up the sections is a reading of the layout: their figures say so, so a
 * sum over them warns.
 */
const MAX_TITLE = 60;

const width = (g: Grid): number => Math.max(0, ...g.rows.map((r) => r.cells.length));
const totalRow = (r: GridRow): boolean => isTotalLabelText(r.cells[0]?.text.trim().split(/\s+/)[0] ?? '');
const endsInSum = (g: Grid): boolean => g.rows.length > 1 && totalRow(g.rows[g.rows.length - 1]!);

/** One short line without figures that ends no sentence: a section's title. */
function titleLine(b: Block | undefined): b is TextBlock {
  if (b?.kind !== 'text' || b.lines.length !== 1) return false;
  const text = b.lines[0]!.text.trim();
  return text !== '' && text.length <= MAX_TITLE && !/\d/.test(text) && !/[.:;!?]$/.test(text);
}

const isList = (b: Block | undefined): b is Grid => b?.kind === 'grid' && b.source === 'list' && !b.alsoProse && (b.headerRows ?? 0) === 0;

/**
 * Whether the sections from blocks[i] on end in a sum over them: a row after a section's own sum,
 * in this section or a later one (each a title and a list that ends in its sum). Without one, lists
 * each closed by their own sum under their own titles are lists of their own (summed-lists.ts):
 * the title between them ends one and captions the next.
 */
function grandTotalAhead(blocks: readonly Block[], i: number): boolean {
  for (let j = i; isList(blocks[j]); j += 2) {
    const g = blocks[j] as Grid;
    const sum = g.rows.findIndex(totalRow);
    if (sum >= 0 && sum < g.rows.length - 1) return true;
    if (!endsInSum(g) || !titleLine(blocks[j + 1]) || !isList(blocks[j + 2]) || (blocks[j + 2] as Grid).caption !== null) return false;
  }
  return false;
}

export function joinListSections(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const title = blocks[i - 1];
    // b follows a title that follows a list already out (the title was pushed too): join the three.
    if (isList(b) && b.caption === null && titleLine(title) && out[out.length - 1] === title && isList(out[out.length - 2]) && endsInSum(out[out.length - 2] as Grid) && width(b) === width(out[out.length - 2] as Grid) && b.rows.some(totalRow) && grandTotalAhead(blocks, i)) {
      const into = out[out.length - 2] as Grid;
      out.pop();
      const line = title.lines[0]!;
      const name = textCell(line, [line.text.length - line.text.trimStart().length, line.text.trimEnd().length]);
      const titleRow: GridRow = { cells: [name, ...Array.from({ length: width(into) - 1 }, () => ({ ...name, text: '' }))], location: name.location };
      const firstSum = b.rows.findIndex(totalRow);
      b.rows.forEach((r, k) => {
        if (k > firstSum) for (const c of r.cells.slice(1)) c.uncertain ??= t('reading.afterSections');
      });
      into.rows.push(titleRow, ...b.rows);
      continue;
    }
    out.push(b);
  }
  return out;
}
