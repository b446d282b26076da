import { PER_POPULATION } from '../lexicon/phrases.js';
import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * A table whose every cell holds a count and its rate, "count/rate", as statistics by county
 * print the cases of a month and the cases per 100 000 inhabitants:
 *
 *   Län Jan Feb Mar                          Län Jan Feb Mar
 *   Blekinge 0/0 1/0,63 2/1,25               Blekinge 0/01/0,632/1,25
 *   Totalt 6/0,06 4/0,04 9/0,09              Totalt6/0,064/0,049/0,09
 *
 * Each title gets two columns, the count and the rate. Where the pairs lost the spaces between
 * them (right), they are told apart by their grammar: a rate is "0" or has a fixed number of
 * decimals, the same in every row, and a count runs up to its slash; one number of decimals
 * alone must cut every row into as many pairs as the header has titles, and each row's rates
 * must stand in one proportion to its counts (one population), or the lines are not read so.
 * Such cells carry `readBy: "glued"`: a sum that disagrees over them warns, never errs.
 */

const MIN_ROWS = 3;
const MAX_LINE = 400;
const MAX_TITLES = 24;
const PAIR = /\d\/\d/;
/** One spaced pair: "12/3,45", "0/0". */
const SPACED_PAIR = /^(\d+)\/(\d+(?:,\d+)?)$/;
const DIGIT = /\d/;

interface Pair {
  count: string;
  rate: string;
  /** Offsets into the row's raw line. */
  from: number;
  to: number;
}

interface PairRow {
  src: SourceLine;
  labelEnd: number;
  run: number;
  glued: boolean;
  pairs: Pair[];
}

/** The label (up to the first digit) and where the pairs begin; null when the line has no pair. */
function splitLabel(raw: string): { labelEnd: number; run: number } | null {
  if (raw.length > MAX_LINE || !PAIR.test(raw)) return null;
  let run = 0;
  while (run < raw.length && !DIGIT.test(raw[run]!)) run++;
  let labelEnd = run;
  while (labelEnd > 0 && /\s/.test(raw[labelEnd - 1]!)) labelEnd--;
  const label = raw.slice(0, labelEnd);
  if ((label.match(/\p{L}/gu) ?? []).length < 2) return null;
  return { labelEnd, run };
}

/** Pairs set apart by whitespace, or null when a piece is no pair. */
function spacedPairs(raw: string, run: number): Pair[] | null {
  const pairs: Pair[] = [];
  let at = run;
  const end = raw.trimEnd().length;
  while (at < end) {
    while (at < end && /\s/.test(raw[at]!)) at++;
    let to = at;
    while (to < end && !/\s/.test(raw[to]!)) to++;
    const m = SPACED_PAIR.exec(raw.slice(at, to));
    if (!m) return null;
    pairs.push({ count: m[1]!, rate: m[2]!, from: at, to });
    at = to;
  }
  return pairs;
}

/**
 * Glued pairs with `decimals` decimals to every rate but "0": "0/01/0,632/1,25" → 0/0, 1/0,63,
 * 2/1,25. A rate's whole part never opens with a zero unless it is "0" or "0,…", so the cut is
 * the only one.
 */
function gluedPairs(raw: string, run: number, decimals: number): Pair[] | null {
  const end = raw.trimEnd().length;
  const pairs: Pair[] = [];
  let at = run;
  while (at < end) {
    let slash = at;
    while (slash < end && DIGIT.test(raw[slash]!)) slash++;
    if (slash === at || raw[slash] !== '/') return null;
    let r = slash + 1;
    if (raw[r] === '0' && raw[r + 1] !== ',') {
      r++;
    } else {
      let whole = r;
      while (whole < end && DIGIT.test(raw[whole]!)) whole++;
      if (whole === r || raw[whole] !== ',') return null;
      r = whole + 1 + decimals;
      if (r > end) return null;
      for (let k = whole + 1; k < r; k++) if (!DIGIT.test(raw[k]!)) return null;
    }
    pairs.push({ count: raw.slice(at, slash), rate: raw.slice(slash + 1, r), from: at, to: r });
    at = r;
  }
  return pairs;
}

/** The rate in units of its last decimal, with `decimals` places. */
const rateUnits = (rate: string, decimals: number): number => {
  const [whole, frac = ''] = rate.split(',');
  return Number(whole) * 10 ** decimals + Number(frac.padEnd(decimals, '0'));
};

/**
 * The rates of a row stand in one proportion to its counts, each within half its last decimal:
 * a zero count has a zero rate and some k has |rate − count·k| ≤ ½ unit for every pair.
 */
function proportional(pairs: Pair[], decimals: number): boolean {
  const pts = pairs.map((p) => ({ c: Number(p.count), r: rateUnits(p.rate, decimals) }));
  if (pts.some((p) => (p.c === 0) !== (p.r === 0))) return false;
  const live = pts.filter((p) => p.c > 0);
  // (2r_i − 1)·c_j ≤ (2r_j + 1)·c_i for every two pairs: the intervals (r ± ½)/c meet.
  for (const a of live) for (const b of live) if ((2 * a.r - 1) * b.c > (2 * b.r + 1) * a.c) return false;
  return true;
}

/** The decimals of a rate as written ("0,35" two, "0" none). */
const decimalsOf = (rate: string): number => (rate.includes(',') ? rate.length - rate.indexOf(',') - 1 : 0);

/**
 * Each line's pairs, read spaced where it can be and glued with one number of decimals
 * otherwise, up to the first line no reading fits (a page cut off mid-row); null when two
 * numbers of decimals read as many lines (the cut is not certain) or too few lines read.
 */
function readRows(lines: SourceLine[], from: number, titles: number): PairRow[] | null {
  const cands: { src: SourceLine; labelEnd: number; run: number; spaced: Pair[] | null }[] = [];
  for (let j = from; j < lines.length; j++) {
    const src = lines[j]!;
    const cut = splitLabel(src.raw);
    if (!cut) break;
    const spaced = spacedPairs(src.raw, cut.run);
    const fits = spaced !== null && spaced.length === titles && proportional(spaced, Math.max(...spaced.map((p) => decimalsOf(p.rate))));
    cands.push({ src, ...cut, spaced: fits ? spaced : null });
  }
  // For each number of decimals, the lines it reads from the top.
  const readings = [1, 2, 3].map((d) => {
    const rows: PairRow[] = [];
    for (const c of cands) {
      const pairs = c.spaced ?? gluedPairs(c.src.raw, c.run, d);
      if (!pairs || pairs.length !== titles || (!c.spaced && !proportional(pairs, d))) break;
      rows.push({ src: c.src, labelEnd: c.labelEnd, run: c.run, glued: !c.spaced, pairs });
    }
    return rows;
  });
  const longest = Math.max(...readings.map((r) => r.length));
  const best = readings.filter((r) => r.length === longest);
  if (longest < MIN_ROWS) return null;
  // All spaced: every reading is the same. Glued: only one number of decimals may read that far.
  if (best.length > 1 && best[0]!.some((r) => r.glued)) return null;
  return best[0]!;
}

/** Cheap test: a header line without pairs over a line with one. */
export function mayStartCountRatePairs(lines: SourceLine[], i: number): boolean {
  const head = lines[i]?.raw ?? '';
  const next = lines[i + 1]?.raw ?? '';
  return head.trim() !== '' && !PAIR.test(head) && PAIR.test(next) && head.length <= MAX_LINE;
}

/** The rate's title from the text above the table ("… Antal fall per 100 000 invånare"), or "kvot". */
function rateTitle(lines: SourceLine[], i: number): string {
  for (let j = i - 1; j >= 0 && j >= i - 15; j--) {
    const m = PER_POPULATION.exec(lines[j]!.raw);
    if (m) return m[0];
  }
  return 'kvot';
}

export function detectCountRatePairs(file: string, lines: SourceLine[], i: number): { grid: Grid; end: number } | null {
  const head = lines[i]!;
  const words = [...head.raw.matchAll(/\S+/g)];
  // The header's last titles name the pairs; the words before them name the rows.
  for (let stub = 1; stub <= 3 && words.length - stub >= 2; stub++) {
    const n = words.length - stub;
    if (n > MAX_TITLES) continue;
    const rows = readRows(lines, i + 1, n);
    if (!rows) continue;
    return { grid: gridOf(file, lines, i, words.slice(stub), rows), end: i + 1 + rows.length };
  }
  return null;
}

function gridOf(file: string, lines: SourceLine[], i: number, titles: RegExpMatchArray[], rows: PairRow[]): Grid {
  const head = lines[i]!;
  const stubCell: GridCell = { ...toGridCell(file, head, 0, titles[0]!.index!), header: true };
  const rate = rateTitle(lines, i);
  const top: GridCell[] = [stubCell];
  const sub: GridCell[] = [{ ...stubCell, text: '' }];
  for (const t of titles) {
    const cell = { ...toGridCell(file, head, t.index!, t.index! + t[0].length), header: true };
    top.push({ ...cell, colspan: 2 });
    sub.push({ ...cell, text: 'antal' }, { ...cell, text: rate });
  }
  const body: GridRow[] = rows.map((r) => {
    const cells: GridCell[] = [toGridCell(file, r.src, 0, r.labelEnd)];
    for (const p of r.pairs) {
      const slash = p.from + p.count.length;
      const count = toGridCell(file, r.src, p.from, slash);
      const per = toGridCell(file, r.src, slash + 1, p.to);
      cells.push(r.glued ? { ...count, readBy: 'glued' } : count, r.glued ? { ...per, readBy: 'glued' } : per);
    }
    return { cells, location: cells[0]!.location };
  });
  return {
    kind: 'grid',
    source: rows.some((r) => r.glued) ? 'glued' : 'spaced',
    caption: null,
    rows: [
      { cells: top, location: toTextLine(file, head).location },
      { cells: sub, location: toTextLine(file, head).location },
      ...body,
    ],
    headerRows: 2,
  };
}
