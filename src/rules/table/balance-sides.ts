import { judgeSum } from '../../compare/certainty.js';
import type { Figure } from '../../compare/interval.js';
import type { Document } from '../../model/document.js';
import type { Cell, Column, Row, Table } from '../../model/table.js';
import { cellDoubts, columnReading } from '../../tables/column-reading.js';
import { isPartOfAbove } from '../../tables/structures.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * A balance sheet's two sides are equal: in each column, the sum of the assets ("Summa
 * tillgångar") is the sum of equity and liabilities ("Summa eget kapital, avsättningar och
 * skulder", "SUMMA SKULDER OCH EGET KAPITAL", "Eget kapital och skulder, totalt"). The rows are
 * found by their own words, which name the sides and nothing else, and the relation is the
 * definition of a balance sheet; so a difference between two certain cells of one table is an
 * error. Two tables (the sheet split at its second side, under the same columns) are paired only
 * as a reading, which the warning names.
 */

// The patterns below read a label whose spaces are already single, so none of them can backtrack over runs of spaces.
/** The words a side's sum may carry around its name: "Summa …", "S:a …", "… totalt", "… summa". */
const SUM_BEFORE = /^(?:summa|s:a|totalt) /;
const SUM_AFTER = /,? (?:summa|totalt)$/;
/** A note reference after the label ("Not 12", "(not 5)", "not 14, 15") says nothing about the row's meaning. */
const NOTE = /(?:, ?| )\(?not(?:er)? \d+(?:[-–,] ?\d+)*\)?$/;
/** What the claims side's sum may name besides equity and liabilities. */
const CLAIM_PARTS = new Set(['eget kapital', 'skulder', 'avsättningar', 'obeskattade reserver', 'minoritetsintresse', 'minoritetsintressen', 'minoritetens andel']);

function words(label: string): { summed: boolean; name: string } {
  const plain = label.replace(/\s+/g, ' ').trim().toLowerCase().replace(NOTE, '').replace(/[:.]$/, '');
  const name = plain.replace(SUM_BEFORE, '').replace(SUM_AFTER, '');
  return { summed: name !== plain, name };
}

/** "Summa tillgångar", "Tillgångar, totalt": the assets' sum. */
export function isAssetsSum(label: string): boolean {
  const w = words(label);
  return w.summed && w.name === 'tillgångar';
}

/** "Summa eget kapital, avsättningar och skulder", "Skulder och eget kapital totalt": the other side's sum. */
export function isClaimsSum(label: string): boolean {
  const w = words(label);
  if (!w.summed) return false;
  const parts = w.name.split(/ ?, ?| och /).filter((p) => p !== '');
  return parts.includes('eget kapital') && parts.includes('skulder') && parts.every((p) => CLAIM_PARTS.has(p));
}

const figure = (c: Cell): Figure => ({ value: c.value!, precision: c.precision });
const summable = (c: Column): boolean => c.unit !== 'percent' && !c.rate;
const sums = (table: Table, test: (label: string) => boolean): Row[] => table.rows.filter((r) => test(r.label) && !isPartOfAbove(r));

interface Sides {
  table: Table;
  assets: Row;
  claims: Row;
  /** Set when the two rows stand in two tables read as one sheet. */
  joined: boolean;
  /** Set when the side has several sums named so and the last was taken: a lost row would have made another the last. */
  choice?: boolean;
}

/**
 * Each assets sum with the last claims sum after it and before the next assets sum (sheets stacked
 * in one table): the side's grand total closes it, after any narrower sum of equity and liabilities.
 */
function sidesIn(table: Table): Sides[] {
  const out: Sides[] = [];
  const assetsRows = sums(table, isAssetsSum);
  assetsRows.forEach((assets, k) => {
    const next = assetsRows[k + 1];
    const span = table.rows.slice(table.rows.indexOf(assets) + 1, next ? table.rows.indexOf(next) : undefined);
    const all = span.filter((r) => isClaimsSum(r.label) && !isPartOfAbove(r));
    const claims = all[all.length - 1];
    if (claims) out.push({ table, assets, claims, joined: false, choice: all.length > 1 });
  });
  return out;
}

const headers = (t: Table): string => t.columns.map((c) => c.header.join(' / ').trim().toLowerCase()).join('\u0000');

/**
 * A sheet split in two: a table with an assets sum and no claims sum, and right after it a table
 * with a claims sum and no assets sum, under the same column headers.
 */
function sidesAcross(tables: readonly Table[]): Sides[] {
  const out: Sides[] = [];
  for (let i = 0; i + 1 < tables.length; i++) {
    const a = tables[i]!;
    const b = tables[i + 1]!;
    const assets = sums(a, isAssetsSum);
    const claims = sums(b, isClaimsSum);
    if (assets.length !== 1 || claims.length !== 1 || sums(a, isClaimsSum).length > 0 || sums(b, isAssetsSum).length > 0) continue;
    if (a.columns.length !== b.columns.length || headers(a) !== headers(b)) continue;
    // A unit read for one table and not the other (stated above the first only) makes the figures incomparable.
    if (a.columns.some((c, k) => c.unit !== b.columns[k]!.unit || c.scale !== b.columns[k]!.scale)) continue;
    out.push({ table: b, assets: assets[0]!, claims: claims[0]!, joined: true });
  }
  return out;
}

function compare(doc: Document, s: Sides): RuleFinding[] {
  const out: RuleFinding[] = [];
  s.table.columns.forEach((col, k) => {
    const a = s.assets.cells[k];
    const c = s.claims.cells[k];
    if (!summable(col) || a?.value == null || c?.value == null) return;
    const reading = columnReading(doc, s.table, k);
    const j = judgeSum({
      parts: [figure(a)],
      stated: figure(c),
      doubts: [...cellDoubts([s.assets], k), ...cellDoubts([s.claims], k), ...(s.joined ? [t('table.balanceSides.tablesDoubt')] : []), ...(s.choice ? [t('table.balanceSides.choiceDoubt')] : [])],
      rounding: reading.rounding,
      mayDiffer: reading.mayDiffer,
    });
    if (!j) return;
    const header = col.header.join(' / ');
    out.push({
      severity: j.severity,
      message:
        t('table.balanceSides.differ', {
          assets: s.assets.label.trim(),
          claims: s.claims.label.trim(),
          assetsValue: figureText(j.comparison.computed, col.unit),
          claimsValue: figureText(j.comparison.stated, col.unit),
          difference: differenceText(j.comparison.difference, j.comparison.slack, col.unit),
          column: header ? t('table.inColumn', { header }) : '',
        }) + j.suffix,
      location: c.location,
      expected: j.comparison.computed.toFixed(),
      actual: j.comparison.stated.toFixed(),
    });
  });
  return out;
}

export const balanceSides: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/balance-sides',
    description: 'En balansräknings två sidor är lika stora: summa tillgångar är summa eget kapital och skulder',
    severity: 'error',
    docs:
      'In a balance sheet, each column\'s sum of the assets ("Summa tillgångar", "Tillgångar, totalt") must equal its sum of ' +
      'equity and liabilities ("Summa eget kapital, avsättningar och skulder", "Summa skulder och eget kapital"). The two ' +
      'rows are found by their own words; a difference between two cells read with certainty in one table is an error (a warning where the side has several sums so named and the last is taken), ' +
      'one within the rounding of the printed figures an info. Where the sheet is split into two tables under the same ' +
      'column headers, the pairing is a reading and a difference is a warning that says so.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) for (const s of sidesIn(table)) out.push(...compare(doc, s));
    for (const s of sidesAcross(doc.tables)) out.push(...compare(doc, s));
    return out;
  },
};
