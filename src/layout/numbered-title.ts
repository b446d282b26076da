import type { Block } from './types.js';
import { toTextLine, type SourceLine } from './source-line.js';

/**
 * A numbered section title ("1. Verksamhet", "2) Vård och omsorg", "3. Kultur- och fritidsnämnden"):
 * a number of one or two digits with a point or a parenthesis, then a title in words that opens
 * with a capital and holds no figure. Budgets and annual reports number their sections so, each
 * with a few rows under it. Such a line is the caption of the rows under it (or a section row of
 * the table it stands in), never a line of column titles: its words do not title columns.
 */
const NUMBERED_TITLE = /^\s*\d{1,2}[.)] +[A-ZÅÄÖ][^\d\t]*$/;
const MAX_TITLE = 60;

export function isNumberedTitle(raw: string): boolean {
  const t = raw.trim();
  // A sentence ("1. Kommunen ska minska kostnaderna.") or a lead-in ("2. Fördelning:") is no title.
  return t.length <= MAX_TITLE && NUMBERED_TITLE.test(t) && !/[.:;!?]$/.test(t) && !t.includes('  ');
}

/**
 * The title of the first numbered section ("1. Politisk verksamhet"), a line of its own right above
 * the section's rows, reads as an item of a numbered list; the sections after it get their titles as
 * captions from the table reader. The first takes its title as its caption too, as written, number and all.
 */
export function captionNumberedSections(file: string, blocks: Block[], lines: readonly SourceLine[]): Block[] {
  const byLine = new Map(lines.map((l) => [l.line, l]));
  blocks.forEach((g, i) => {
    const prev = blocks[i - 1];
    if (g.kind !== 'grid' || g.caption || !prev || prev.kind !== 'text' || prev.role !== 'list-item' || prev.lines.length !== 1) return;
    const at = prev.lines[0]!.location.line;
    const first = g.rows[0]?.location.line;
    const src = at === undefined ? undefined : byLine.get(at);
    if (!src || at === undefined || first === undefined || first !== at + 1 || !isNumberedTitle(src.raw)) return;
    const lead = src.raw.length - src.raw.trimStart().length;
    g.caption = toTextLine(file, src, lead, src.raw.trimEnd().length);
  });
  return blocks;
}
