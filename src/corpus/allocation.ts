import { Decimal } from 'decimal.js';
import type { Row, Table } from '../model/table.js';
import type { KeyTerm } from './frame.js';
import type { Population } from './reference.js';
import { num, t as msg } from '../messages/index.js';

/**
 * Fits the allocation key of a money column in a table of regions. Candidate keys:
 *
 * - by one base: x_i = T · b_i / Σb (population, insatser …)
 * - fixed part + population: x_i = a + (T − n·a) · p_i / Σp, a fitted (the median of the
 *   regions' own estimates, rounded to whole thousands)
 * - two bases mixed: x_i = T · (w · p_i/Σp + (1 − w) · q_i/Σq), w fitted to whole percent
 *
 * T is the sum of the column's data rows, so a key is tested apart from the total row. Each
 * region's expected amount is the largest-remainder rounding that keeps T exact; a region
 * matches when it is within 1 kr of it. A key fits when all but at most two regions match;
 * those are the deviants.
 */
export interface Base {
  name: 'befolkning' | 'insatser';
  /** "kolumnen Befolkning november 2023", "referens befolkning-2023-11-01.csv". */
  source: string;
  values: Decimal[];
}

export interface Deviant {
  row: Row;
  expected: Decimal;
  actual: Decimal;
}

export interface KeyFit {
  column: number;
  header: string;
  terms: KeyTerm[];
  description: string;
  bases: Base[];
  matched: number;
  regions: number;
  total: Decimal;
  deviants: Deviant[];
}

const ONE = new Decimal(1);
const ZERO = new Decimal(0);
const TOLERANCE = ONE;
const MIN_REGIONS = 10;
const MAX_DEVIANTS = 2;

/** Largest remainder: integer parts of total · w_i/Σw, the leftover kronor to the largest fractions. */
export function largestRemainder(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  const sum = weights.reduce((s, w) => s.plus(w), ZERO);
  if (sum.isZero()) return weights.map(() => ZERO);
  const quotas = weights.map((w) => total.times(w).div(sum));
  const floors = quotas.map((q) => q.floor());
  let left = total.minus(floors.reduce((s, f) => s.plus(f), ZERO)).toNumber();
  const order = quotas.map((q, i) => ({ i, frac: q.minus(floors[i]!) })).sort((a, b) => b.frac.comparedTo(a.frac));
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = floors[i]!.plus(1);
    left--;
  }
  return floors;
}

function median(values: Decimal[]): Decimal {
  const s = [...values].sort((a, b) => a.comparedTo(b));
  return s[Math.floor(s.length / 2)]!;
}

const roundTo = (v: Decimal, step: Decimal): Decimal => v.div(step).round().times(step);

interface Candidate {
  terms: KeyTerm[];
  description: string;
  expected: Decimal[];
  bases: Base[];
}

function score(actual: Decimal[], c: Candidate): number {
  return actual.filter((x, i) => x.minus(c.expected[i]!).abs().lte(TOLERANCE)).length;
}

function candidates(actual: Decimal[], bases: Base[]): Candidate[] {
  const n = actual.length;
  const total = actual.reduce((s, x) => s.plus(x), ZERO);
  const out: Candidate[] = [];
  for (const b of bases) {
    out.push({ terms: [{ kind: 'share', base: b.name, weight: null }], description: msg('allocation.key.one', { base: msg(`allocation.base.${b.name}`), source: b.source }), expected: largestRemainder(total, b.values), bases: [b] });
    // Fixed part per region, the rest by this base.
    const sum = b.values.reduce((s, v) => s.plus(v), ZERO);
    const estimates = actual
      .map((x, i) => {
        const share = b.values[i]!.div(sum);
        const denom = ONE.minus(share.times(n));
        return denom.abs().lt(0.05) ? null : x.minus(total.times(share)).div(denom);
      })
      .filter((v): v is Decimal => v !== null);
    if (estimates.length >= n / 2) {
      const a = median(estimates);
      for (const step of [100000, 10000, 1000]) {
        const fixed = roundTo(a, new Decimal(step));
        if (fixed.lte(0) || fixed.times(n).gte(total)) continue;
        const rest = largestRemainder(total.minus(fixed.times(n)), b.values);
        out.push({
          terms: [{ kind: 'fixed', perRegion: fixed }, { kind: 'share', base: b.name, weight: null }],
          description: msg('allocation.key.fixed', { perRegion: num(fixed), base: msg(`allocation.base.${b.name}`), source: b.source }),
          expected: rest.map((r) => r.plus(fixed)),
          bases: [b],
        });
      }
    }
  }
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      const p = bases[i]!;
      const q = bases[j]!;
      const ps = p.values.reduce((s, v) => s.plus(v), ZERO);
      const qs = q.values.reduce((s, v) => s.plus(v), ZERO);
      const w = actual
        .map((x, k) => {
          const pk = p.values[k]!.div(ps);
          const qk = q.values[k]!.div(qs);
          return pk.minus(qk).abs().lt(0.002) ? null : x.div(total).minus(qk).div(pk.minus(qk));
        })
        .filter((v): v is Decimal => v !== null);
      if (w.length < n / 2) continue;
      const weight = roundTo(median(w), new Decimal(0.01));
      if (weight.lte(0) || weight.gte(1)) continue;
      const mixed = p.values.map((v, k) => weight.times(v.div(ps)).plus(ONE.minus(weight).times(q.values[k]!.div(qs))));
      const pct = weight.times(100);
      out.push({
        terms: [
          { kind: 'share', base: p.name, weight: pct },
          { kind: 'share', base: q.name, weight: new Decimal(100).minus(pct) },
        ],
        description: msg('allocation.key.mixed', { p: pct.toFixed(), pBase: msg(`allocation.base.${p.name}`), pSource: p.source, q: new Decimal(100).minus(pct).toFixed(), qBase: msg(`allocation.base.${q.name}`), qSource: q.source }),
        expected: largestRemainder(total, mixed),
        bases: [p, q],
      });
    }
  }
  return out;
}

const isPopulation = (header: string): boolean => /befolkning|invånar/i.test(header) && !/0\s*[–-]\s*18|andel/i.test(header);
const isInsatser = (header: string): boolean => /insatser/i.test(header) && !/andel/i.test(header);

/** The share bases a table offers: its own population and insatser columns, else the reference population. */
export function basesFor(table: Table, rows: Row[], reference: Population | null): Base[] {
  const bases: Base[] = [];
  table.columns.forEach((c, i) => {
    const header = c.header.join(' ');
    const values = rows.map((r) => r.cells[i]?.value ?? null);
    if (values.some((v) => v === null || v.lte(0))) return;
    if (c.unit !== 'SEK' && isPopulation(header) && !bases.some((b) => b.name === 'befolkning')) bases.push({ name: 'befolkning', source: msg('allocation.source.column', { header }), values: values as Decimal[] });
    else if (c.unit !== 'SEK' && isInsatser(header)) bases.push({ name: 'insatser', source: msg('allocation.source.column', { header }), values: values as Decimal[] });
  });
  if (!bases.some((b) => b.name === 'befolkning')) {
    const ref = reference;
    const values = ref ? rows.map((r) => (r.region ? ref.byCode.get(r.region.code) ?? null : null)) : [];
    if (ref && values.every((v) => v !== null)) bases.push({ name: 'befolkning', source: msg('allocation.source.reference', { file: ref.file.split('/').pop() ?? '' }), values: values as Decimal[] });
  }
  return bases;
}

/** The fitted key of every money column of a table of regions that follows one. */
export function fitTable(table: Table, reference: Population | null): KeyFit[] {
  const rows = table.rows.filter((r) => r.kind === 'data' && r.region !== null);
  const codes = new Set(rows.map((r) => r.region!.code));
  if (rows.length < MIN_REGIONS || codes.size !== rows.length) return [];
  const bases = basesFor(table, rows, reference);
  if (bases.length === 0) return [];
  const out: KeyFit[] = [];
  table.columns.forEach((c, col) => {
    // A rate (kr per invånare) is no share of the column's sum, so no key can hold for it.
    if (c.unit !== 'SEK' || c.rate) return;
    const actual = rows.map((r) => r.cells[col]?.value ?? null);
    if (actual.some((v) => v === null || !v.isInteger() || v.lte(0))) return;
    const xs = actual as Decimal[];
    const ranked = candidates(xs, bases)
      .map((cand) => ({ cand, matched: score(xs, cand) }))
      .sort((a, b) => b.matched - a.matched || a.cand.terms.length - b.cand.terms.length);
    const best = ranked[0];
    if (!best || best.matched < rows.length - MAX_DEVIANTS) return;
    const deviants = rows
      .map((row, i) => ({ row, expected: best.cand.expected[i]!, actual: xs[i]! }))
      .filter((d) => d.actual.minus(d.expected).abs().gt(TOLERANCE));
    out.push({
      column: col,
      header: c.header.join(' / '),
      terms: best.cand.terms,
      description: best.cand.description,
      bases: best.cand.bases,
      matched: best.matched,
      regions: rows.length,
      total: xs.reduce((s, x) => s.plus(x), ZERO),
      deviants,
    });
  });
  return out;
}
