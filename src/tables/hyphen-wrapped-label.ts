import type { RegionMatch } from '../model/region.js';
import type { Row } from '../model/table.js';
import { endsInWordHyphen, joinHyphenated } from '../layout/hyphen-join.js';

/**
 * A row label broken at a hyphen over two lines of a table, each line read as a row of its own:
 *
 *   Väst-          |   |
 *   manlands län   | 4 | 1 200 000
 *
 * (tab-separated, GFM pipes, one cell a line) or with the figures on the first line and the rest
 * of the name under them ("Västra Göta-   9   3 100 000" / "landsregionen"). The part ending in a
 * hyphen after a letter and the part opening in lower case are one label, joined as the page
 * meant it ("Västmanlands län", "Västra Götalandsregionen", "EU-medel", "Stats- och
 * kommunbidrag", src/layout/hyphen-join.ts); the row keeps its figures and is named again
 * (`regionFor`, null where the table's names are not regions). Nothing is lost: the row without
 * figures only gives its words to the row that has them. A label whose lines a reader joined with a
 * space ("Väst- manlands län") is put together only where the whole name is a region.
 */

const blank = (r: Row): boolean => r.cells.every((c) => c.raw.trim() === '');
const opensLower = (label: string): boolean => /^\p{Ll}/u.test(label.trimStart());

export function joinHyphenWrappedLabels(rows: Row[], regionFor: (label: string) => RegionMatch | null): void {
  for (let i = rows.length - 2; i >= 0; i--) {
    const head = rows[i]!;
    const next = rows[i + 1]!;
    if (!endsInWordHyphen(head.label) || !opensLower(next.label)) continue;
    let row: Row;
    if (head.kind === 'other' && blank(head) && next.kind !== 'other') {
      // The words over the row that holds the figures.
      row = next;
      row.label = joinHyphenated(head.label, next.label);
      if (row.code === undefined && head.code !== undefined) row.code = head.code;
      if (row.note === undefined && head.note !== undefined) row.note = head.note;
      rows.splice(i, 1);
    } else if (head.kind === 'data' && next.kind === 'other' && blank(next) && next.code === undefined) {
      // The rest of the name under the row's figures.
      row = head;
      row.label = joinHyphenated(head.label, next.label);
      rows.splice(i + 1, 1);
    } else continue;
    // Named again from the whole name: a part alone may have named another region ("götlands län" Gotland's).
    if (row.kind !== 'data') continue;
    row.region = regionFor(row.label);
    if (row.region !== null) delete row.regions;
  }
  // A cell whose lines were joined by a space ("Väst- manlands län", from "<br>" or a paragraph):
  // where the name put back together is a region, the row is that region's.
  for (const row of rows) {
    if (row.kind !== 'data' || row.regions !== undefined || !SPACED_BREAK.test(row.label)) continue;
    const whole = row.label.replace(SPACED_BREAKS, '');
    const region = regionFor(whole);
    if (region === null) continue;
    row.label = whole;
    row.region = region;
  }
}

// "Väst- manlands": a hyphen after a letter, one space, a lower-case word that is no shared part ("Stats- och").
const SPACED_BREAK_SOURCE = String.raw`(?<=\p{L})- (?!(?:och|eller|samt|resp|respektive|till)(?!\p{L}))(?=\p{Ll})`;
const SPACED_BREAK = new RegExp(SPACED_BREAK_SOURCE, 'u');
const SPACED_BREAKS = new RegExp(SPACED_BREAK_SOURCE, 'gu');
