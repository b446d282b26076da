import { judgeSum } from '../../compare/certainty.js';
import type { Document } from '../../model/document.js';
import type { Cell, Column, Table } from '../../model/table.js';
import { columnReading } from '../../tables/column-reading.js';
import type { RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { columnDifferenceFinding, judgeRowDifference, lastTitle, signedFigure, summable } from './row-difference.js';

/**
 * A change column ("+/-", "±", "Förändring") that stands apart from the columns it is the difference
 * of, as election results print it: the votes of two years each followed by their share, and the
 * change in votes last ("Kommun 2006 % 2002 % +/-" over "Alingsås 243 1,1 202 0,9 +41"). The
 * columns next to it are shares, so the adjacent pair that `table/difference` checks is not its
 * pair. A change column is one so titled, or one without a title whose every figure is written
 * with its sign ("+41", "-305"). Its operands are the pair of earlier columns, in the unit of the
 * change, whose difference (a − b or b − a) the column states on most of its rows: three rows or
 * more and three in four, one pair alone. Rows where it does not are reported, always as warnings:
 * the pair is found by the figures, not printed. Pairs of adjacent columns under a difference title
 * are `table/difference`'s own and are left to it.
 */
const CHANGE_TITLE = /^(?:\+\s?\/\s?[-−–]|±|[-−–]\s?\/\s?\+|förändring|förändr\.|diff\.?|differens|skillnad|avvikelse)(?:\s|$|,|\()/i;
/** The titles `table/difference` takes with the two columns before it. */
const ADJACENT_TITLE = /^(?:avvikelse|differens|skillnad|förändring|diff\.?)(?:\s|$|,)/i;
const SIGNED = /^[+\-−–]\s?\d/;
const MIN_ROWS = 3;
/** Of the rows with all three figures, the share the pair must state: three in four. */
const MOST_NUM = 3;
const MOST_DEN = 4;

const last = lastTitle;
const figure = signedFigure;

function states(a: Cell | undefined, b: Cell | undefined, stated: Cell | undefined, signA: 1 | -1): boolean | null {
  const fa = figure(a, signA);
  const fb = figure(b, signA === 1 ? -1 : 1);
  if (!fa || !fb || !stated || stated.value === null) return null;
  const j = judgeSum({ parts: [fa, fb], stated: { value: stated.value, precision: stated.precision }, doubts: [], rounding: [] });
  return j === null || j.severity === 'info';
}

/** Whether column `d` is a change column: titled so, or untitled with every figure signed and some plus. */
function isChangeColumn(table: Table, d: number): boolean {
  const col = table.columns[d]!;
  if (!summable(col)) return false;
  const title = last(col);
  if (title !== '') return CHANGE_TITLE.test(title);
  const raws = table.rows.map((r) => r.cells[d]).filter((c): c is Cell => c !== undefined && c.value !== null && !c.value.isZero()).map((c) => c.raw.trim());
  return raws.length >= MIN_ROWS && raws.every((r) => SIGNED.test(r)) && raws.some((r) => r.startsWith('+'));
}

interface Pair {
  ia: number;
  ib: number;
  sign: 1 | -1;
  fits: number;
}

/** The one pair of earlier columns and direction that the change column states on most rows, or null. */
function operands(table: Table, d: number): Pair | null {
  const col = table.columns[d]!;
  const adjacentIsOthers = ADJACENT_TITLE.test(last(col));
  const holds = (ia: number, ib: number, sign: 1 | -1): number | null => {
    const verdicts = table.rows.map((r) => states(r.cells[ia], r.cells[ib], r.cells[d], sign)).filter((v): v is boolean => v !== null);
    const fits = verdicts.filter((v) => v).length;
    return fits >= MIN_ROWS && fits * MOST_DEN >= verdicts.length * MOST_NUM ? fits : null;
  };
  // Under a difference title the two columns before it are table/difference's: where they make it, this is no other pair's.
  if (adjacentIsOthers && (holds(d - 2, d - 1, 1) !== null || holds(d - 2, d - 1, -1) !== null)) return null;
  const found: Pair[] = [];
  for (let ia = 0; ia < d; ia++) {
    for (let ib = ia + 1; ib < d; ib++) {
      if (adjacentIsOthers && ia === d - 2 && ib === d - 1) continue;
      const [ca, cb] = [table.columns[ia]!, table.columns[ib]!];
      // A change without a unit of its own ("+/-") is in its operands' unit; the operands share one.
      if (!summable(ca) || !summable(cb) || ca.unit !== cb.unit || (col.unit !== null && ca.unit !== col.unit) || isChangeColumn(table, ia) || isChangeColumn(table, ib)) continue;
      for (const sign of [1, -1] as const) {
        const fits = holds(ia, ib, sign);
        if (fits !== null) found.push({ ia, ib, sign, fits });
      }
    }
  }
  if (found.length === 0) return null;
  const best = Math.max(...found.map((p) => p.fits));
  const top = found.filter((p) => p.fits === best);
  return top.length === 1 ? top[0]! : null;
}

const nameOf = (c: Column, k: number): string => c.header.join(' / ') || t('table.difference.columnAt', { n: String(k + 1) });

/** The rows whose change column does not state the difference of its operands, as warnings. */
export function changeColumns(doc: Document, table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  table.columns.forEach((col, d) => {
    if (d < 2 || !isChangeColumn(table, d)) return;
    const pair = operands(table, d);
    if (!pair) return;
    const { ia, ib, sign } = pair;
    const names = [nameOf(table.columns[ia]!, ia), nameOf(table.columns[ib]!, ib)];
    const [first, second] = sign > 0 ? names : [names[1]!, names[0]!];
    const reading = columnReading(doc, table, d);
    for (const row of table.rows) {
      const a = figure(row.cells[ia], sign);
      const b = figure(row.cells[ib], sign === 1 ? -1 : 1);
      const stated = row.cells[d];
      if (!a || !b || !stated || stated.value === null) continue;
      const j = judgeRowDifference(row, [ia, ib, d], a, b, stated, reading, t('table.difference.apartDoubt', { first: first!, second: second! }));
      if (j) out.push(columnDifferenceFinding(row, j, { first: first!, second: second!, column: nameOf(col, d) }, col.unit, stated.location));
    }
  });
  return out;
}
