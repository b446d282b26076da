/**
 * Values set against one another with no space between them, as a table copied out of some
 * PDFs and web pages gives them: the space is lost between cells but kept inside a number, so
 *
 *   Avgifter35 805146 43019 896        → "35 805", "146 430", "19 896"
 *   Skatter30 285 490 000180 069 346 000 → "30 285 490 000", "180 069 346 000"
 *   Netto−604 135−674 469               → "−604 135", "−674 469"
 *   Förändring 28,3−26,2−21,82,03,8      → "28,3", "−26,2", "−21,8", "2,0", "3,8"
 *
 * Inside a value, groups after the first have exactly three digits, so a digit token longer than
 * three ends the value with its first three digits and opens the next value with the rest. A sign
 * opens a value. A decimal part longer than the row's other decimal parts ends with their count
 * of digits and the rest opens the next value. Nothing here is a guess about sizes: a run that
 * does not split so, unambiguously, is not a glued run (null).
 */

const SIGNS = '-−–';
/** Digits in a digit group after a value's first. */
const GROUP = 3;

export interface GluedSplit {
  /** Each value as [from, to) offsets into the run. */
  values: { from: number; to: number }[];
  /** True when some value was set against the next one (a glue point): what tells this class apart. */
  glued: boolean;
}

/** The row's decimal count: the shortest decimal part that stands alone (before a sign, a space or the end). */
function decimalCount(run: string): number | null {
  const counts = [...run.matchAll(/,(\d+)(?=[\s\u00a0\-−–]|$)/g)].map((m) => m[1]!.length);
  return counts.length === 0 ? null : Math.min(...counts);
}

/** A space and a group of exactly three digits: a value going on past a space. */
const SPACED_GROUP = /^[ \u00a0]\d{3}(?!\d)/;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * The values of a run of digits, spaces, signs and decimal commas; null when it does not read as
 * values by these rules (a token that cannot be a digit group, a decimal part it cannot cut).
 */
export function splitGluedRun(run: string): GluedSplit | null {
  const decimals = decimalCount(run);
  const values: { from: number; to: number }[] = [];
  let glued = false;
  // The value being read: where it starts, where it ends so far, and whether a decimal part closed it.
  let cur: { from: number; to: number; closed: boolean } | null = null;
  const finish = (): void => {
    if (cur) values.push({ from: cur.from, to: cur.to });
    cur = null;
  };
  let spaced = false;
  let i = 0;
  while (i < run.length) {
    const ch = run[i]!;
    if (ch === ' ' || ch === '\u00a0') {
      spaced = true;
      i++;
      continue;
    }
    let signAt: number | null = null;
    if (SIGNS.includes(ch)) {
      // A sign opens a value; set against the value before it (no space), it is a glue point.
      if (cur && !spaced) glued = true;
      finish();
      signAt = i;
      i++;
    }
    let j = i;
    while (isDigit(run[j])) j++;
    const n = j - i;
    if (n === 0) return null;
    let open: number;
    if (cur !== null && signAt === null) {
      const c = cur as { from: number; to: number; closed: boolean };
      // Inside a value only a space and a group of three digits go on; more digits open the next value.
      if (!spaced || c.closed || n < GROUP || n > 2 * GROUP) return null;
      c.to = i + GROUP;
      if (n === GROUP) {
        spaced = false;
        i = j;
        if (run[j] === ',') {
          const r = decimals_(run, j, decimals, c);
          if (r === null) return null;
          if (r.glued) glued = true;
          i = r.next;
          cur = r.cur;
        }
        continue;
      }
      glued = true;
      finish();
      open = i + GROUP;
    } else {
      // A value opens with one to three digits, unless it is the run's only token ("2019", "12500").
      if (n > GROUP && !(values.length === 0 && cur === null && run.slice(j).trim() === '')) return null;
      open = signAt ?? i;
    }
    // No printed figure opens with a nought before another digit: "011 165 295" is "0" set against
    // "11 165 295", "00" two noughts. A lone token ("05", a code) is left as it stands.
    const alone = values.length === 0 && run.slice(j).trim() === '';
    while (signAt === null && !alone && run[open] === '0' && j - open > 1) {
      values.push({ from: open, to: open + 1 });
      glued = true;
      open++;
    }
    spaced = false;
    cur = { from: open, to: j, closed: false };
    i = j;
    if (run[j] === ',') {
      const r = decimals_(run, j, decimals, cur);
      if (r === null) return null;
      if (r.glued) glued = true;
      i = r.next;
      cur = r.cur;
    }
  }
  finish();
  return values.length === 0 ? null : { values, glued };

  /**
   * A decimal part at the comma `at` closes `value`. Another comma right after its digits means the
   * digits hold the next value's opening too: the row's decimal count cuts them, as often as it takes.
   */
  function decimals_(
    text: string,
    at: number,
    count: number | null,
    value: { from: number; to: number; closed: boolean },
  ): { next: number; cur: { from: number; to: number; closed: boolean } | null; glued: boolean } | null {
    let v = value;
    let comma = at;
    let cut = false;
    for (;;) {
      let k = comma + 1;
      while (isDigit(text[k])) k++;
      const m = k - comma - 1;
      if (m === 0) return null;
      // Digits past the row's decimal count, then a space and a digit group ("-77,96 953,5" in a row of
      // one decimal): the extra digits open the next value, which goes on in that group ("-77,9", "6 953,5").
      if (text[k] !== ',' && count !== null && m > count && m - count <= GROUP && SPACED_GROUP.test(text.slice(k, k + 5))) {
        v.to = comma + 1 + count;
        values.push({ from: v.from, to: v.to });
        return { next: k, cur: { from: v.to, to: k, closed: false }, glued: true };
      }
      if (text[k] !== ',') {
        v.to = k;
        v.closed = true;
        return { next: k, cur: v, glued: cut };
      }
      if (count === null || m <= count || m - count > GROUP) return null;
      v.to = comma + 1 + count;
      values.push({ from: v.from, to: v.to });
      cut = true;
      v = { from: v.to, to: k, closed: false };
      comma = k;
    }
  }
}
