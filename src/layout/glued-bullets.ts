import { findAmounts } from '../../grammars/amount/index.js';
import { GLUED_MARK } from './bullet-marks.js';
import type { SourceLine } from './source-line.js';

/**
 * Bullets set right against the item's first letter or figure, as plain-text pages keep them
 * when a list lost its spacing:
 *
 *   •Region Gävleborg: 3 mnkr          *1,6 miljoner kronor till extratjänster
 *   •Region Dalarna: 4 mnkr            *0,8 miljoner kronor till lokaler
 *
 * A dash or a plus right before a figure is its sign ("-1,6", "-12 000"), so those marks count
 * only before a letter. A star may open a footnote ("*Preliminära siffror"), so a mark counts as
 * a bullet only in a run of MIN_RUN lines (blank lines between allowed) that open with the same
 * mark, each giving one amount of money next to words of its own: a row of signed figures has no
 * words, footnotes give no amounts.
 */
const GLUED = GLUED_MARK;
const MIN_RUN = 3;

/** The line's glued mark when the line gives one amount of money and words besides; null otherwise. */
function itemMark(raw: string): string | null {
  const m = GLUED.exec(raw);
  if (!m || raw.includes('\t')) return null;
  const rest = raw.slice(m[0].length);
  const money = findAmounts(rest).filter((a) => a.unit === 'SEK');
  // Several amounts a line are the columns of a table row, not one item's amount.
  if (money.length !== 1) return null;
  const words = rest.slice(0, money[0]!.start) + ' ' + rest.slice(money[0]!.end);
  return /\p{L}{3,}/u.test(words) ? (m[1] ?? m[2])! : null;
}

/** The length of the glued mark opening the line (with its indentation), or 0. */
export function gluedMarkLength(raw: string): number {
  return GLUED.exec(raw)?.[0].length ?? 0;
}

/**
 * The lines with the glued marks of `glued` (gluedBulletLines) blanked out, each mark by as many
 * spaces, so that a reader of unbulleted items reads them with every column where it was.
 */
export function withoutGluedMarks(lines: readonly SourceLine[], glued: ReadonlySet<number>): SourceLine[] {
  return lines.map((src, k) => {
    if (!glued.has(k)) return src;
    const n = gluedMarkLength(src.raw);
    return { ...src, raw: ' '.repeat(n) + src.raw.slice(n) };
  });
}

/** Indexes of the lines that open with a glued bullet in a run of at least MIN_RUN such items of one mark. */
export function gluedBulletLines(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    const mark = itemMark(lines[i]!.raw);
    if (mark === null) {
      i++;
      continue;
    }
    const run: number[] = [i];
    let j = i + 1;
    while (j < lines.length) {
      if (lines[j]!.raw.trim() === '') {
        j++;
        continue;
      }
      if (itemMark(lines[j]!.raw) !== mark) break;
      run.push(j);
      j++;
    }
    if (run.length >= MIN_RUN) for (const k of run) out.add(k);
    i = run[run.length - 1]! + 1;
  }
  return out;
}
