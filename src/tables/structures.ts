import { balanceMovements } from './balance-movements.js';
import { Decimal } from 'decimal.js';
import type { Row, Table } from '../model/table.js';
import { t } from '../messages/index.js';
import { isNamedTotalLabel, isTotalLabel } from '../regions/index.js';
import { OPERATING_NET_WORD, TOTAL_LABEL_WORDS } from '../lexicon/phrases.js';
import { councilRowDoubts } from './council-row.js';
import { namedSectionChecks } from './named-sections.js';
import { cashFlowChecks } from './cash-flow.js';
import { namesResultOfItem } from './result-items.js';
import { isStatisticLabel } from './statistic-row.js';
import { partOfArea } from './sub-area.js';
import { topCodeLevel } from './code-levels.js';
import { topNameLevel } from './name-levels.js';
import { countyRows } from './county-rows.js';

/**
 * The plausible ways a table's rows add up to its stated sums. Published tables are not one
 * flat block: a "Summa" closes a section and a grand total adds the sections; an adjustment
 * row ("Avgår …", "Minus tidigare beslutat …", a negative row) is netted by the next
 * subtotal; a subtotal is followed by more rows and a grand total ("Totalt", "SUMMA
 * TOTALT"); "varav" rows break out part of the row above; a total may be printed above its
 * parts. Each structure turns the rows into checks (this stated row = these rows, with
 * signs). The rules read the first structure as the table's reading and try the others only
 * when it does not reconcile; they never decide on their own what a table looks like.
 */
export type StructureName =
  | 'flat'
  | 'adjustments'
  | 'sections'
  | 'chain'
  | 'implicit-subtotals'
  | 'other-rows'
  | 'aggregate-rows'
  | 'closed-blocks'
  | 'total-above'
  | 'headed-sections'
  | 'groups'
  | 'named-totals'
  | 'indented'
  | 'evident-columns'
  | 'results'
  | 'cash-flow'
  | 'section-sums'
  | 'sections-and-items'
  | 'code-range'
  | 'code-levels'
  | 'name-levels'
  | 'county-rows'
  | 'named-sections'
  | 'same-measure'
  | 'year-header'
  | 'varav-heading'
  | 'breakdowns';

export interface Part {
  row: Row;
  /** −1 for an adjustment row written as a positive amount ("Avgår 200"). */
  sign: 1 | -1;
}

export interface SumCheck {
  stated: Row;
  /** The rows summed, those without a value in the column included (a rule decides what an empty cell means). */
  parts: Part[];
  structure: StructureName;
}

/** What each structure is called in messages. */
export const STRUCTURE_TEXT: Record<StructureName, () => string> = {
  flat: () => t('structure.flat'),
  adjustments: () => t('structure.adjustments'),
  sections: () => t('structure.sections'),
  chain: () => t('structure.chain'),
  'implicit-subtotals': () => t('structure.implicitSubtotals'),
  'other-rows': () => t('structure.otherRows'),
  'aggregate-rows': () => t('structure.aggregateRows'),
  'closed-blocks': () => t('structure.closedBlocks'),
  'total-above': () => t('structure.totalAbove'),
  'headed-sections': () => t('structure.headedSections'),
  groups: () => t('structure.groups'),
  'named-totals': () => t('structure.namedTotals'),
  indented: () => t('structure.indented'),
  'evident-columns': () => t('structure.evidentColumns'),
  results: () => t('structure.results'),
  'cash-flow': () => t('structure.cashFlow'),
  'section-sums': () => t('structure.sectionSums'),
  'sections-and-items': () => t('structure.sectionsAndItems'),
  'code-range': () => t('structure.codeRange'),
  'code-levels': () => t('structure.codeLevels'),
  'name-levels': () => t('structure.nameLevels'),
  'county-rows': () => t('structure.countyRows'),
  'named-sections': () => t('structure.namedSections'),
  'same-measure': () => t('structure.sameMeasure'),
  'year-header': () => t('structure.yearHeader'),
  'varav-heading': () => t('structure.varavHeading'),
  breakdowns: () => t('structure.breakdowns'),
};

const ADJUSTMENT = /^(?:avgår|avgå|avdrag|minus|avräkning|återbetalning|återkrav|reducering|reduktion|[-−–]\s*\S)/i;
// "varav X", "1.2 varav X", also set off by a dash or bullet ("– varav X", "- därav Y").
const VARAV = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:[-−–•*]\s*)?(?:varav|därav)\b/i;

/**
 * A row that breaks out part of the row above ("varav …", whatever kind the reader gave it; or
 * "del av Stockholms län" under "Stockholms län", read so by sub-area.ts): never summed again.
 */
export function isPartOfAbove(r: Row): boolean {
  return VARAV.test(r.label.trim()) || (r.kind === 'other' && partOfArea(r.label) !== null);
}

const isSum = (r: Row): boolean => r.kind === 'total' || r.kind === 'subtotal';
const isData = (r: Row): boolean => r.kind === 'data' && !isPartOfAbove(r);
const hasValue = (r: Row, col: number): boolean => r.cells[col]?.value != null;

/** An adjustment row: labelled as a deduction, or negative. */
export function isAdjustment(r: Row, col: number): boolean {
  return isData(r) && (ADJUSTMENT.test(r.label.trim()) || (r.cells[col]?.value?.isNegative() ?? false));
}

function part(row: Row, col: number, signed: boolean): Part {
  const v = row.cells[col]?.value;
  // A deduction written as a positive amount is subtracted; a negative one already is.
  const sign = signed && ADJUSTMENT.test(row.label.trim()) && v != null && v.isPositive() && !v.isZero() ? -1 : 1;
  return { row, sign };
}

/**
 * The reading kronkoll has always used: a subtotal sums the data rows since the previous
 * sum row, a total sums the subtotals since the previous total and the data rows after the
 * last of them. With `signed`, deductions are subtracted.
 */
function sequential(table: Table, col: number, signed: boolean, structure: StructureName, include: (r: Row) => boolean, closes: (r: Row) => boolean = () => false): SumCheck[] {
  const out: SumCheck[] = [];
  let data: Row[] = [];
  let subtotals: Row[] = [];
  for (const row of table.rows) {
    if (closes(row)) {
      data = [];
      continue;
    }
    if (include(row)) data.push(row);
    if (!isSum(row)) continue;
    const parts = row.kind === 'total' && subtotals.length > 0 ? [...subtotals, ...data] : data;
    out.push({ stated: row, parts: parts.map((r) => part(r, col, signed && r.kind === 'data')), structure });
    if (row.kind === 'subtotal') subtotals.push(row);
    else subtotals = [];
    data = [];
  }
  return out;
}


/** Every sum row but the last total closes a section; the last total adds the sections and loose rows. */
function sections(table: Table, col: number): SumCheck[] {
  const lastTotal = [...table.rows].reverse().find((r) => r.kind === 'total');
  const out: SumCheck[] = [];
  let data: Row[] = [];
  const closed: Row[] = [];
  for (const row of table.rows) {
    if (isData(row)) data.push(row);
    if (!isSum(row)) continue;
    if (row === lastTotal) {
      out.push({ stated: row, parts: [...closed, ...data].map((r) => part(r, col, r.kind === 'data')), structure: 'sections' });
      continue;
    }
    out.push({ stated: row, parts: data.map((r) => part(r, col, true)), structure: 'sections' });
    closed.push(row);
    data = [];
  }
  return out;
}

/**
 * A sum row right under two or more section sums, no item between, sums those sections: "Summa
 * tillgångar" under "Summa anläggningstillgångar" and "Summa omsättningstillgångar", "Summa eget
 * kapital och skulder" under the sums of equity, provisions and debts since. A section sum closes
 * items of its own; a run of sums with none (key figures listed as "Summa …") is no set of
 * sections. An item set loose between two sections (before the heading a section's sum is named
 * after) is not in that section's sum: the sum over the sections counts it beside them. A sum
 * row after two or more section sums and items of its own may also sum the sections with those
 * items (eliminations between a municipality's and its companies' sums), a reading tried beside
 * its own section.
 */
function sectionSums(table: Table, col: number): SumCheck[] {
  const named = new Map(namedSectionChecks(table.rows, isData).map((c) => [c.stated, new Set(c.parts.map((p) => p.row))]));
  const out: SumCheck[] = [];
  let closed: Row[] = [];
  let since: Row[] = [];
  for (const row of table.rows) {
    if (isData(row) && hasValue(row, col)) since.push(row);
    if (!isSum(row)) continue;
    if (since.length === 0) {
      if (closed.filter(isSum).length >= 2) out.push({ stated: row, parts: closed.map((r) => part(r, col, false)), structure: 'section-sums' });
      closed = [];
    } else {
      // Or the sections and the items after them: "SUMMA koncernens intäkter" = the municipality's
      // sum + the companies' sum + "Avgår interna intäkter" (eliminations after the sections).
      if (closed.filter(isSum).length >= 2) out.push({ stated: row, parts: [...closed, ...since].map((r) => part(r, col, r.kind === 'data')), structure: 'sections-and-items' });
      const own = named.get(row);
      if (own) closed.push(...since.filter((r) => !own.has(r)));
      closed.push(row);
    }
    since = [];
  }
  return out;
}

// Words of a sum's name that say nothing of what it sums.
const FILLER = new Set(['och', 'i', 'av', 'för', 'med', 'samt']);
// A word shorter than this names no section by itself ("ek", "st").
const MIN_NAME_WORD = 4;

const nameWords = (label: string): string[] =>
  label
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= MIN_NAME_WORD && !FILLER.has(w) && !TOTAL_LABEL_WORDS.has(w));

/**
 * Whether a sum's name covers the sections it stands under: it is a bare total ("Summa",
 * "Totalt"), or each section's name shares a word or a word's head with it ("Summa tillgångar" over
 * "Summa anläggningstillgångar" and "Summa omsättningstillgångar"; "Summa eget kapital, avsättningar
 * och skulder" over "Summa skulder"). A sum named for something else ("Summa anställda" under
 * "Summa intäkter" and "Summa kostnader") is a figure of another group, not their total.
 */
export function namesItsSections(stated: Row, sections: readonly Row[]): boolean {
  const own = nameWords(stated.label);
  if (own.length === 0) return true;
  return sections.every((s) => {
    const theirs = nameWords(s.label);
    return theirs.some((w) => own.some((o) => w.endsWith(o) || o.endsWith(w)));
  });
}

/**
 * A sum row is the sum row before it plus the data rows since (running subtotals). A result line
 * between them is a sum of its own ("Summa kostnader" goes on from "Summa rörelsekostnader" past
 * "Driftnetto"), not one of the rows added.
 */
function chain(table: Table, col: number): SumCheck[] {
  const results = resultRows(table, col);
  const out: SumCheck[] = [];
  let previous: Row | null = null;
  let data: Row[] = [];
  for (const row of table.rows) {
    if (isData(row) && !results.has(row)) data.push(row);
    if (!isSum(row)) continue;
    if (previous) out.push({ stated: row, parts: [previous, ...data].map((r) => part(r, col, r.kind === 'data')), structure: 'chain' });
    previous = row;
    data = [];
  }
  return out;
}

/** Data rows that equal the sum of two or more data rows just above them are unlabelled subtotals. */
function implicitSubtotals(table: Table, col: number): SumCheck[] {
  const out: SumCheck[] = [];
  let data: Row[] = [];
  const closed: Row[] = [];
  for (const row of table.rows) {
    const v = row.cells[col]?.value;
    if (isData(row) && v != null && data.length >= 2) {
      const sum = data.reduce((acc, r) => acc.plus(r.cells[col]!.value!), v.times(0));
      if (sum.eq(v)) {
        closed.push(row);
        data = [];
        continue;
      }
    }
    if (isData(row) && v != null) data.push(row);
    if (!isSum(row)) continue;
    if (closed.length > 0) out.push({ stated: row, parts: [...closed, ...data].map((r) => part(r, col, false)), structure: 'implicit-subtotals' });
    closed.length = 0;
    data = [];
  }
  return out;
}

/** A sum row with no rows above it in its section sums the rows below it, up to the next sum row. */
function totalAbove(table: Table, col: number): SumCheck[] {
  const out: SumCheck[] = [];
  const rows = table.rows;
  // A result line is a sum too: a section sum above it does not reach past it.
  const results = resultRows(table, col);
  rows.forEach((row, i) => {
    if (!isSum(row)) return;
    const before = rows.slice(0, i).reverse();
    const stop = before.findIndex(isSum);
    if ((stop < 0 ? before : before.slice(0, stop)).some((r) => isData(r) && hasValue(r, col))) return;
    const parts: Row[] = [];
    for (const r of rows.slice(i + 1)) {
      if (isSum(r) || results.has(r)) break;
      if (isData(r)) parts.push(r);
    }
    out.push({ stated: row, parts: parts.map((r) => part(r, col, true)), structure: 'total-above' });
  });
  return out;
}

/** One breakdown of a total printed above it: the heading it stands under and its rows. */
export interface Breakdown {
  heading: Row;
  parts: Row[];
}

const MIN_BREAKDOWNS = 2;
const MIN_BREAKDOWN_ROWS = 2;

/** A row of a label and no figure in any column: a heading over the rows under it. */
const isHeadingRow = (r: Row): boolean => r.label.trim() !== '' && !isSum(r) && !isPartOfAbove(r) && r.cells.every((c) => c.value == null && c.raw.trim() === '');

/**
 * A total printed above several breakdowns of the same whole, each under a heading of its own with
 * no figures ("Totalt 500", then "Per län" over rows adding to 500, then "Per verksamhet" over rows
 * adding to 500 again). Read as one flat section the total meets twice its sum; each breakdown is a
 * sum of its own. Only a sum with no data rows above it in its section, and only when every row up
 * to the next sum (or the table's end) is such a heading or a row of its breakdown: two breakdowns
 * or more, two rows or more each. "Varav" rows are left out, as everywhere.
 */
export function breakdownsBelow(table: Table, stated: Row): Breakdown[] | null {
  if (!isSum(stated)) return null;
  const rows = table.rows;
  const i = rows.indexOf(stated);
  // A sum right under the sums of its sections closes them ("Summa tillgångar" under the sums of
  // fixed and current assets): the headed rows below it are the next part of the table, not its breakdowns.
  if (closesSectionSums(rows, i)) return null;
  for (let k = i - 1; k >= 0 && !isSum(rows[k]!); k--) if (isData(rows[k]!) && rows[k]!.cells.some((c) => c.value != null)) return null;
  const out: Breakdown[] = [];
  for (const r of rows.slice(i + 1)) {
    if (isSum(r)) break;
    if (isPartOfAbove(r)) continue;
    if (isHeadingRow(r)) out.push({ heading: r, parts: [] });
    else if (isData(r) && out.length > 0) out[out.length - 1]!.parts.push(r);
    else return null;
  }
  return out.length >= MIN_BREAKDOWNS && out.every((b) => b.parts.length >= MIN_BREAKDOWN_ROWS) ? out : null;
}

/**
 * Whether the sum at `i` stands right under two or more section sums, each closing items of its
 * own, no item between (the reading `sectionSums` makes, in any column).
 */
function closesSectionSums(rows: readonly Row[], i: number): boolean {
  let closed = 0;
  let since = 0;
  for (const row of rows.slice(0, i)) {
    if (isData(row) && row.cells.some((c) => c.value != null)) since++;
    if (!isSum(row)) continue;
    closed = since === 0 ? 0 : closed + 1;
    since = 0;
  }
  return since === 0 && closed >= 2;
}

/**
 * Subtotals set above their sections (a table whose first figure is a subtotal): each sums the
 * data rows under it up to the next sum row; a subtotal with no rows under it is an item of
 * its own; a total sums the subtotals and items since the previous total.
 */
function headedSections(table: Table, col: number): SumCheck[] | null {
  const rows = table.rows;
  const first = rows.find((r) => hasValue(r, col));
  if (!first || first.kind !== 'subtotal') return null;
  const out: SumCheck[] = [];
  let top: Row[] = [];
  rows.forEach((row, i) => {
    if (row.kind === 'subtotal') {
      const parts: Row[] = [];
      for (const r of rows.slice(i + 1)) {
        if (isSum(r)) break;
        if (isData(r)) parts.push(r);
      }
      if (parts.length > 0) out.push({ stated: row, parts: parts.map((r) => part(r, col, true)), structure: 'headed-sections' });
      top.push(row);
    } else if (row.kind === 'total') {
      out.push({ stated: row, parts: top.map((r) => part(r, col, false)), structure: 'headed-sections' });
      top = [];
    }
  });
  return out;
}

/** How far a reading is from reconciling: the summed differences of its checks. */
function distance(checks: SumCheck[], col: number): Decimal {
  let d = new Decimal(0);
  for (const c of checks) {
    const stated = c.stated.cells[col]?.value;
    if (stated == null) continue;
    const sum = c.parts.reduce((acc, p) => acc.plus((p.row.cells[col]?.value ?? new Decimal(0)).times(p.sign)), new Decimal(0));
    d = d.plus(sum.minus(stated).abs());
  }
  return d;
}

/**
 * The table's first reading: sequential sums over data rows, or, when the table opens with a
 * subtotal, sections headed by their sums if that reading comes closer to reconciling: the
 * table's own figures say which way its sums run.
 */
export function primaryChecks(table: Table, col: number): SumCheck[] {
  const flat = flatChecks(table, col);
  const headed = headedSections(table, col);
  if (headed && distance(headed, col).lt(distance(flat.filter((c) => c.parts.some((p) => hasValue(p.row, col))), col))) return headed;
  return flat;
}

/** The sequential reading, result lines in a chain of results left out: the section sum after one does not count it. */
function flatChecks(table: Table, col: number): SumCheck[] {
  const results = resultRows(table, col);
  return sequential(table, col, false, 'flat', (r) => isData(r) && !results.has(r));
}

/** Whether the parts make the stated row within their printed precision, in a column. */
function addsUp(stated: Row, parts: readonly Part[], col: number): boolean {
  const c = stated.cells[col];
  if (c?.value == null || parts.length < 2) return false;
  let total = new Decimal(0);
  let slack = c.precision;
  for (const p of parts) {
    const v = p.row.cells[col];
    if (v?.value == null) return false;
    total = total.plus(p.sign < 0 ? v.value.negated() : v.value);
    slack = slack.plus(v.precision);
  }
  return total.minus(c.value).abs().lte(slack);
}

// Columns in which a sum must go on from the sum before it before every column is read so.
const MIN_RUNNING_COLUMNS = 2;
const RUNNING = new WeakMap<Table, Set<Row>>();

/**
 * Subtotals that go on from the sum before them ("Summa kostnader" = "Summa rörelsekostnader" plus
 * the costs after "Driftnetto"): in two or more columns and at least half of those where it can
 * be tried the running sum holds, and in none the sum of the rows since the sum before it does.
 * The other columns say how the table adds up; a mismatch read so is a reading, so at most a
 * warning (column-total names it). Each table is tallied once.
 */
export function runningSums(table: Table): Set<Row> {
  const known = RUNNING.get(table);
  if (known) return known;
  const out = new Set<Row>();
  if (table.columns.length >= MIN_RUNNING_COLUMNS) {
    const tally = new Map<Row, { runs: number; tried: number; flat: number }>();
    for (let col = 0; col < table.columns.length; col++) {
      const flat = new Map(flatChecks(table, col).map((c) => [c.stated, c]));
      for (const c of chain(table, col)) {
        if (c.stated.kind !== 'subtotal' || !c.parts.every((p) => hasValue(p.row, col)) || !hasValue(c.stated, col)) continue;
        const t = tally.get(c.stated) ?? { runs: 0, tried: 0, flat: 0 };
        t.tried++;
        if (addsUp(c.stated, c.parts, col)) t.runs++;
        const f = flat.get(c.stated);
        if (f && addsUp(c.stated, f.parts, col)) t.flat++;
        tally.set(c.stated, t);
      }
    }
    for (const [row, t] of tally) if (t.runs >= MIN_RUNNING_COLUMNS && t.runs * 2 >= t.tried && t.flat === 0) out.add(row);
  }
  RUNNING.set(table, out);
  return out;
}

/**
 * The table's first row with figures, when its figures are all years written bare ("Post   2018",
 * "Län  2022  2023") and its label has no digit: the header over the columns, which the reader
 * could not tell from a row of values. Null otherwise.
 */
const YEAR = /^(?:19|20)\d{2}$/;
export function yearRow(table: Table): Row | null {
  const first = table.rows.find((r) => r.cells.some((c) => c.value !== null));
  if (!first || first.kind !== 'data' || /\d/.test(first.label)) return null;
  const filled = first.cells.map((c, k) => ({ c, k })).filter(({ c }) => c.raw.trim() !== '');
  if (filled.length === 0 || !filled.every(({ c }) => YEAR.test(c.raw.trim()))) return null;
  // A column of years throughout is years; a header's year stands over items' figures of another kind.
  const below = table.rows.slice(table.rows.indexOf(first) + 1).filter((r) => r.kind === 'data');
  return filled.every(({ k }) => below.some((r) => r.cells[k]?.value != null && !YEAR.test(r.cells[k]!.raw.trim()))) ? first : null;
}

/**
 * A check that counts rows read as not items: named after what they are, since "unlabelled rows" is
 * wrong for an area's row or a part of one ("Norrland", "varav …" set apart) that has a label.
 */
function namedOtherRows(checks: SumCheck[]): SumCheck[] {
  return checks.map((c) => (c.parts.some(({ row }) => row.kind === 'other' && row.label.trim() !== '') ? { ...c, structure: 'aggregate-rows' } : c));
}

/** Other readings to try, in order, when the first does not reconcile. */
export function alternativeChecks(table: Table, col: number): SumCheck[] {
  const other = (r: Row): boolean => isData(r) || (r.kind === 'other' && !isPartOfAbove(r) && hasValue(r, col));
  return [
    ...sequential(table, col, true, 'adjustments', isData),
    ...sections(table, col),
    ...chain(table, col),
    ...implicitSubtotals(table, col),
    ...namedOtherRows(sequential(table, col, true, 'other-rows', other)),
    // A line of figures with no label that did not add up to be read as a sum line (unlabelled-sums.ts)
    // still closes the block above it, as the table's other such lines do: the next sum starts under it.
    ...sequential(table, col, false, 'closed-blocks', isData, (r) => r.kind === 'other' && r.label.trim() === '' && r.cells.some((c) => c.value != null)),
    ...totalAbove(table, col),
    ...namedSectionChecks(table.rows, isData),
    ...yearHeader(table, col),
    ...varavHeadings(table, col),
    ...cashFlowSums(table),
    ...sectionSums(table, col),
    ...codeLevelSums(table),
    ...countyRowSums(table),
  ];
}

/** A heading that only says "Varav" or "Därav" ("Varav:"), its figures on the rows under it. */
const VARAV_HEADING = /^(?:[-−–•*]\s*)?(?:varav|därav)\s*:?$/i;
/** Rows under such a heading that may be its parts, at most. */
const MAX_VARAV_PARTS = 6;

/**
 * A bare "Varav" line between a row and the rows that break it out, the page not saying where
 * they end (a later part may stand flush with the items):
 *
 *   Nya förpliktelser          4 222
 *   Varav
 *      Ränteuppräkning         5 915
 *   Övrig post                  -686
 *   Årets utbetalningar      -19 583
 *   Summa                    -15 361
 *
 * The sum is read again with the first one, two, … rows under the heading left out as parts of
 * the row above it; one that reconciles is an info naming the reading.
 */
function varavHeadings(table: Table, col: number): SumCheck[] {
  const out: SumCheck[] = [];
  for (const base of sequential(table, col, true, 'varav-heading', isData)) {
    const rows = table.rows;
    const from = rows.indexOf(base.parts[0]?.row ?? base.stated);
    const to = rows.indexOf(base.stated);
    for (let h = Math.max(0, from - 1); h < to; h++) {
      const heading = rows[h]!;
      if (!VARAV_HEADING.test(heading.label.trim()) || heading.cells.some((c) => c.value != null)) continue;
      const under = rows.slice(h + 1, to).filter((r) => base.parts.some((p) => p.row === r));
      for (let n = 1; n <= Math.min(MAX_VARAV_PARTS, under.length - 1); n++) {
        const skip = new Set(under.slice(0, n));
        out.push({ stated: base.stated, parts: base.parts.filter((p) => !skip.has(p.row)), structure: 'varav-heading' });
      }
    }
  }
  return out;
}

/** A total over rows nested by code, or by county and municipality names: the rows at the top level alone (code-levels.ts, name-levels.ts). */
function codeLevelSums(table: Table): SumCheck[] {
  const coded = topCodeLevel(table);
  const top = coded ?? topNameLevel(table);
  if (!top) return [];
  const structure = coded ? ('code-levels' as const) : ('name-levels' as const);
  return table.rows.filter((r) => r.kind === 'total').map((stated) => ({ stated, parts: top.map((row) => ({ row, sign: 1 as const })), structure }));
}

/** A national total over the 21 counties where the table names areas made of them too (county-rows.ts). */
function countyRowSums(table: Table): SumCheck[] {
  const counties = countyRows(table);
  if (!counties) return [];
  return table.rows.filter((r) => r.kind === 'total').map((stated) => ({ stated, parts: counties.map((row) => ({ row, sign: 1 as const })), structure: 'county-rows' as const }));
}

/** A cash flow statement's closing lines over their sections (cash-flow.ts): read from the labels. */
export function cashFlowSums(table: Table): SumCheck[] {
  return cashFlowChecks(table, isData).map((c) => ({ stated: c.stated, parts: c.parts.map((row) => ({ row, sign: 1 as const })), structure: 'cash-flow' as const }));
}

/** The sums without a first row of years, read as the header it may be. */
function yearHeader(table: Table, col: number): SumCheck[] {
  const years = yearRow(table);
  return years ? sequential(table, col, false, 'year-header', (r) => isData(r) && r !== years) : [];
}

/** A row's place in a table grouped by a first label column: its group and its label within the group. */
export interface GroupedRow {
  row: Row;
  group: string;
  inner: string;
}

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
// Words statistics tables use for a group's own total besides "Totalt" and "Samtliga".
const GROUP_TOTAL = /^(?:båda könen|bägge könen|alla|totalt antal|samtliga)$/i;

/**
 * The groups of a table whose label is printed over two columns ("Stat | Män", "Kvinnor",
 * "Totalt", "Kommun | Män" …): a group label stands on the first row of its group and covers the
 * rows after it up to the next group label, as a rowspan would. Null unless two or more groups
 * repeat the same inner labels: only then do the labels themselves show the table's structure.
 */
export function labelGroups(table: Table): GroupedRow[] | null {
  const out: GroupedRow[] = [];
  let group: string | null = null;
  for (const row of table.rows) {
    const cut = row.label.indexOf(' | ');
    if (cut > 0) group = row.label.slice(0, cut).trim();
    if (group === null) continue;
    out.push({ row, group, inner: cut > 0 ? row.label.slice(cut + 3).trim() : row.label.trim() });
  }
  const groups = new Map<string, Set<string>>();
  for (const g of out) groups.set(key(g.group), (groups.get(key(g.group)) ?? new Set()).add(key(g.inner)));
  if (groups.size < 2) return null;
  const seen = new Map<string, number>();
  for (const inner of groups.values()) for (const i of inner) seen.set(i, (seen.get(i) ?? 0) + 1);
  return [...seen.values()].some((n) => n >= 2) ? out : null;
}

/**
 * Sums a grouped table states in its labels: a group's total row ("Stat | Totalt") sums the
 * group's other rows, and each row of the total group ("Totalt | Män") sums the rows of the same
 * inner label in the other groups. A group total the reader already marked as a total row is
 * left to the ordinary reading, which checks it the same way.
 */
export function groupChecks(table: Table, col: number): SumCheck[] {
  const rows = labelGroups(table);
  if (!rows) return [];
  const out: SumCheck[] = [];
  const isTotal = (s: string): boolean => isTotalLabel(s) || GROUP_TOTAL.test(s.trim());
  const byGroup = new Map<string, GroupedRow[]>();
  for (const g of rows) byGroup.set(key(g.group), [...(byGroup.get(key(g.group)) ?? []), g]);
  for (const members of byGroup.values()) {
    const totals = members.filter((m) => isTotal(m.inner));
    const items = members.filter((m) => !isTotal(m.inner) && !isPartOfAbove(m.row));
    if (totals.length === 1 && items.length >= 2 && totals[0]!.row.kind !== 'total' && totals[0]!.row.kind !== 'subtotal') {
      out.push({ stated: totals[0]!.row, parts: items.map((m) => ({ row: m.row, sign: 1 })), structure: 'groups' });
    }
  }
  const totalGroups = [...byGroup.entries()].filter(([g]) => isTotal(g));
  if (totalGroups.length !== 1) return out;
  const others = [...byGroup.entries()].filter(([g]) => !isTotal(g)).map(([, m]) => m);
  for (const stated of totalGroups[0]![1]) {
    const parts: GroupedRow[] = [];
    for (const members of others) {
      const same = members.filter((m) => key(m.inner) === key(stated.inner));
      if (same.length === 1) parts.push(same[0]!);
    }
    if (parts.length >= 2) out.push({ stated: stated.row, parts: parts.map((m) => ({ row: m.row, sign: 1 })), structure: 'groups' });
  }
  return out;
}

/**
 * Totals named for what they total ("Totala inkomster", "Totalt anslag") in a table where the
 * reader marked no sum row: the first sums the rows above it, each later one the one before it
 * and the rows since (a running total: "Totalt X", then "Totalt X inklusive Y").
 */
export function namedTotalChecks(table: Table, col: number): SumCheck[] {
  // A cash flow statement's "Total kassaflöde" sums its sections' flows (cash-flow.ts), not every row above it.
  // A named total its rows make exactly is a subtotal (named-sums.ts) and still opens the running total after it,
  // but not in a table of label groups, whose group totals are checked across the groups (groupChecks).
  const named = (r: Row): boolean => (r.kind === 'data' || r.kind === 'subtotal') && isNamedTotalLabel(r.label);
  if (table.rows.some((r) => isSum(r) && !named(r)) || cashFlowChecks(table, isData).length > 0) return [];
  if (table.rows.some(isSum) && labelGroups(table) !== null) return [];
  if (!table.rows.some((r) => r.kind === 'data' && isNamedTotalLabel(r.label))) return [];
  const out: SumCheck[] = [];
  let previous: Row | null = null;
  let data: Row[] = [];
  for (const row of table.rows) {
    if (named(row)) {
      const parts = previous ? [previous, ...data] : data;
      out.push({ stated: row, parts: parts.map((r) => part(r, col, false)), structure: 'named-totals' });
      previous = row;
      data = [];
    } else if (isData(row)) data.push(row);
  }
  return out;
}

// An income statement's result lines: "Rörelseresultat", "Resultat efter finansiella poster", "Årets
// resultat", "Balanskravsresultat", and a municipality's "Verksamhetens nettokostnader".
const RESULT_WORD = /^\p{L}*resultat$/u;
const NET_COST = /^(?:verksamhetens\s+)?nettokostnad(?:er)?\b/u;
// Retained and accumulated results are items of a balance sheet's equity, not result lines.
const EQUITY = /\b(?:balanser\p{L}*|ackumuler\p{L}*|tidigare\s+års)\b/u;

/** Whether a label is an income statement's result line. */
export function isResultLabel(label: string): boolean {
  const key = label.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').trim();
  if (key === '' || EQUITY.test(key) || namesResultOfItem(key)) return false;
  return NET_COST.test(key) || key.split(/\s+/).some((w) => RESULT_WORD.test(w) || OPERATING_NET_WORD.test(w));
}

/**
 * An income statement's result lines: each is the result line before it plus the sums and
 * items since (Rörelseresultat = Summa intäkter + Summa kostnader; Resultat efter finansiella
 * poster = Rörelseresultat + Summa finansiella poster; Årets resultat = Resultat före skatt +
 * Skatt). The first result line sums the section sums above it, or, where there are none, the
 * items above it, and only when they show both signs (income less costs). That a line is a
 * result is read from its label; a grand total ends the chain.
 *
 * A section sum that goes on from the sum before it (it is that sum plus the items since, result
 * lines left out, in this column's figures) takes its place: "Summa kostnader" over "Summa
 * rörelsekostnader", "Driftnetto" and the costs after it holds the running costs, so the next
 * result line counts it, less the running costs a result line before it already counted.
 */
export function resultChecks(table: Table, col: number): SumCheck[] {
  if (table.rows.some((r) => r.number !== undefined)) return [];
  const out: SumCheck[] = [];
  let previous: Row | null = null;
  let sums: Part[] = [];
  let items: Row[] = [];
  // Sums a result line has counted since the last grand total, and the items since the last sum.
  let counted = new Set<Row>();
  let lastSum: Row | null = null;
  let sinceSum: Row[] = [];
  // "Årets resultat" among a balance's movements is an item (balance-movements.ts).
  const movements = balanceMovements(table);
  for (const row of table.rows) {
    if (row.kind === 'total') {
      previous = null;
      sums = [];
      items = [];
      counted = new Set();
      lastSum = null;
      sinceSum = [];
    } else if (row.kind === 'data' && isResultLabel(row.label) && !movements.has(row)) {
      const parts: Part[] = [...(previous ? [{ row: previous, sign: 1 as const }] : []), ...sums, ...items.map((r) => ({ row: r, sign: 1 as const }))];
      // The first result line nets income against costs: its parts show both signs (a balance sheet's equity items do not).
      const signs = new Set(parts.map((p) => p.row.cells[col]?.value?.s).filter((x) => x !== undefined));
      if (parts.length >= 2 && (previous !== null || signs.size === 2)) out.push({ stated: row, parts, structure: 'results' });
      for (const p of parts) counted.add(p.row);
      previous = row;
      sums = [];
      items = [];
    } else if (row.kind === 'subtotal') {
      const from = lastSum !== null && goesOn(table, row, lastSum, sinceSum, col) ? lastSum : null;
      if (from !== null && sums.some((p) => p.row === from)) sums = sums.filter((p) => p.row !== from);
      else if (from !== null && counted.has(from)) sums.push({ row: from, sign: -1 });
      sums.push({ row, sign: 1 });
      items = [];
      lastSum = row;
      sinceSum = [];
    } else if (isData(row)) {
      items.push(row);
      if (!isResultLabel(row.label)) sinceSum.push(row);
    }
  }
  return out;
}

/**
 * Whether a sum is the sum before it plus the items since, within their printed precision: in
 * this column, or, where its figures do not make it here, in two or more columns and at least half
 * of those where they can be tried (the table's way of adding up; this column's mismatch is then
 * the sum's own).
 */
function goesOn(table: Table, sum: Row, before: Row, since: readonly Row[], col: number): boolean {
  if (since.length === 0) return false;
  const parts: Part[] = [before, ...since].map((row) => ({ row, sign: 1 }));
  if (addsUp(sum, parts, col)) return true;
  let runs = 0;
  let tried = 0;
  for (let k = 0; k < table.columns.length; k++) {
    if (!hasValue(sum, k) || !parts.every((p) => hasValue(p.row, k))) continue;
    tried++;
    if (addsUp(sum, parts, k)) runs++;
  }
  return runs >= MIN_RUNNING_COLUMNS && runs * 2 >= tried;
}

/** Result lines that stand in a chain of results (resultChecks) in a column: sums, never items of a section. */
function resultRows(table: Table, col: number): Set<Row> {
  return new Set(resultChecks(table, col).map((c) => c.stated));
}

// "Statens övriga inkomster (2000–8000)", "Summa 1–27": the codes of the rows a row sums.
const CODE_RANGE = /(?:^|[\s(])(\d{1,5})\s?[–-]\s?(\d{1,5})(?:[\s),:]|$)/u;
const LEADING_CODE = /^(\d{1,5})(?:[\s.:]|$)/u;
// A mean or a rate over a range is no sum of it.
const NOT_A_RANGE_SUM = /genomsnitt|medel|per\s|andel|procent|%/iu;

/** The code a row's label opens with ("2000 Inkomster av statens verksamhet"), or the row's code. */
function leadingCode(r: Row): number | null {
  const m = LEADING_CODE.exec(r.code ?? r.label.trim());
  return m ? Number(m[1]) : null;
}

/**
 * A row whose label names the codes of the rows it sums ("Statens övriga inkomster (2000–8000)"):
 * the rows whose labels open with a code in that range, two or more. Read from the labels.
 */
export function codeRangeChecks(table: Table): { stated: Row; parts: Row[] }[] {
  const out: { stated: Row; parts: Row[] }[] = [];
  for (const row of table.rows) {
    const label = row.label.trim();
    // A sum row is checked as one already; a row with a code of its own is an item.
    if (isSum(row) || NOT_A_RANGE_SUM.test(label) || leadingCode(row) !== null) continue;
    const m = CODE_RANGE.exec(label);
    if (!m) continue;
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (!(from < to)) continue;
    const parts = table.rows.filter((r) => r !== row && !isPartOfAbove(r) && !isSum(r) && ((c) => c !== null && c >= from && c <= to)(leadingCode(r)));
    if (parts.length >= 2) out.push({ stated: row, parts });
  }
  return out;
}

/**
 * A row printed above its parts without being marked a sum ("Utgifter" over its indented
 * items; a committee's row over its activities), and why the parts are taken to be its parts.
 */
export interface EvidentSum {
  stated: Row;
  parts: Row[];
  evidence: 'indented' | 'evident-columns';
  /** For evident-columns: the columns in which the parts make the row exactly. */
  exact?: number;
}

// How many rows a row over its parts may have under it, for the search by columns.
const MAX_PARTS = 40;
// Columns in which the parts must make the row exactly before the other columns are read so too.
const MIN_EXACT_COLUMNS = 3;

const valueAt = (r: Row, col: number): Decimal | null => r.cells[col]?.value ?? null;

/**
 * Rows over their parts that the table shows without marking them as sums:
 *
 * - by indentation: a data row followed by rows set further in (the label's leading space, from
 *   `indent`), its parts being those at the first level in; "varav" rows are never parts;
 * - by the figures: a data row that the k data rows right under it make exactly in at least
 *   three columns (with two or more non-zero parts each) and within their rounding in all but a
 *   third of the columns where every figure is given, or exactly in two and within rounding in
 *   all of three or more. Equal in several columns at once is not
 *   luck, but it is still a reading: checks built on it warn, never err.
 */
export function evidentSums(table: Table, indent: (r: Row) => number | null): EvidentSum[] {
  if (table.rows.some((r) => r.number !== undefined)) return [];
  const out: EvidentSum[] = [];
  const rows = table.rows;
  const claimed = new Set<Row>();
  rows.forEach((row, i) => {
    if (!isData(row)) return;
    const own = indent(row);
    if (own === null) return;
    // A result line set out under items set in ("Verksamhetens nettokostnader" under its indented
    // income and costs) closes the items above it; the items set in under it belong to the next result.
    const above = rows.slice(0, i).reverse().find(isData);
    const aboveIndent = above ? indent(above) : null;
    if (aboveIndent !== null && aboveIndent > own && isResultLabel(row.label)) return;
    const under: { row: Row; indent: number }[] = [];
    for (const r of rows.slice(i + 1)) {
      const d = indent(r);
      if (d === null || d <= own || isSum(r)) break;
      under.push({ row: r, indent: d });
    }
    if (under.length === 0) return;
    const level = Math.min(...under.map((u) => u.indent));
    const parts = under.filter((u) => u.indent === level && isData(u.row)).map((u) => u.row);
    if (parts.length >= 2) {
      out.push({ stated: row, parts, evidence: 'indented' });
      claimed.add(row);
    }
  });
  const width = table.columns.length;
  rows.forEach((row, i) => {
    if (!isData(row) || claimed.has(row)) return;
    let best: { k: number; exact: number } | null = null;
    const sums: (Decimal | null)[] = Array.from({ length: width }, () => new Decimal(0));
    const slack: Decimal[] = Array.from({ length: width }, () => new Decimal(0));
    const nonZero: number[] = Array.from({ length: width }, () => 0);
    for (let k = 1; k <= MAX_PARTS && i + k < rows.length; k++) {
      const r = rows[i + k]!;
      if (!isData(r)) break;
      for (let c = 0; c < width; c++) {
        const v = valueAt(r, c);
        const s = sums[c];
        if (s === null || s === undefined) continue;
        if (v === null) {
          sums[c] = null;
          continue;
        }
        sums[c] = s.plus(v);
        slack[c] = slack[c]!.plus(r.cells[c]!.precision);
        if (!v.isZero()) nonZero[c]!++;
      }
      if (k < 2) continue;
      let exact = 0;
      let complete = 0;
      let off = 0;
      for (let c = 0; c < width; c++) {
        const stated = valueAt(row, c);
        const s = sums[c];
        if (stated === null || s === null || s === undefined) continue;
        complete++;
        const diff = s.minus(stated).abs();
        if (diff.isZero()) {
          if (!stated.isZero() && nonZero[c]! >= 2) exact++;
        } else if (diff.gt(slack[c]!.plus(row.cells[c]!.precision))) off++;
      }
      // Three exact columns with a third off at most, or two exact and the rest within rounding.
      const evident = (exact >= MIN_EXACT_COLUMNS && off * 3 <= complete) || (exact >= 2 && off === 0 && complete >= MIN_EXACT_COLUMNS);
      if (evident && (!best || exact > best.exact)) best = { k, exact };
    }
    if (best) out.push({ stated: row, parts: rows.slice(i + 1, i + 1 + best.k), evidence: 'evident-columns', exact: best.exact });
  });
  return out;
}

/** The checks of the rows over their parts in one column. */
export function evidentChecks(sums: readonly EvidentSum[], col: number): SumCheck[] {
  return sums
    .filter((e) => hasValue(e.stated, col))
    .map((e) => ({ stated: e.stated, parts: e.parts.map((r) => ({ row: r, sign: 1 as const })), structure: e.evidence }));
}

/** The label a person reads for a row of a grouped table: "Stat | Totalt" for a "Totalt" under "Stat". */
export function groupedLabel(table: Table, row: Row): string {
  const g = labelGroups(table)?.find((x) => x.row === row);
  return g && !row.label.includes(' | ') ? `${g.group} | ${g.inner}` : row.label;
}

/**
 * Whether the table's structure leaves room for another reading: rows with values that are
 * neither data nor sums (and not "varav"), deductions, or more than one grand total.
 */
export function structureDoubts(table: Table, col: number): string[] {
  const out: string[] = [];
  // Sums above their sections were read so because the figures come closer that way: a reading, not a certainty.
  if (primaryChecks(table, col).some((c) => c.structure === 'headed-sections')) out.push(t('structure.doubtHeadedSections'));
  // A statistic row ("Medelvärde") is known for what it is: no doubt about the sum.
  if (table.rows.some((r) => r.kind === 'other' && hasValue(r, col) && !isPartOfAbove(r) && !isStatisticLabel(r.label))) out.push(t('structure.doubtOtherRows'));
  if (table.rows.some((r) => isAdjustment(r, col))) out.push(t('structure.doubtAdjustments'));
  if (table.rows.filter((r) => r.kind === 'total').length > 1) out.push(t('structure.doubtManyTotals'));
  // A first row that is part of the row above it ("varav …"): that row, and maybe more, was not read into the table.
  const first = table.rows.find((r) => r.cells.some((c) => c.value !== null));
  if (first && isPartOfAbove(first)) out.push(t('structure.doubtOpensWithPart', { label: first.label }));
  const years = yearRow(table);
  if (years) out.push(t('structure.doubtYearRow', { label: years.label }));
  // A data row that names a sum ("Intäkter totalt") its rows above do not make: summed as a part,
  // it may be the sum of a section the table does not mark, so the grand total's parts are a reading.
  const named = table.rows.findIndex((r) => r.kind === 'data' && hasValue(r, col) && isNamedTotalLabel(r.label));
  if (named >= 0 && table.rows.slice(named + 1).some((r) => isSum(r) && hasValue(r, col))) out.push(t('structure.doubtNamedSumRow', { label: table.rows[named]!.label }));
  out.push(...councilRowDoubts(table, col));
  return out;
}
