import type { Figure } from '../../compare/interval.js';
import { judgeSum, type Judgement } from '../../compare/certainty.js';
import type { Location } from '../../model/location.js';
import type { Unit } from '../../model/amount.js';
import type { Cell, Column, Row } from '../../model/table.js';
import { t } from '../../messages/index.js';
import { cellDoubts, misgroupedCells, type ColumnReading } from '../../tables/column-reading.js';
import type { RuleFinding } from '../types.js';
import { differenceText, figureText } from './figure-text.js';

/** A cell's figure with the sign it takes in a difference or a net; null for a blank. */
export function signedFigure(c: Cell | undefined, sign: 1 | -1): Figure | null {
  return !c || c.value === null ? null : { value: sign < 0 ? c.value.negated() : c.value, precision: c.precision };
}

/** The last line of a column's header, its own title. */
export const lastTitle = (c: Column): string => (c.header[c.header.length - 1] ?? '').trim();

/** A column whose figures add and subtract: no percent, no rate. */
export const summable = (c: Column): boolean => c.unit !== 'percent' && !c.rate;

/**
 * One row's figure in column `d` judged as the figures `a` and `b` of columns `ia` and `ib`
 * combined (a difference, a change, a net), with the doubts of the three cells, their
 * misgroupings, the column's rounding and the doubt of how the columns were paired.
 */
export function judgeRowDifference(row: Row, [ia, ib, d]: readonly [number, number, number], a: Figure, b: Figure, stated: Cell, reading: ColumnReading, doubt: string): Judgement | null {
  return judgeSum({
    parts: [a, b],
    stated: { value: stated.value!, precision: stated.precision },
    doubts: [...cellDoubts([row], ia), ...cellDoubts([row], ib), ...cellDoubts([row], d), doubt],
    misgrouped: [ia, ib, d].flatMap((k) => misgroupedCells([row], k)),
    rounding: reading.rounding,
    mayDiffer: reading.mayDiffer,
  });
}

/** The finding of a row whose difference column misses `first` less `second`, at the stated cell. */
export function columnDifferenceFinding(row: Row, j: Judgement, names: { first: string; second: string; column: string }, unit: Unit | null, location: Location): RuleFinding {
  const c = j.comparison;
  return {
    severity: j.severity,
    message:
      t('table.difference.column', {
        row: row.label,
        first: names.first,
        second: names.second,
        computed: figureText(c.computed, unit),
        column: names.column,
        stated: figureText(c.stated, unit),
        difference: differenceText(c.difference, c.slack, unit),
      }) + j.suffix,
    location,
    expected: c.stated.toFixed(),
    actual: c.computed.toFixed(),
  };
}
