import { Decimal } from 'decimal.js';
import type { Figure } from '../../compare/interval.js';
import { cellFigure, compareSum } from '../../compare/interval.js';
import type { Cell, Row, Table } from '../../model/table.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { isRateColumn } from '../support/rate-column.js';

/**
 * A column of shares adds up to 100 %. Shares rounded to one decimal rarely make exactly
 * 100,0, so a sum that reaches 100 only within the rounding of its terms is an info; one
 * that cannot reach it is a warning. A percent column whose total row states something far
 * from 100 holds rates or averages, not shares, and is left alone.
 */
const HUNDRED = new Decimal(100);
// How far a stated total may be from 100 and still mark a column of shares.
const SHARE_TOTAL_REACH = new Decimal(5);
// Without a total row, a share column that sums this far from 100 covers only part of the whole.
const SUBSET_REACH = new Decimal(10);
const SHARE_HEADER = /(?<![hm])andel|fördelning|procent av|% av/i;
const SHARE_LEAD = /(?<![hm])andel|fördela(?:s|d|des|t)?\b|fördelning/i;

const figure = cellFigure;

function sharesByData(parts: Figure[]): boolean {
  const sum = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
  const slack = parts.reduce((acc, p) => acc.plus(p.precision), new Decimal(0));
  return sum.minus(HUNDRED).abs().lte(slack);
}

function isMean(parts: Figure[], total: Cell): boolean {
  const mean = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0)).div(parts.length);
  return mean.minus(total.value!).abs().lte(total.precision.plus(new Decimal('0.05')));
}

function checkColumn(table: Table, col: number): RuleFinding[] {
  const header = table.columns[col]!.header.join(' / ');
  const data: Row[] = table.rows.filter((r) => r.kind === 'data');
  const parts = data.map((r) => figure(r.cells[col])).filter((f): f is Figure => f !== null);
  if (parts.length < 2) return [];
  const totalRow = table.rows.find((r) => r.kind === 'total' && r.cells[col]?.value != null);
  const totalCell = totalRow?.cells[col];
  let stated: Figure;
  if (totalCell && totalCell.value !== null) {
    // Far from 100, the total row holds a rate or an average — unless the rows themselves are
    // shares (they add up to 100) and the total is not their mean: then the total is wrong.
    if (totalCell.value.minus(HUNDRED).abs().gt(SHARE_TOTAL_REACH) && !(sharesByData(parts) && !isMean(parts, totalCell))) return [];
    stated = { value: totalCell.value, precision: totalCell.precision };
    // The whole is 100 % by definition: a total row that says otherwise is itself wrong.
    if (totalCell.value.minus(HUNDRED).abs().gt(totalCell.precision)) {
      return [
        {
          severity: 'warning',
          message: t('format.percentTotal.notHundred', { stated: figureText(totalCell.value, 'percent'), header }),
          location: totalCell.location,
          expected: '100',
          actual: totalCell.value.toFixed(),
        },
      ];
    }
  } else {
    // A list of shares has no header; its lead-in says what it divides ("Medlen fördelas så här:").
    if (!SHARE_HEADER.test(header) && !(table.kind === 'list' && SHARE_LEAD.test(table.caption ?? ''))) return [];
    const sum = parts.reduce((s, p) => s.plus(p.value), new Decimal(0));
    if (sum.minus(HUNDRED).abs().gt(SUBSET_REACH)) return [];
    stated = { value: HUNDRED, precision: new Decimal(0) };
  }
  const c = compareSum(parts, stated);
  if (c.verdict === 'exact') return [];
  const what = totalCell ? t('text.tableTotal.row', { computed: figureText(c.stated, 'percent') }) : t('format.percentTotal.expected', { stated: figureText(c.stated, 'percent') });
  return [{
    severity: c.verdict === 'mismatch' ? 'warning' : 'info',
    message:
      t('format.percentTotal', { header, computed: figureText(c.computed, 'percent'), what, difference: differenceText(c.difference, c.slack, 'percent') }) +
      (c.verdict === 'within-rounding' ? t('sum.withinRounding') : ''),
    location: totalCell?.location ?? table.location,
    expected: c.stated.toFixed(),
    actual: c.computed.toFixed(),
  }];
}

export const percentTotal: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'format/percent-total',
    description: 'Andelar i en procentkolumn summerar till 100 %',
    severity: 'warning',
    docs:
      'A percent column whose total row states about 100 %, or a column headed "Andel …" without a total row whose shares ' +
      'come near 100 (or a list of shares whose lead-in says it divides a whole: "Medlen fördelades så här:"), must add up to 100 % within the rounding of its cells (each share rounded to one decimal may be off by ' +
      '0,05). A sum that matches only within that rounding is an info; one that cannot match is a warning. Tables with ' +
      'subtotals or numbered hierarchies are skipped, and so is a column that is each row\'s ratio of two other figures in it ' +
      '(an occupancy rate: Belagda / Platser), whose total row states the whole table\'s ratio.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (table.rows.some((r) => r.kind === 'subtotal' || r.number !== undefined)) continue;
      table.columns.forEach((c, i) => {
        if (c.unit !== 'percent') return;
        // Each row's ratio of two other figures (an occupancy) is a rate, not a share (rate-column.ts).
        if (isRateColumn(table, i)) return;
        out.push(...checkColumn(table, i));
      });
    }
    return out;
  },
};
