import type { Block, TextLine } from './types.js';
import { NUMBERED, statesAnyUnit, takeUnit } from './part-unit.js';

/**
 * A unit stated in a section's heading holds for every table in the section, also for tables
 * under sub-headings of their own:
 *
 *   ## Beviljade bidrag (tkr)          <h2>Driftbudget per nämnd, mnkr</h2>
 *   ### Idrott                         <h3>Barn och utbildning</h3>
 *   | Förening | Bidrag | …            <table>…</table>
 *   ### Kultur                         <h3>Vård och omsorg</h3>
 *   | Förening | Projekt | Bidrag | …  <table>…</table>
 *
 * Where the source marks the depth of its headings (Markdown, HTML), a table that states no unit
 * takes the unit of the nearest heading above it of a lower depth than every heading between them:
 * the section that encloses it. Text without marked depths gives no sections, so nothing is taken.
 * A sub-section may hold other things than the section's title names (staff, counts), so the value
 * cells say their unit is a guess, and a sum over them only warns.
 */
export const SECTION_UNIT = 'the unit is the one the heading of the enclosing section states; this table states none';

export function inheritSectionUnits(blocks: Block[], namesUnit: (line: TextLine) => boolean): void {
  blocks.forEach((g, i) => {
    // A numbered table ("Tabell 2 …") is one of its own, whose caption would state its unit.
    if (g.kind !== 'grid' || g.unitNote || g.source === 'list' || statesAnyUnit(g) || (g.caption && NUMBERED.test(g.caption.text))) return;
    let depth = Infinity;
    for (let j = i - 1; j >= 0 && depth > 1; j--) {
      const b = blocks[j]!;
      if (b.kind !== 'text' || b.role !== 'heading') continue;
      if (b.level === undefined) return;
      if (b.level >= depth) continue;
      const unit = b.lines.find(namesUnit);
      if (unit) {
        takeUnit(g, unit, SECTION_UNIT);
        return;
      }
      depth = b.level;
    }
  });
}
