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
export const ROWS_TITLE = /^(?:län|region|regioner|kommun|kommuner|landsting|område|områden|verksamhet|myndighet)$/i;

/** A cell of a unit row under the sub-titles ("st", "tkr", "%"). */
const UNIT_CELL = /^(?:st|antal|tkr|mnkr|mkr|mdkr|kr|kronor|sek|%|procent)$/i;
/** A title over every group ("Regionalt stöd" over "2023" and "2024"): a few words, no figure, no end mark. */
export const OVER_ALL = /^\p{Lu}[\p{L} ,-]{2,40}$/u;
/** Words a caption is written with ("Kostnader per verksamhet"): a line holding one is the caption, not a title over groups. */
export const CAPTION_WORD = /(?:^|\s)(?:per|i|för|efter|och|av|till|inom|under|över|mellan)(?:\s|$)/i;

/**
 * Where the pasted titles keep their paragraphs, `paragraphAt` is the index of the first title after
 * a blank line: right after the group titles, it opens the rows' title and the sub-titles.
 *
 * Two more shapes of the same header: a unit row under the sub-titles ("st" / "tkr" / "st" /
 * "tkr"), which goes with each sub-title; and a title over all the groups before them
 * ("Regionalt stöd" / "2023" / "2024" / …), which goes before each group's title.
 */
export function groupedCellTitles(texts: readonly string[], k: number, paragraphAt: number | null = null): GroupedTitles | null {
  const subs = k - 1;
  const unitRow = texts.length > 2 * subs && texts.slice(-subs).every((t) => UNIT_CELL.test(t.trim())) ? texts.slice(-subs).map((t) => t.trim()) : null;
  const titles = unitRow ? texts.slice(0, -subs) : texts;
  const read = twoLevels(titles, k, paragraphAt) ?? (OVER_ALL.test(titles[0]!.trim()) && !CAPTION_WORD.test(titles[0]!) && !ROWS_TITLE.test(titles[0]!.trim()) ? overAll(titles, k) : null);
  if (!read || !unitRow) return read;
  return { ...read, sub: read.sub.map((t, c) => (c === 0 ? t : `${t} ${unitRow[c - 1]!}`)) };
}

function overAll(texts: readonly string[], k: number): GroupedTitles | null {
  const read = twoLevels(texts.slice(1), k);
  if (!read) return null;
  const over = texts[0]!.trim();
  return { top: read.top.map((t, c) => (c === 0 ? t : `${over} ${t}`)), sub: read.sub, from: read.from.map((f) => f + 1) };
}

function twoLevels(texts: readonly string[], k: number, paragraphAt: number | null = null): GroupedTitles | null {
  const subs = k - 1;
  const groups = texts.length - 1 - subs;
  if (groups < MIN_GROUPS) return null;
  const under = texts.slice(1 + groups);
  const groupOf = evenGroups(under, groups) ?? yearRunGroups(under, groups) ?? fitting(partTitleGroups(under), groups) ?? singlesBeside(under, groups);
  if (!groupOf) return null;
  const first = texts.slice(1, 1 + groups).map((t) => t.trim());
  const after = texts.slice(0, groups).map((t) => t.trim());
  // So does a year read as the rows' title, or a rows' title ("Län", "Region") read as a group's.
  // A blank line right after the group titles sets them apart from the rows' title and the sub-titles under it.
  const labelAfter = paragraphAt === groups || (first.some((t) => UNIT.test(t)) && !after.some((t) => UNIT.test(t))) || YEAR.test(texts[0]!.trim()) || (ROWS_TITLE.test(texts[groups]!.trim()) && !ROWS_TITLE.test(texts[0]!.trim()));
  const tops = labelAfter ? after : first;
  // Group titles differ from one another ("2022", "2023"); the same title twice is no grouping.
  if (new Set(tops).size !== groups) return null;
  const labelAt = labelAfter ? groups : 0;
  return {
    top: ['', ...under.map((_, c) => tops[groupOf[c]!]!)],
    sub: [texts[labelAt]!.trim(), ...under.map((t) => t.trim())],
    from: [labelAt, ...under.map((_, c) => 1 + groups + c)],
  };
}

/** Each group over the same sub-titles, as many under each: the group of every column. */
function evenGroups(under: readonly string[], groups: number): number[] | null {
  if (under.length % groups !== 0 || under.length / groups < MIN_SPAN) return null;
  const span = under.length / groups;
  for (let c = span; c < under.length; c++) if (under[c]!.trim() !== under[c % span]!.trim()) return null;
  return under.map((_, c) => Math.floor(c / span));
}

/**
 * Groups of one column each before or after groups over the same sub-titles ("Män" over
 * "Beviljat totalt", then "Budget" and "Plan" each over "2007" / "2006"): the columns of the
 * repeated run make the even groups, and the columns beside them one group each, as many as
 * the group titles left. The run must repeat at least twice, so a header of all-different
 * sub-titles is no such grouping.
 */
function singlesBeside(under: readonly string[], groups: number): number[] | null {
  for (let singles = 1; singles <= groups - MIN_GROUPS; singles++) {
    const lead = evenGroups(under.slice(singles), groups - singles);
    if (lead) return [...under.slice(0, singles).map((_, c) => c), ...lead.map((g) => g + singles)];
    const trail = evenGroups(under.slice(0, under.length - singles), groups - singles);
    if (trail) return [...trail, ...under.slice(under.length - singles).map((_, c) => groups - singles + c)];
  }
  return null;
}

/** A sub-title naming a part of the column before it ("därav bidrag", "varav lån"). */
const PART_TITLE = /^(?:därav|varav)\b/i;

/**
 * Groups whose sub-titles repeat only up to their parts ("Totalt" / "därav bidrag" / "därav lån"
 * under 2022, "Totalt" / "därav bidrag" under 2023): each group opens with the same title, which
 * names no part, and goes on with "därav"/"varav" titles that may differ from group to group; a
 * group ends where the opening title comes again. Per column, its group; null unless two groups or more.
 */
export function partTitleGroups(under: readonly string[]): number[] | null {
  const titles = under.map((t) => t.trim());
  const head = titles[0]!;
  if (PART_TITLE.test(head) || !titles.some((t) => PART_TITLE.test(t))) return null;
  const out: number[] = [];
  let g = -1;
  for (const t of titles) {
    if (t === head) g++;
    else if (!PART_TITLE.test(t)) return null;
    out.push(g);
  }
  return g >= 1 ? out : null;
}

/** A grouping with as many groups as there are group titles, else none. */
const fitting = (groupOf: number[] | null, groups: number): number[] | null => (groupOf && groupOf[groupOf.length - 1]! + 1 === groups ? groupOf : null);

/**
 * Groups over runs of years of different lengths ("Män" / "Drift" over "1997" "1998" | "1997"):
 * the years run one a year, all the same way (up or down, as the first step goes); a run ends
 * where the next year does not go on from the last, and there are as many runs as groups.
 */
function yearRunGroups(under: readonly string[], groups: number): number[] | null {
  const years = under.map((t) => t.trim());
  if (!years.every((t) => YEAR.test(t))) return null;
  const steps = years.slice(1).map((t, c) => Number(t) - Number(years[c]));
  const way = steps.find((d) => d !== 0);
  if (way === undefined || Math.abs(way) !== 1) return null;
  const out = [0];
  for (const d of steps) out.push(d === way ? out[out.length - 1]! : out[out.length - 1]! + 1);
  return out[out.length - 1]! + 1 === groups ? out : null;
}
