/**
 * "1 039, 50 kronor", "2 400, 75 kr": a decimal comma typed with a space after it, behind a whole
 * part written in digit groups. The groups were read as a number of their own ("1 039") and the
 * decimals as another ("50 kronor"); a person reads 1 039,50 kronor. The head is the run of digit
 * groups that ends in the comma and one space right before the decimals (interpret.ts,
 * spacedDecimals, which keeps the reading's anomaly so a check over it is a warning).
 */
// At most six groups before the comma; the text looked at is bounded, so the search is too.
const GROUPED_HEAD = /(?:^|[\s(])(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,5}), $/;
const LOOK_BACK = 32;

/** The grouped whole part that ends right before `at` with ", ", and where it starts; or null. */
export function groupedSpacedHead(text: string, at: number): { head: string; start: number } | null {
  if (text.charAt(at - 1) !== ' ' || text.charAt(at - 2) !== ',') return null;
  const from = Math.max(0, at - LOOK_BACK);
  const m = GROUPED_HEAD.exec(text.slice(from, at));
  if (!m) return null;
  return { head: m[1]!, start: at - m[1]!.length - 2 };
}

/**
 * The heads read as numbers of their own in another window (the comma ends one): an amount lying
 * inside one read with a spaced decimal is its whole part, not a figure.
 */
export function withoutSpacedHeads<T extends { start: number; end: number; anomalies: readonly { kind: string }[] }>(found: T[]): T[] {
  const joined = found.filter((a) => a.anomalies.some((x) => x.kind === 'spaced-decimal'));
  if (joined.length === 0) return found;
  return found.filter((a) => !joined.some((b) => b !== a && b.start <= a.start && a.end < b.end));
}
