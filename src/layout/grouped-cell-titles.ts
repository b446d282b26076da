/**
 * A two-level header pasted one cell a line: the label column's title, the group titles, then
 * the sub-titles under each group, repeated group by group.
 *
 *   Län            ← the rows' title
 *   2022           ← groups, each over as many columns
 *   2023
 *   Antal          ← the sub-titles of the first group …
 *   Belopp, tkr
 *   Antal          ← … and the same again under the second
 *   Belopp, tkr
 *
 * The rows' title may also stand after the groups, right above the sub-titles ("Kommunen" /
 * "Koncernen" / "Belopp, mkr" / "2024" / "2023" / "2024" / "2023"): a group title does not name a
 * unit, so when the first reading gives a group a unit and the second gives none, the second holds;
 * nor is a year the rows' title ("2023" / "2024" / "Län" / "Belopp" / "Andel" / …), nor "Län" a group's.
 *
 * Read one cell a column, the sub-titles would be taken for rows and every column shifted. The
 * header is read so only when the sub-titles repeat exactly under every group, two groups or
 * more over two columns or more each: each column then has the group over its sub-title (two
 * header rows), and `from` says which pasted unit each title came from.
 */
export interface GroupedTitles {
  /** Per column, the label column first: the group row ("" over the labels) and the sub-title row. */
  top: string[];
  sub: string[];
  /** Per column, the index of the unit its sub-title (or the label's title) was read from. */
  from: number[];
}

const MIN_GROUPS = 2;
const MIN_SPAN = 2;
/** A title naming a unit or an amount: the rows' title over the stub, never a group's. */
const UNIT = /\b(?:belopp|mkr|mnkr|tkr|mdkr|kr|kronor|miljoner|miljarder|tusental|sek)\b/i;

const YEAR = /^(?:19|20)\d{2}$/;
/** The title of a column of places: the rows' title, never a group's. */
const ROWS_TITLE = /^(?:län|region|regioner|kommun|kommuner|landsting|område|områden|verksamhet|myndighet)$/i;

export function groupedCellTitles(texts: readonly string[], k: number): GroupedTitles | null {
  const subs = k - 1;
  const groups = texts.length - 1 - subs;
  if (groups < MIN_GROUPS || subs % groups !== 0 || subs / groups < MIN_SPAN) return null;
  const span = subs / groups;
  const under = texts.slice(1 + groups);
  for (let c = span; c < subs; c++) if (under[c]!.trim() !== under[c % span]!.trim()) return null;
  const first = texts.slice(1, 1 + groups).map((t) => t.trim());
  const after = texts.slice(0, groups).map((t) => t.trim());
  // So does a year read as the rows' title, or a rows' title ("Län", "Region") read as a group's.
  const labelAfter = (first.some((t) => UNIT.test(t)) && !after.some((t) => UNIT.test(t))) || YEAR.test(texts[0]!.trim()) || (ROWS_TITLE.test(texts[groups]!.trim()) && !ROWS_TITLE.test(texts[0]!.trim()));
  const tops = labelAfter ? after : first;
  // Group titles differ from one another ("2022", "2023"); the same title twice is no grouping.
  if (new Set(tops).size !== groups) return null;
  const labelAt = labelAfter ? groups : 0;
  return {
    top: ['', ...under.map((_, c) => tops[Math.floor(c / span)]!)],
    sub: [texts[labelAt]!.trim(), ...under.map((t) => t.trim())],
    from: [labelAt, ...under.map((_, c) => 1 + groups + c)],
  };
}
