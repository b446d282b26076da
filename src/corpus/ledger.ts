import { basename } from 'node:path';
import { Decimal } from 'decimal.js';
import { compareFigures, type Comparison, type Figure } from '../compare/interval.js';
import type { ProseAmount } from '../model/amount.js';
import type { Document } from '../model/document.js';
import type { Location } from '../model/location.js';
import { PHRASES, says } from '../lexicon/phrases.js';
import { agreementOf, type NamedAgreement } from './agreement-name.js';
import { t } from '../messages/index.js';

/**
 * The money of one agreement and year as the run's documents state it, over time: the frame
 * (total, SKR's share, the performance part), each stated by any document with its source,
 * and the payouts ordered by document date. A remainder ("Nu betalas resterande X kronor ut")
 * is the last payout and must equal total − SKR − the payouts before it.
 *
 * A payout told in the past tense that ties to an earlier one (same month, or the same amount
 * within its rounding: "172 miljoner" for 172 345 678 kronor) is a restatement, not a new payout.
 */
export type FactKind = 'total' | 'skr' | 'performance' | 'payout' | 'remaining';

export interface Fact extends Figure {
  kind: FactKind;
  raw: string;
  location: Location;
  doc: Document;
  /** The document's date, "YYYY-MM-DD", or null. */
  date: string | null;
  /** "mars", when the sentence dates the payout. */
  month: string | null;
  /** Past-tense payout: it may restate one already in the ledger. */
  past: boolean;
  /** A payout, or a remainder its sentence pays out; a remainder not paid is what was left to pay. */
  paid: boolean;
  /** An earlier payout this one restates. */
  restates: Fact | null;
  context: string;
}

export interface LedgerDoc {
  doc: Document;
  evidence: string;
}

export interface Ledger {
  key: string;
  name: string;
  year: number;
  docs: LedgerDoc[];
  facts: Fact[];
  /** Payouts and remainders in the order they happened (document date, then text), restatements left out. */
  payouts: Fact[];
}

export interface Ledgers {
  ledgers: Ledger[];
  ambiguous: { doc: Document; candidates: NamedAgreement[]; evidence: string }[];
}

function classify(a: ProseAmount, before: string, after: string, agreement: boolean): FactKind | null {
  if (says('ledgerRemaining', before) || says('decisionRemaining', before)) return agreement ? null : 'remaining';
  if (says('decisionSkr', before) || says('ledgerSkrAfter', after)) return 'skr';
  if (says('ledgerPerformance', after)) return 'performance';
  // "…, varav Y fördelas till regionerna": a part of the amount just stated, not money of its own.
  if (says('ledgerPartOf', before)) return null;
  if (says('decisionSetAside', before) || says('decisionInTotal', before) || says('ledgerSetAsideAfter', after) || (says('ledgerTotal', before) && !says('ledgerToRecipient', after))) return 'total';
  // An agreement describes how money will be paid; only other documents report payouts.
  if (!agreement && (says('ledgerPaidBefore', before) || says('ledgerPaidAfter', after) || (says('ledgerPaidSplitVerb', before) && says('ledgerPaidSplitUt', after)))) return 'payout';
  return null;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const ORDER = (a: { date: string | null; file: string }, b: { date: string | null; file: string }): number =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.file.localeCompare(b.file);

function factsOf(doc: Document): Fact[] {
  const out: Fact[] = [];
  const agreement = doc.kind === 'överenskommelse';
  for (const a of doc.amounts) {
    // A bare number may be kronor ("Resterande medel, 1 687 500 000, ska fördelas"); the phrase decides.
    // A decrease ("förlorar 20 miljoner") is no payout.
    if ((a.unit !== 'SEK' && a.unit !== null) || a.qualifier !== 'exact' || a.change !== undefined) continue;
    const at = a.context.indexOf(a.raw);
    if (at < 0) continue;
    const before = a.context.slice(0, at);
    const after = a.context.slice(at + a.raw.length);
    const kind = classify(a, before, after, agreement);
    if (!kind) continue;
    if (out.some((f) => f.kind === kind && f.value.eq(a.value) && f.context === a.context)) continue;
    const stated = PHRASES.ledgerMonth.pattern.exec(a.context)?.[1]?.toLowerCase() ?? null;
    const past = (kind === 'payout' || kind === 'remaining') && !says('ledgerPresent', a.context);
    // A remainder is paid when its sentence pays it ("Nu betalas resterande X ut"); else it is what is left to pay.
    const paid = kind === 'payout' || (kind === 'remaining' && says('ledgerPaysRemainder', a.context) && !says('ledgerFuture', a.context));
    // A payout made now is dated by its document: "i dag" in a release of 14 March is March.
    const month = kind === 'payout' || kind === 'remaining' ? stated ?? (!past && doc.date ? MONTHS[Number(doc.date.slice(5, 7)) - 1] ?? null : null) : null;
    out.push({ kind, value: a.value, precision: a.precision, raw: a.raw, location: a.location, doc, date: doc.date, month, past, paid, restates: null, context: a.context });
  }
  // What a document recalls (past tense, what is left) comes before the payout it announces now.
  const now = (f: Fact): number => (f.paid && !f.past ? 1 : 0);
  return out.map((f, i) => ({ f, i })).sort((a, b) => now(a.f) - now(b.f) || a.i - b.i).map((x) => x.f);
}

/** A later, past-tense payout that names an earlier one again. */
function restated(f: Fact, earlier: readonly Fact[]): Fact | null {
  if (!f.past) return null;
  const others = earlier.filter((e) => e.doc !== f.doc);
  if (f.month) {
    const sameMonth = others.find((e) => e.month === f.month);
    if (sameMonth) return sameMonth;
  }
  return others.find((e) => compareFigures(e, f).verdict !== 'mismatch' && (f.month === null || e.month === null)) ?? null;
}

const cache = new WeakMap<readonly Document[], Ledgers>();

/** The ledgers of a run: one per agreement and year that at least one document names. */
export function buildLedgers(docs: readonly Document[]): Ledgers {
  const hit = cache.get(docs);
  if (hit) return hit;
  const byKey = new Map<string, Ledger>();
  const ambiguous: Ledgers['ambiguous'] = [];
  const ordered = [...docs].sort((a, b) => ORDER(a, b));
  for (const doc of ordered) {
    const of = agreementOf(doc);
    if (of.kind === 'ambiguous') ambiguous.push({ doc, candidates: of.candidates, evidence: of.evidence });
    if (of.kind !== 'one') continue;
    const a = of.agreement;
    let l = byKey.get(a.key);
    if (!l) byKey.set(a.key, (l = { key: a.key, name: a.name, year: a.year, docs: [], facts: [], payouts: [] }));
    // Renditions of one document (text and PDF: same dnr or title, same date) count once.
    const rendition = l.docs.some((d) => d.doc.date === doc.date && (doc.dnr.length > 0 ? [...d.doc.dnr].sort().join() === [...doc.dnr].sort().join() : d.doc.title === doc.title));
    l.docs.push({ doc, evidence: of.evidence });
    if (rendition) continue;
    for (const f of factsOf(doc)) {
      if (f.kind === 'payout' || f.kind === 'remaining') {
        f.restates = f.kind === 'payout' ? restated(f, l.payouts) : null;
        if (!f.restates) l.payouts.push(f);
      }
      l.facts.push(f);
    }
  }
  const out = { ledgers: [...byKey.values()], ambiguous };
  cache.set(docs, out);
  return out;
}

/** The ledger's best figure for a frame part: the tightest statement; conflicts are the restatement rule's. */
export function framePart(l: Ledger, kind: 'total' | 'skr' | 'performance'): Fact | null {
  const all = l.facts.filter((f) => f.kind === kind);
  return all.sort((a, b) => a.precision.comparedTo(b.precision))[0] ?? null;
}

export interface Balance {
  remaining: Fact;
  total: Fact | null;
  skr: Fact | null;
  earlier: Fact[];
  computed: Figure | null;
  comparison: Comparison | null;
  /** What keeps the equation from being decided: missing parts. Empty when complete. */
  missing: string[];
  /** "2 000 000 000 − 20 000 000 (SKR) − 300 000 000 (mars.md) …" */
  formula: string;
}

const ZERO = new Decimal(0);

/** Each remainder against total − SKR − the payouts before it. */
export function balances(l: Ledger): Balance[] {
  const out: Balance[] = [];
  const total = framePart(l, 'total');
  const skr = framePart(l, 'skr');
  l.payouts.forEach((r, i) => {
    if (r.kind !== 'remaining') return;
    const earlier = l.payouts.slice(0, i).filter((p) => p.paid);
    const missing: string[] = [];
    if (!total) missing.push(t('ledger.total'));
    if (!skr) missing.push(t('ledger.skr'));
    if (earlier.some((e) => e.date === null) || r.date === null) missing.push(t('ledger.payoutDate'));
    if (!total) {
      out.push({ remaining: r, total, skr, earlier, computed: null, comparison: null, missing, formula: '' });
      return;
    }
    let value = total.value;
    let precision = total.precision;
    for (const p of [...(skr ? [skr] : []), ...earlier]) {
      value = value.minus(p.value);
      precision = precision.plus(p.precision);
    }
    const computed = { value, precision };
    const terms = [t('ledger.termTotal', { raw: total.raw, file: basename(total.doc.file) }), ...(skr ? [t('ledger.termSkr', { raw: skr.raw, file: basename(skr.doc.file) })] : []), ...earlier.map((e) => t('ledger.termPayout', { raw: e.raw, month: e.month ? `${e.month}, ` : '', file: basename(e.doc.file) }))];
    out.push({ remaining: r, total, skr, earlier, computed, comparison: compareFigures(computed, r), missing, formula: terms.join(' − ') });
  });
  return out;
}

/** Everything paid (SKR's share included) against the total. */
export function paidSoFar(l: Ledger): Figure {
  const skr = framePart(l, 'skr');
  let value = ZERO;
  let precision = ZERO;
  for (const p of [...(skr ? [skr] : []), ...l.payouts.filter((x) => x.paid)]) {
    value = value.plus(p.value);
    precision = precision.plus(p.precision);
  }
  return { value, precision };
}

/** "överenskommelsen om kortare vårdköer 2025" */
export function ledgerTitle(l: Ledger): string {
  return t('agreement.year', { name: t('agreement.named', { name: l.name }), year: String(l.year) });
}
