import { Decimal } from 'decimal.js';
import { fitTable, largestRemainder, basesFor } from '../../corpus/allocation.js';
import type { Population } from '../../corpus/reference.js';
import type { Document } from '../../model/document.js';
import type { Table } from '../../model/table.js';
import { figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { columnKey } from '../../corpus/frame.js';
import { t } from '../../messages/index.js';

/** A population column the fit left out: its header says "befolkning" but the key misses many regions. */
function statedButUnfit(doc: Document, table: Table, fitted: Set<number>, reference: Population | null): RuleFinding[] {
  const out: RuleFinding[] = [];
  const rows = table.rows.filter((r) => r.kind === 'data' && r.region !== null);
  if (rows.length < 10) return out;
  const pop = basesFor(table, rows, reference).find((b) => b.name === 'befolkning');
  if (!pop) return out;
  table.columns.forEach((c, col) => {
    if (fitted.has(col) || columnKey(c) !== 'befolkning') return;
    const read = rows.map((r) => r.cells[col]?.value ?? null);
    if (read.some((x) => x === null || !x.isInteger())) return;
    const xs = read as Decimal[];
    const total = xs.reduce((s, x) => s.plus(x), xs[0]!.times(0));
    const expected = largestRemainder(total, pop.values);
    const off = rows.filter((_, i) => xs[i]!.minus(expected[i]!).abs().gt(1));
    // Every region within the krona: the key holds, nothing to say.
    if (off.length === 0) return;
    out.push({
      severity: 'warning',
      message: t('allocation.populationOff', { header: c.header.join(' / '), off: String(off.length), rows: String(rows.length), total: figureText(total, 'SEK'), source: pop.source }),
      location: off[0]!.cells[col]!.location,
    });
  });
  return out;
}

// A column of the table that counts the people each region has: the base a count may follow.
const POPULATION = /befolkning|invånare|folkmängd/i;
const MIN_COUNT_REGIONS = 10;
const MAX_COUNT_DEVIANTS = 2;
const ONE = new Decimal(1);

/**
 * A count column shared out in proportion to the table's own population column (seats, delegates,
 * places): every region's count is within one of its quota, total × population / Σ population,
 * where the total is the printed total row's (or the column's sum). Methods of apportionment
 * differ, so a count within one of its quota matches; when all but one or two regions match, those
 * are warnings: the count is far from what the others' share implies, and the key is a reading.
 */
function countsOffPopulation(table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  const rows = table.rows.filter((r) => r.kind === 'data' && r.region !== null);
  if (rows.length < MIN_COUNT_REGIONS) return out;
  const popCol = table.columns.findIndex((c, i) => c.unit !== 'SEK' && POPULATION.test(c.header.join(' ')) && rows.every((r) => r.cells[i]?.value?.gt(0)));
  if (popCol < 0) return out;
  const pop = rows.map((r) => r.cells[popCol]!.value!);
  const popSum = pop.reduce((a, b) => a.plus(b), new Decimal(0));
  const totals = table.rows.filter((r) => r.kind === 'total');
  table.columns.forEach((c, col) => {
    if (col === popCol || c.unit === 'SEK' || c.unit === 'percent' || c.rate) return;
    const xs = rows.map((r) => r.cells[col]?.value ?? null);
    if (xs.some((x) => x !== null && (!x.isInteger() || x.isNegative()))) return;
    const stated = totals.length === 1 ? totals[0]!.cells[col]?.value ?? null : null;
    const total = stated ?? xs.reduce((a: Decimal, x) => a.plus(x ?? 0), new Decimal(0));
    if (total.lt(rows.length)) return;
    const quota = pop.map((p) => total.times(p).div(popSum));
    const off = rows.map((r, i) => ({ row: r, actual: xs[i] ?? null, quota: quota[i]! })).filter((d) => d.actual === null || d.actual.minus(d.quota).abs().gt(ONE));
    if (off.length === 0 || off.length > MAX_COUNT_DEVIANTS) return;
    const matched = rows.length - off.length;
    for (const d of off) {
      if (d.actual === null) continue;
      out.push({
        severity: 'warning',
        message: t('allocation.countOff', {
          label: d.row.label,
          actual: d.actual.toFixed(),
          header: c.header.join(' / '),
          expected: d.quota.toDecimalPlaces(1).toFixed(1).replace('.', ','),
          base: table.columns[popCol]!.header.join(' / '),
          total: total.toFixed(),
          matched: String(matched),
          regions: String(rows.length),
        }),
        location: d.row.cells[col]!.location,
        expected: d.quota.toDecimalPlaces(1).toFixed(),
        actual: d.actual.toFixed(),
      });
    }
  });
  return out;
}

export const allocationKey: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'allocation/key',
    description: 'Regionernas belopp följer fördelningsnyckeln (befolkning, fast del + befolkning, blandade nycklar) på kronan',
    severity: 'error',
    docs:
      'For every money column of a table of at least ten regions, kronkoll fits an allocation key from the share bases at hand: ' +
      'the table\'s own population and insatser columns, or the population per region in corpus/reference/ (1 November 2023). ' +
      'Keys tried: one base; a fixed amount per region plus the rest by population; two bases mixed in whole percent. ' +
      'Each region\'s expected amount is the largest-remainder rounding that keeps the column\'s sum exact, and may differ by 1 kr. ' +
      'A key that explains all regions is reported as info (with the formula); when it explains all but one or two, those are errors, ' +
      'with the amount the key gives. A column headed "Befolkning" that no population key explains is a warning. ' +
      'A count column (seats, delegates) that follows the table\'s own population column, every region within one of its ' +
      'quota of the printed total but one or two, gives a warning for those: methods of apportionment differ, so the key is a reading.',
  },
  check(doc, context) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      const fits = fitTable(table, context.population);
      for (const fit of fits) {
        if (fit.deviants.length === 0) {
          const cell = table.rows.find((r) => r.kind === 'total')?.cells[fit.column] ?? table.rows.find((r) => r.kind === 'data')!.cells[fit.column]!;
          out.push({
            severity: 'info',
            message: t('allocation.follows', { header: fit.header, key: fit.description, matched: String(fit.matched), regions: String(fit.regions) }),
            location: cell.location,
          });
          continue;
        }
        for (const d of fit.deviants) {
          const diff = d.actual.minus(d.expected);
          out.push({
            message:
              t('allocation.deviant', {
                label: d.row.label,
                actual: figureText(d.actual, 'SEK'),
                header: fit.header,
                key: fit.description,
                expected: figureText(d.expected, 'SEK'),
                difference: `${diff.gt(0) ? '+' : '−'}${figureText(diff.abs(), 'SEK')}`,
                matched: String(fit.matched),
                regions: String(fit.regions),
              }),
            location: d.row.cells[fit.column]!.location,
            expected: d.expected.toFixed(),
            actual: d.actual.toFixed(),
          });
        }
      }
      out.push(...statedButUnfit(doc, table, new Set(fits.map((f) => f.column)), context.population));
      out.push(...countsOffPopulation(table));
    }
    return out;
  },
};
