import { Decimal } from 'decimal.js';
import { findAmounts } from '../../grammars/amount/index.js';
import type { ProseAmount, Qualifier } from '../model/amount.js';
import type { Document } from '../model/document.js';
import type { Location } from '../model/location.js';
import { t as msg } from '../messages/index.js';

/**
 * Approximate claims ("Nära två miljarder", "drygt 249 miljoner") and what each qualifier
 * allows, as a share of the claimed figure N. These are kronkoll's reading, written down so
 * a finding can be argued with:
 *
 *   nära, närmare, uppemot   90–100 % of N      (just below, up to N)
 *   knappt                   95–100 % of N
 *   drygt                    100–110 % of N     (just above)
 *   över                     more than N
 *   under                    less than N
 *   cirka, omkring, runt     95–105 % of N, or N ± its written rounding when that is wider
 *
 * A claim is compared with the exact figure nearest to it among the document's table totals
 * (total rows, column sums, amounts in captions) and the exact amounts of its own sentence,
 * looked for within 75–125 % of N; a claim with no such figure is left alone.
 */
export interface Meaning {
  low: Decimal | null;
  high: Decimal | null;
  text: string;
}

const pct = (n: Decimal, p: number): Decimal => n.times(p).div(100);

export function meaningOf(q: Qualifier, n: Decimal, precision: Decimal): Meaning | null {
  switch (q) {
    case 'nära':
    case 'närmare':
    case 'uppemot':
      return { low: pct(n, 90), high: n, text: '90–100 %' };
    case 'knappt':
      return { low: pct(n, 95), high: n, text: '95–100 %' };
    case 'drygt':
      return { low: n, high: pct(n, 110), text: '100–110 %' };
    case 'över':
      return { low: n, high: null, text: msg('claim.more') };
    case 'under':
      return { low: null, high: n, text: msg('claim.less') };
    case 'cirka':
    case 'omkring':
    case 'runt': {
      const w = Decimal.max(pct(n, 5), precision);
      return { low: n.minus(w), high: n.plus(w), text: w.eq(precision) ? msg('claim.rounding') : '95–105 %' };
    }
    default:
      return null;
  }
}

export interface ExactFigure {
  value: Decimal;
  what: string;
  location: Location;
}

/** Exact figures a claim may speak of: table totals, column sums, caption amounts. */
export function exactFigures(doc: Document): ExactFigure[] {
  const out: ExactFigure[] = [];
  for (const t of doc.tables) {
    t.columns.forEach((c, i) => {
      if (c.unit !== 'SEK' && !(c.unit === null && t.unit === 'SEK')) return;
      const total = t.rows.find((r) => r.kind === 'total')?.cells[i];
      if (total?.value && total.precision.isZero()) out.push({ value: total.value, what: c.header.join(' / ') || t.caption ? msg('claim.totalRowOf', { name: c.header.join(' / ') || t.caption! }) : msg('claim.totalRowOfTable'), location: total.location });
      const data = t.rows.filter((r) => r.kind === 'data').map((r) => r.cells[i]?.value ?? null);
      if (!total && data.length >= 2 && data.every((v) => v !== null && v.isInteger())) {
        out.push({ value: (data as Decimal[]).reduce((s, v) => s.plus(v), new Decimal(0)), what: msg('claim.columnSum', { header: c.header.join(' / ') }), location: t.location });
      }
    });
    if (t.caption) {
      for (const a of findAmounts(t.caption)) {
        if (a.unit === 'SEK' && a.scale === 1 && a.qualifier === 'exact') out.push({ value: a.value, what: msg('claim.caption', { caption: t.caption ?? '' }), location: t.captionLocation ?? t.location });
      }
    }
  }
  return out;
}

export interface ClaimCheck {
  claim: ProseAmount;
  meaning: Meaning;
  figure: ExactFigure;
  holds: boolean;
}

export function checkClaims(doc: Document): ClaimCheck[] {
  const out: ClaimCheck[] = [];
  const tables = exactFigures(doc);
  for (const claim of doc.amounts) {
    if (claim.unit !== 'SEK' || claim.qualifier === 'exact' || claim.change !== undefined) continue;
    const meaning = meaningOf(claim.qualifier, claim.value, claim.precision);
    if (!meaning) continue;
    const sentence: ExactFigure[] = doc.amounts
      .filter((a) => a.sentence === claim.sentence && a !== claim && a.unit === 'SEK' && a.qualifier === 'exact' && a.change === undefined && a.precision.isZero())
      .map((a) => ({ value: a.value, what: msg('claim.sameSentence', { raw: a.raw }), location: a.location }));
    const near = [...sentence, ...tables]
      .filter((f) => f.value.gte(pct(claim.value, 75)) && f.value.lte(pct(claim.value, 125)))
      .sort((a, b) => a.value.minus(claim.value).abs().comparedTo(b.value.minus(claim.value).abs()));
    const figure = near[0];
    if (!figure) continue;
    const holds = (meaning.low === null || figure.value.gte(meaning.low)) && (meaning.high === null || figure.value.lte(meaning.high));
    out.push({ claim, meaning, figure, holds });
  }
  return out;
}
