import { cutLastRow } from '../support/cut-copy.js';
import { judgeSum } from '../../compare/certainty.js';
import { cellDoubts, columnReading, misgroupedCells } from '../../tables/column-reading.js';
import type { Figure } from '../../compare/interval.js';
import type { Column, Row, Table } from '../../model/table.js';
import { namesOwnSum, TOTAL_HEADER } from '../../tables/units.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { allMeans } from '../../tables/mean-row.js';
import { PART_OF_COLUMN } from '../../lexicon/phrases.js';

/**
 * Component columns add up to the row's total column. The total column is found from the
 * headers ("Totalt", "Summa", "Totalt (kronor)"); its components are the other columns of the
 * same unit under the same header group. Shares and rates are never components, nor is a column
 * that names itself a part of another ("Därav …", "varav …"). Counts of
 * persons or things ("Män", "Kvinnor", "Totalt") are, but a count column may as well be a subset
 * of another ("Sökande", "Beviljade"): a mismatch over counts is a warning that says so.
 */

export interface RowRelation {
  total: number;
  parts: number[];
  /** Counts: that the other columns are the total's parts is assumed from the headers. */
  counts?: boolean;
  /**
   * Percent columns (tax rates, shares of one base): a total of percents may as well be a
   * weighted mean, so the relation holds only where most complete rows show it.
   */
  percent?: boolean;
  /** The total column states no unit ("Summa" beside "Antal 2022", "Antal 2023"): read in its parts' unit. */
  unitFromParts?: boolean;
  /**
   * The header names a sum of its own ("Summa tillgångar"): that it is the other columns' total is
   * no more than a guess, so the relation holds only where most complete rows show it.
   */
  named?: boolean;
}

const COUNTS = new Set(['persons', 'count']);

const group = (c: Column): string => c.header.slice(0, -1).join('\u0000');
const isTotal = (c: Column): boolean => TOTAL_HEADER.test(c.header[c.header.length - 1] ?? '');

/** Which columns add up to which, found from the header paths alone. */
export function rowRelations(table: Table): RowRelation[] {
  const cols = table.columns;
  const relations: RowRelation[] = [];
  const totals = cols.map((c, i) => (isTotal(c) ? i : -1)).filter((i) => i >= 0);
  const coveredByGroupTotal = new Set<number>();
  // Group totals first ("BUP / Totalt"), then the top-level total over what is left.
  const ordered = [...totals].sort((a, b) => cols[b]!.header.length - cols[a]!.header.length);
  for (const t of ordered) {
    const stated = cols[t]!;
    // A total column with no unit of its own, beside columns of one unit at its scale, is in that unit.
    const unitFromParts = stated.unit === null && !stated.rate ? partsUnit(cols, t) : null;
    const tc = unitFromParts ? { ...stated, unit: unitFromParts } : stated;
    const counts = tc.unit !== null && COUNTS.has(tc.unit);
    const percent = tc.unit === 'percent';
    if (!percent && ((tc.unit !== 'SEK' && tc.unit !== null && !counts) || tc.rate)) continue;
    const g = group(tc);
    const parts: number[] = [];
    cols.forEach((c, i) => {
      if (i === t || c.unit !== tc.unit || c.scale === undefined || (c.rate && !percent)) return;
      if (g !== '' && group(c) !== g) return;
      if (g === '' && coveredByGroupTotal.has(i)) return;
      if (isTotal(c) && g !== '') return;
      // "Därav finansiell leasing", "varav kvinnor": a part of another column, not of the total.
      if (PART_OF_COLUMN.test(c.header[c.header.length - 1] ?? '')) return;
      parts.push(i);
    });
    // A column after the total that breaks it down ("Summa | Kvinnor": of whom women) is no part of
    // it where the columns before the total make it, row by row.
    const before = parts.filter((p) => p < t);
    if (before.length >= 2 && before.length < parts.length && shownByRows(table, { total: t, parts: before })) parts.splice(0, parts.length, ...before);
    if (parts.length < 2) continue;
    if (g !== '') for (const p of parts) coveredByGroupTotal.add(p);
    const rel: RowRelation = counts ? { total: t, parts, counts } : percent ? { total: t, parts, percent } : { total: t, parts };
    const named = namesOwnSum(stated.header[stated.header.length - 1] ?? '') ? { named: true } : {};
    relations.push(unitFromParts ? { ...rel, ...named, unitFromParts: true } : { ...rel, ...named });
  }
  return relations;
}

/**
 * Whether the row's total is the sum of every other column of its unit, those whose titles say
 * they are parts of another column included: the reading where those titles stand off their figures.
 */
function addsWithEveryColumn(table: Table, row: Row, rel: RowRelation): boolean {
  const unit = table.columns[rel.total]!.unit;
  const others = table.columns.flatMap((c, i) => (i !== rel.total && !c.rate && c.unit === unit && c.scale === table.columns[rel.total]!.scale ? [i] : []));
  if (others.length === rel.parts.length) return false;
  const total = row.cells[rel.total]!;
  const figures = others.flatMap((p) => (row.cells[p]!.value === null ? [] : [{ value: row.cells[p]!.value!, precision: row.cells[p]!.precision }]));
  const j = judgeSum({ parts: figures, stated: { value: total.value!, precision: total.precision }, doubts: [], rounding: [] });
  return j === null || j.severity === 'info';
}

/** Rows on which a column left out of the total must show, with a figure other than zero. */
const MIN_LEFT_OUT_ROWS = 3;

const adds = (row: Row, total: number, parts: readonly number[]): boolean => {
  const j = judgeSum({
    parts: parts.map((p): Figure => ({ value: row.cells[p]!.value!, precision: row.cells[p]!.precision })),
    stated: { value: row.cells[total]!.value!, precision: row.cells[total]!.precision },
    doubts: [],
    rounding: [],
  });
  return j === null || j.severity === 'info';
};

/** Part columns of a total tried for a set left out: 2^n sets, each given up at its first row that does not add up. */
const MAX_PARTS_TRIED = 8;

/**
 * Part columns the total leaves out on every row ("Totalt" the sum of "Mark och byggnader" and
 * "Inventarier" beside "Immateriella tillgångar"; "Totalt" the sum of "Kvinnor" and "Män" beside
 * "Barn", "Flickor" and "Pojkar", a second group the flat header does not set apart): a structure
 * of the page, not a mismatch on each row where those columns hold figures. Found only where at
 * least two parts remain, every complete row adds up without the columns left out, no row of three
 * or more on which they hold a figure other than zero adds up with them, each of them holds such a
 * figure somewhere, and exactly one set of columns does all that. Returns those columns, or null.
 */
function columnsLeftOut(table: Table, rel: RowRelation): number[] | null {
  if (rel.parts.length < 3 || rel.parts.length > MAX_PARTS_TRIED) return null;
  const complete = table.rows.filter((row) => row.cells[rel.total]!.value !== null && rel.parts.every((p) => row.cells[p]!.value !== null));
  const nonZero = (x: number): boolean => complete.some((row) => !row.cells[x]!.value!.isZero());
  const found: number[][] = [];
  const n = rel.parts.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    const out = rel.parts.filter((_, i) => (mask >> i) & 1);
    const rest = rel.parts.filter((_, i) => !((mask >> i) & 1));
    if (rest.length < 2 || !out.every(nonZero)) continue;
    const shown = complete.filter((row) => out.some((x) => !row.cells[x]!.value!.isZero()));
    if (shown.length < MIN_LEFT_OUT_ROWS || !complete.every((row) => adds(row, rel.total, rest))) continue;
    if (shown.every((row) => !adds(row, rel.total, rel.parts))) found.push(out);
    if (found.length > 1) return null;
  }
  return found.length === 1 ? found[0]! : null;
}

/** The one unit (money or counts) every other column of the total's header group has, at the total's scale; null otherwise. */
function partsUnit(cols: readonly Column[], t: number): Column['unit'] {
  const g = group(cols[t]!);
  const others = cols.filter((c, i) => i !== t && !c.rate && group(c) === g && !isTotal(c));
  const units = new Set(others.map((c) => c.unit));
  if (others.length < 2 || units.size !== 1) return null;
  const unit = others[0]!.unit;
  if (unit !== 'SEK' && (unit === null || !COUNTS.has(unit))) return null;
  return others.every((c) => c.scale === cols[t]!.scale) ? unit : null;
}

/** Whether at least `least` rows, and at least half of the rows with every cell, show the total as the sum of its parts. */
function shownByRows(table: Table, rel: RowRelation, least = 2): boolean {
  let complete = 0;
  let adds = 0;
  for (const row of table.rows) {
    const total = row.cells[rel.total];
    const parts = rel.parts.map((p) => row.cells[p]);
    if (total?.value == null || parts.some((c) => c?.value == null)) continue;
    complete++;
    const j = judgeSum({ parts: parts.map((c): Figure => ({ value: c!.value!, precision: c!.precision })), stated: { value: total.value, precision: total.precision }, doubts: [], rounding: [] });
    if (j === null || j.severity === 'info') adds++;
  }
  return adds >= least && adds * 2 >= complete;
}

// Rows in which the last (or first) column must be the others' sum exactly before it is read as their total.
const MIN_EVIDENT_ROWS = 3;

/**
 * A last column that no header names a total but that is the sum of the other columns exactly
 * in at least three rows and half of the rows with every cell (as percent parts are read) (a header lost in the copy,
 * "Totalt" among the words of a caption): read as the row's total. Exact in so many rows is no
 * luck, but it is a reading, so a mismatch is at most a warning. Failing that, the first column is
 * tried the same way: pages often print the row's total first under a header no word list knows
 * ("Alla stödtyper", "Hela länet") and its parts after it.
 */
function evidentRelation(table: Table): { relation: RowRelation; exact: number; complete: number; side: 'last' | 'first' } | null {
  const cols = table.columns;
  if (cols.length < 3 || rowRelations(table).length > 0) return null;
  for (const side of ['last', 'first'] as const) {
    const total = side === 'last' ? cols.length - 1 : 0;
    const parts = cols.map((_, i) => i).filter((i) => i !== total);
    const unit = cols[total]!.unit;
    if (unit === 'percent' || cols.some((c) => c.rate || c.unit !== unit || c.scale !== cols[total]!.scale)) continue;
    let complete = 0;
    let exact = 0;
    for (const row of table.rows) {
      const t = row.cells[total]?.value;
      const ps = parts.map((p) => row.cells[p]?.value);
      if (t == null || ps.some((v) => v == null)) continue;
      complete++;
      const sum = ps.reduce((a, v) => a!.plus(v!), t.times(0))!;
      if (sum.eq(t) && !t.isZero() && ps.filter((v) => !v!.isZero()).length >= 2) exact++;
    }
    if (exact >= MIN_EVIDENT_ROWS && exact * 2 >= complete) return { relation: { total, parts }, exact, complete, side };
  }
  return null;
}

export const rowTotal: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/row-total',
    description: 'Delkolumnerna summerar till radens totalkolumn',
    severity: 'error',
    docs:
      'In a table with a total column (header Totalt, Summa …), the other money columns of the same header group must add up to it on every row. ' +
      'Columns of population or counts are not components of money. Percent columns (tax rates) are, under a percent total column, where at least half of the complete rows add up; a mismatch there is at most a warning. Rounded figures are compared as intervals. A mismatch is ' +
      'an error only when every cell of the row is a number, the unit is stated and no declared or evident rounding covers it; otherwise a warning says what was uncertain. ' +
      'A total column whose header names a sum of its own ("Summa tillgångar" beside key figures) is read so only where most complete rows add up. ' +
      'Where the line above a header pasted one cell a line names only the unit ("Belopp i mnkr"), it may be the rows\' title and every title a column off: a mismatch is then at most a warning, and none where the row adds up with the columns titled as parts of another ("Därav …") among its parts. ' +
      'Part columns that the total leaves out on every row (every complete row adds up without them, none of three or more on which they hold a figure adds up with them, and no other set of columns does so) are said once as an info and left out of the sum. ' +
      'Where no header names a total column, a last column (failing that, a first column) that is the sum of the others exactly in at least three rows and half of the complete rows is read as the total, at most as a warning.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      const evident = evidentRelation(table);
      const relations = evident ? [evident.relation] : rowRelations(table);
      for (const found of relations) {
        // Columns the total leaves out on every row are said once, as a structure, and left out of the sum.
        const leftOut = columnsLeftOut(table, found);
        const rel = leftOut === null ? found : { ...found, parts: found.parts.filter((p) => !leftOut.includes(p)) };
        const title = (i: number): string => table.columns[i]!.header.join(' / ');
        if (leftOut !== null)
          out.push({
            severity: 'info',
            message:
              leftOut.length === 1
                ? t('table.rowTotal.leftOut', { total: title(rel.total), column: title(leftOut[0]!) })
                : t('table.rowTotal.leftOutMany', { total: title(rel.total), parts: rel.parts.map(title), columns: leftOut.map(title) }),
            location: table.location,
          });
        if (rel.percent && !shownByRows(table, rel)) continue;
        // "Summa tillgångar" beside "Omsättning" and "Eget kapital" sums other rows of another statement.
        if (rel.named && !shownByRows(table, rel, 1)) continue;
        const unit = table.columns[rel.total]!.unit ?? (rel.unitFromParts ? table.columns[rel.parts[0]!]!.unit : null);
        // Men, women and "Totalt" as their average wage on every row: an average of the columns, not their sum.
        const rowSums = table.rows.map((row) => ({ parts: rel.parts.flatMap((p) => (row.cells[p]!.value === null ? [] : [row.cells[p]!.value!])), stated: row.cells[rel.total]!.value }));
        if (allMeans(rowSums)) continue;
        for (const row of table.rows) {
          const total = row.cells[rel.total]!;
          if (total.value === null) continue;
          const figures = rel.parts
            .map((p) => row.cells[p]!)
            .filter((c) => c.value !== null)
            .map((c): Figure => ({ value: c.value!, precision: c.precision }));
          if (figures.length < 2) continue;
          // A row is read with certainty when every component cell is a number and the unit is stated.
          const doubts = cellDoubts([row], rel.total).concat(
            rel.parts.flatMap((p) => {
              const cell = row.cells[p]!;
              if (cell.uncertain !== undefined) return [t('table.rowTotal.uncertainCell', { cell: cell.uncertain, column: table.columns[p]!.header.join(' / ') })];
              return cell.value === null ? [t('table.rowTotal.blankCell', { column: table.columns[p]!.header.join(' / ') })] : [];
            }),
          );
          if (rel.counts) doubts.push(t('doubt.countParts'));
          if (rel.percent) doubts.push(t('doubt.percentParts'));
          if (rel.unitFromParts) doubts.push(t('doubt.totalNoUnit', { column: table.columns[rel.total]!.header.join(' / ') }));
          if (evident) doubts.push(t(evident.side === 'last' ? 'table.rowTotal.evident' : 'table.rowTotal.evidentFirst', { exact: String(evident.exact), complete: String(evident.complete) }));
          // Which columns a group takes in was guessed from where its header stands: so is the relation.
          const guessed = [rel.total, ...rel.parts].map((p) => table.columns[p]!.groupUncertain).find((g) => g !== undefined);
          if (guessed !== undefined) doubts.push(t('table.rowTotal.uncertainGroup', { header: guessed }));
          // Titles left above the header: which column is the total was read from titles that may stand off their figures.
          const off = table.columns[rel.total]!.titleUncertain;
          if (off !== undefined) doubts.push(t('table.rowTotal.titlesOff', { cells: off }));
          // The unit's line above may be the label column's title: then every title stands a column off.
          if (table.labelTitleInDoubt !== undefined) doubts.push(t('table.rowTotal.labelTitleInDoubt', { unit: table.labelTitleInDoubt, title: table.labelHeader ?? '' }));
          const reading = columnReading(doc, table, rel.total);
          const misgrouped = [rel.total, ...rel.parts].flatMap((p) => misgroupedCells([row], p));
          const j = judgeSum({ parts: figures, stated: { value: total.value, precision: total.precision }, doubts, rounding: reading.rounding, mayDiffer: reading.mayDiffer, misgrouped });
          if (!j) continue;
          // Titles a column off: a "Därav …" title may stand over another column's figures, which then add up.
          if (table.labelTitleInDoubt !== undefined && j.severity !== 'info' && addsWithEveryColumn(table, row, rel)) continue;
          const c = j.comparison;
          // The copy ends on this row: figures that fall short of its total may be cut off (the last one stopped mid-number).
          if (j.severity !== 'info' && cutLastRow(doc, table, row) && figures.every((f) => !f.value.isNegative()) && c.computed.lt(c.stated)) {
            out.push({
              severity: 'info',
              message: t('table.rowTotal.cut', { row: row.label, computed: figureText(c.computed, unit), stated: figureText(c.stated, unit) }),
              location: total.location,
            });
            continue;
          }
          out.push({
            severity: j.severity,
            message:
              t('table.rowTotal', {
                row: row.label,
                columns: String(figures.length),
                computed: figureText(c.computed, unit),
                // A column read as the total from its figures may have no header: its place names it.
                total: table.columns[rel.total]!.header.join(' / ') || String(rel.total + 1),
                stated: figureText(c.stated, unit),
                difference: differenceText(c.difference, c.slack, unit),
              }) + j.suffix,
            location: total.location,
            expected: c.stated.toFixed(),
            actual: c.computed.toFixed(),
          });
        }
      }
    }
    return out;
  },
};
