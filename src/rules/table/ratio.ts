import { Decimal } from 'decimal.js';
import type { Cell, Table } from '../../model/table.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { num, t } from '../../messages/index.js';
import { findBasis } from './share.js';

/**
 * A percent that is the ratio of two other figures of the table: "Valdeltagande (%)" beside
 * "Röster" and "Röstberättigade", as a column beside two columns (a row per municipality) or as a
 * row under two rows (a column per year). Which two figures is read from the data: the pair whose
 * ratio × 100 gives the printed percent, within the rounding of all three, in at least MIN_FITS
 * places and in two thirds of the places where all three are printed. Where it does not, the
 * percent disagrees with that ratio; the link is read from the figures, not stated, so a warning.
 */
const MIN_FITS = 2;
/** Runs a percent is tried against: every ordered pair is divided in every place, so a table of hundreds of rows or columns is left alone. */
const MAX_RUNS = 40;
const HUNDRED = new Decimal(100);
/** A hair for the division, as table/share allows. */
const HAIR = new Decimal('0.0001');
/** A row that states a percent: "Andel röstberättigade som röstade (procent)", "Valdeltagande, %". */
const PERCENT_ROW = /(?:\(\s*(?:procent|%)\s*\)|[\s,]procent\s*$|%\s*$|^andel\s)/i;

/** A row or a column, as a run of cells over the other direction's places. */
interface Run {
  label: string;
  cells: readonly (Cell | undefined)[];
}

function ratioBounds(a: Cell, b: Cell): [Decimal, Decimal] | null {
  const low = b.value!.minus(b.precision);
  if (low.lte(0)) return null;
  const high = b.value!.plus(b.precision);
  return [a.value!.minus(a.precision).div(high).times(HUNDRED), a.value!.plus(a.precision).div(low).times(HUNDRED)];
}

/** Whether the printed percent can be a / b × 100 under the rounding of all three; null where a figure is missing. */
function fits(p: Cell | undefined, a: Cell | undefined, b: Cell | undefined): boolean | null {
  if (!p || !a || !b || p.value === null || a.value === null || b.value === null) return null;
  const bounds = ratioBounds(a, b);
  if (!bounds) return null;
  return bounds[1].gte(p.value.minus(p.precision).minus(HAIR)) && bounds[0].lte(p.value.plus(p.precision).plus(HAIR));
}

interface Pair {
  a: Run;
  b: Run;
  verdicts: (boolean | null)[];
  fitCount: number;
}

/** The one pair of runs that explains the percent run; null when none does, or two do with different verdicts. */
function explainingPair(percent: Run, others: readonly Run[]): Pair | null {
  if (others.length > MAX_RUNS) return null;
  let best: Pair | null = null;
  let tied = false;
  for (const a of others) {
    for (const b of others) {
      if (a === b) continue;
      const verdicts = percent.cells.map((p, k) => fits(p, a.cells[k], b.cells[k]));
      const judged = verdicts.filter((v) => v !== null).length;
      const fitCount = verdicts.filter((v) => v === true).length;
      if (fitCount < MIN_FITS || fitCount * 3 < judged * 2) continue;
      if (!best || fitCount > best.fitCount) {
        best = { a, b, verdicts, fitCount };
        tied = false;
      } else if (fitCount === best.fitCount && verdicts.some((v, k) => v !== best!.verdicts[k])) tied = true;
    }
  }
  return tied ? null : best;
}

function findings(percent: Run, others: readonly Run[], where: (k: number) => string): RuleFinding[] {
  const pair = explainingPair(percent, others);
  if (!pair) return [];
  const out: RuleFinding[] = [];
  pair.verdicts.forEach((v, k) => {
    if (v !== false) return;
    const p = percent.cells[k]!;
    const computed = pair.a.cells[k]!.value!.div(pair.b.cells[k]!.value!).times(HUNDRED);
    out.push({
      severity: 'warning',
      message:
        t('table.ratio', { where: where(k), stated: num(p.value!), a: pair.a.label, b: pair.b.label, computed: num(computed.toDecimalPlaces(2)) }) +
        t('sum.uncertain', { doubts: t('table.ratio.read', { fits: String(pair.fitCount) }) }),
      location: p.location,
      related: [
        { message: pair.a.label, location: pair.a.cells[k]!.location },
        { message: pair.b.label, location: pair.b.cells[k]!.location },
      ],
      expected: p.value!.toFixed(),
      actual: computed.toDecimalPlaces(2).toFixed(),
    });
  });
  return out;
}

function checkTable(table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  const data = table.rows.filter((r) => r.kind === 'data' || r.kind === 'other');
  const header = (c: number): string => table.columns[c]!.header.join(' / ') || String(c + 1);
  // A percent column beside two columns, a row per place; table/share speaks for a column of shares of a total.
  table.columns.forEach((c, col) => {
    if (c.unit !== 'percent' || findBasis(table, col, data.filter((r) => r.kind === 'data'))) return;
    const run = (k: number): Run => ({ label: header(k), cells: data.map((r) => r.cells[k]) });
    const others = table.columns.flatMap((o, k) => (k !== col && o.unit !== 'percent' ? [run(k)] : []));
    out.push(...findings(run(col), others, (i) => t('table.ratio.inRow', { row: data[i]!.label, column: header(col) })));
  });
  // A percent row under two rows, a column per place (a table of years).
  const runs = data.map((r): Run => ({ label: r.label, cells: r.cells }));
  for (const run of runs) {
    if (!PERCENT_ROW.test(run.label.trim()) || table.columns.some((c) => c.unit === 'percent')) continue;
    const others = runs.filter((o) => o !== run && !PERCENT_ROW.test(o.label.trim()));
    out.push(...findings(run, others, (k) => t('table.ratio.inRow', { row: run.label, column: header(k) })));
  }
  return out;
}

export const ratio: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/ratio',
    description: 'Procent som är kvoten av två andra tal i tabellen stämmer med dem',
    severity: 'warning',
    docs:
      'A percent column beside two other columns, or a percent row (its label says "procent", "%" or "Andel …") under two other rows, ' +
      'is often their ratio (turnout = votes / electorate × 100). kronkoll looks for the one pair whose ratio gives the printed percent, ' +
      'within the rounding of all three figures, in at least two places and two thirds of those where all three are printed, and reports ' +
      'the places where it does not. The pair is read from the figures, not stated, so these are warnings. A percent column that ' +
      'table/share explains as shares of a column total is left to it, and a percent among more than 40 other rows or columns is not tried.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) for (const f of checkTable(table)) out.push(f);
    return out;
  },
};
