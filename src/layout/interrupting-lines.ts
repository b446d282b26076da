import { isPageInterruption } from '../lexicon/page-interruptions.js';
import type { Block, GridRow, TextBlock } from './types.js';

/**
 * An advert's marker or a link to another article between two rows of a table ("Annons",
 * "Läs också: Så ska vårdköerna kortas"; src/lexicon/page-interruptions.ts), as news pages copied
 * as text give them: the readers of a table take it for a row without figures (a section's
 * heading, to the sum checks). Such a row, with rows of the table on both sides and every other
 * cell empty, leaves the table and is kept as a paragraph after it, so nothing is lost.
 */
const isBody = (r: GridRow): boolean => r.cells.every((c) => !c.header);

export function liftInterruptions(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.kind === 'grid' && b.rows.some((r) => isPageInterruption(r.cells[0]?.text ?? '')))) return blocks;
  const out: Block[] = [];
  for (const b of blocks) {
    out.push(b);
    if (b.kind !== 'grid') continue;
    const body = b.rows.map(isBody);
    const first = body.indexOf(true);
    const lifted = b.rows.filter((r, k) => k > first && k < b.rows.length - 1 && body[k] && isPageInterruption(r.cells[0]!.text) && r.cells.slice(1).every((c) => c.text.trim() === ''));
    if (lifted.length === 0) continue;
    b.rows = b.rows.filter((r) => !lifted.includes(r));
    const text: TextBlock = { kind: 'text', role: 'paragraph', lines: lifted.map((r) => ({ text: r.cells[0]!.text, location: r.cells[0]!.location })) };
    out.push(text);
  }
  return out;
}
