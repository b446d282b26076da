/**
 * A budget table copied one cell a line sets each chapter's and moment's code in a cell of its
 * own before the name, under no code title:
 *
 *   Politikområde 4 / 120 000 / 0 / 410 / Näringsavdelningen / 95 000 / 0 / 41000 / …
 *
 * Read as a value, "410" ends the row above as a further figure and feeds its sums. A cell of
 * bare digits right before a label is a code where the table prints its amounts grouped by
 * thousands ("95 000") and never ungrouped, and the codes nest (codesNest: "41000" under "410"),
 * as chapters and moments do and no run of amounts does. Plain numbers that do not nest prove
 * nothing (a column of counts, a total whose group space was lost), so they are left as they are.
 */
const BARE_CODE = /^\d{3,6}$/;
/** An amount grouped by thousands ("44 000", "-800 000", "1 250,5"). */
const GROUPED = /^[-−–]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;
/** An amount of four digits or more with no thousands space. */
const UNGROUPED = /^[-−–]?\d{4,}(?:,\d+)?$/;
const YEAR = /^(?:19|20)\d{2}$/;
/** A moment's code: five or six digits. */
const LONG = /^\d{5,6}$/;

/** Some long code opens with a shorter one of the same codes ("10100" under "101"): a hierarchy of codes, as no run of amounts is. */
export function codesNest(codes: readonly string[]): boolean {
  const short = new Set(codes.filter((t) => !LONG.test(t)));
  return codes.some((t) => LONG.test(t) && (short.has(t.slice(0, 3)) || short.has(t.slice(0, 4))));
}

/** Fewer codes than this tell nothing. */
const MIN_CODES = 3;

/**
 * The indices of the cells that are budget codes, from the first figure that is no year on (a
 * year in the header is a title): `texts` are the cells in order, `isValue` and `isLabel` say
 * what each is read as otherwise. Empty where the table shows no such codes.
 */
export function bareBudgetCodes(texts: readonly string[], isValue: (i: number) => boolean, isLabel: (i: number) => boolean): number[] {
  const codes: number[] = [];
  let grouped = false;
  let body = false;
  for (let i = 0; i < texts.length; i++) {
    if (!isValue(i)) continue;
    const t = texts[i]!.trim();
    body ||= t !== '' && !YEAR.test(t);
    if (!body) continue;
    if (BARE_CODE.test(t) && i + 1 < texts.length && isLabel(i + 1)) codes.push(i);
    else if (UNGROUPED.test(t)) return [];
    else if (GROUPED.test(t)) grouped = true;
  }
  return grouped && codes.length >= MIN_CODES && codesNest(codes.map((i) => texts[i]!.trim())) ? codes : [];
}
