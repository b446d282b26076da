import type { Decimal } from 'decimal.js';
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
      'with the amount the key gives. A column headed "Befolkning" that no population key explains is a warning.',
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
    }
    return out;
  },
};
