import { basename } from 'node:path';
import type { Decimal } from 'decimal.js';
import { compareFigures, compareSum, type Verdict } from '../compare/interval.js';
import type { Unit } from '../model/amount.js';
import type { Document } from '../model/document.js';
import { checkClaims, exactFigures } from './claims.js';
import type { Location } from '../model/location.js';
import type { RuleContext } from './context.js';
import { fitTable } from './allocation.js';
import { amountOf, columnKey, frameTitle, ROLE_NODE, type Frame } from './frame.js';
import { linkDocuments } from './link.js';
import { num, t as msg } from '../messages/index.js';
import { balances, buildLedgers, framePart, ledgerTitle, paidSoFar, type Fact, type Ledger } from './ledger.js';

/**
 * The reconciliation of a run: for each document, how its stated totals tie to their parts
 * (table columns, numbered hierarchies), how its statements tie to the frame of its
 * agreement, which allocation key each region column follows, and which exact amounts in
 * its prose nothing explains. For each frame, its tree of sums.
 */
export interface Tie {
  label: string;
  value: Decimal;
  /** Unit of value; kronor unless a column counts persons. */
  unit?: Unit | null;
  verdict: Verdict | 'unknown';
  /** What it ties to, in words: "= 21 rader", "= totalt 2 937 miljoner i 003_….txt". */
  to: string;
  location: Location | null;
  children: Tie[];
}

export interface KeyLine {
  table: string;
  column: string;
  key: string | null;
  matched: number;
  regions: number;
  deviants: { label: string; actual: Decimal; expected: Decimal; location?: Location }[];
}

export interface DocumentExplanation {
  file: string;
  kind: Document['kind'];
  agreement: string | null;
  totals: Tie[];
  frameTies: Tie[];
  keys: KeyLine[];
  unexplained: { raw: string; value: Decimal; location: Location }[];
}

export interface FrameExplanation {
  title: string;
  origin: string;
  tree: Tie[];
}

/** One line of a ledger: a frame part or a payout, with its source. */
export interface LedgerLine {
  what: string;
  value: Decimal;
  raw: string;
  file: string;
  date: string | null;
  location: Location;
  /** A restatement: the earlier line it repeats, as "raw (file)". */
  restates: string | null;
}

export interface LedgerExplanation {
  agreement: string;
  documents: { file: string; date: string | null; evidence: string }[];
  frame: LedgerLine[];
  payouts: LedgerLine[];
  restatements: LedgerLine[];
  /** Each remainder against total − SKR − the payouts before it. */
  balances: { remaining: Decimal; computed: Decimal | null; verdict: Verdict | 'unknown'; formula: string; missing: string[] }[];
  /** What the frame leaves after SKR and every payout; null without a total. */
  left: Decimal | null;
}

export interface Explanation {
  frames: FrameExplanation[];
  documents: DocumentExplanation[];
  ledgers: LedgerExplanation[];
}

function frameTree(frame: Frame): Tie[] {
  const used = new Set<string>();
  const node = (name: string, depth: number): Tie | null => {
    const a = amountOf(frame, name);
    if (!a) return null;
    const sums = frame.sums.filter((s) => s.total === name);
    const children: Tie[] = [];
    let verdict: Tie['verdict'] = 'unknown';
    let to = '';
    if (!used.has(name) && depth < 8) {
      used.add(name);
      sums.forEach((s, i) => {
        const parts = s.terms.map((t) => amountOf(frame, t.name));
        if (parts.some((p) => !p)) return;
        const c = compareSum(parts.map((p, k) => ({ value: p!.value.times(s.terms[k]!.sign), precision: p!.precision })), a);
        if (i === 0) {
          verdict = c.verdict;
          to = `= ${s.terms.map((t, k) => `${k === 0 ? '' : t.sign < 0 ? '− ' : '+ '}${t.name}`).join(' ')}`;
          for (const t of s.terms) {
            const child = node(t.name, depth + 1);
            if (child) children.push(child);
          }
        } else {
          children.push({ label: msg('explain.also', { name }), value: a.value, verdict: c.verdict, to: `= ${s.terms.map((t, k) => `${k === 0 ? '' : t.sign < 0 ? '− ' : '+ '}${t.name}`).join(' ')}`, location: null, children: s.terms.map((t) => node(t.name, depth + 1)).filter((x): x is Tie => x !== null) });
        }
      });
    }
    const key = frame.keys.find((k) => k.name === name);
    if (key) to = `${to}${to ? '; ' : ''}${msg('explain.keyedBy', { key: key.terms.map((t) => (t.kind === 'fixed' ? msg('explain.perRegion', { amount: num(t.perRegion) }) : t.weight ? `${num(t.weight)} % ${t.base}` : t.base)).join(' + ') })}`;
    return { label: `${name}${a.label ? ` "${a.label}"` : ''}`, value: a.value, verdict, to, location: a.location, children };
  };
  const children = new Set(frame.sums.flatMap((s) => s.terms.map((t) => t.name)));
  const roots = frame.amounts.filter((a) => !children.has(a.name)).map((a) => a.name);
  return roots.map((r) => node(r, 0)).filter((x): x is Tie => x !== null);
}

function tableTotals(doc: Document): Tie[] {
  const out: Tie[] = [];
  for (const t of doc.tables) {
    const total = t.rows.find((r) => r.kind === 'total');
    if (!total) continue;
    const data = t.rows.filter((r) => r.kind === 'data' && r.number === undefined);
    t.columns.forEach((c, i) => {
      const cell = total.cells[i];
      if (!cell?.value || c.unit === 'percent') return;
      const parts = data.map((r) => r.cells[i]).filter((x) => x?.value).map((x) => ({ value: x!.value!, precision: x!.precision }));
      if (parts.length < 2) return;
      const cmp = compareSum(parts, { value: cell.value, precision: cell.precision });
      out.push({ label: `${t.caption ? `${t.caption.slice(0, 50)}${t.caption.length > 50 ? '…' : ''} — ` : ''}${c.header.join(' / ')}`, value: cell.value, unit: c.unit, verdict: cmp.verdict, to: msg('explain.sumOfRows', { rows: String(parts.length), sum: num(cmp.computed) }), location: cell.location, children: [] });
    });
  }
  return out;
}

export function explain(docs: readonly Document[], context: RuleContext): Explanation {
  const linked = linkDocuments(docs, context.frames);
  // Only frames this run uses: its agreement is in the run, or a document links to it.
  const used = new Set(linked.links.map((l) => l.frame));
  const frames = linked.frames.filter(({ frame, agreement }) => agreement !== null || used.has(frame)).map(({ frame, agreement }) => ({
    title: frameTitle(frame),
    origin: `${frame.origin.kind === 'pinned' ? msg('explain.pinned') : msg('explain.derived')}: ${agreement ? basename(agreement.file) : basename(frame.origin.file)}${frame.origin.kind === 'pinned' ? ` (${basename(frame.origin.file)})` : ''}`,
    tree: frameTree(frame),
  }));
  const ledgers = buildLedgers(docs).ledgers;
  const documents: DocumentExplanation[] = docs.map((doc) => {
    const link = linked.links.find((l) => l.doc === doc);
    const frameTies: Tie[] = [];
    const explainedValues: Decimal[] = [];
    if (link) {
      for (const s of link.statements) {
        const target = ROLE_NODE[s.role];
        const node = target ? amountOf(link.frame, target) : undefined;
        explainedValues.push(s.value);
        if (!node) {
          frameTies.push({ label: `${msg(`role.${s.role}`)} "${s.raw}"`, value: s.value, verdict: 'unknown', to: msg('explain.ownArithmetic'), location: s.location, children: [] });
          continue;
        }
        const c = compareFigures({ value: s.value, precision: s.precision }, node);
        frameTies.push({ label: `${msg(`role.${s.role}`)} "${s.raw}"`, value: s.value, verdict: c.verdict, to: msg('explain.inFrame', { name: node.name, amount: num(node.value), frame: frameTitle(link.frame) }), location: s.location, children: [] });
      }
    }
    if (link) {
      // Money columns by population tie to the frame's amounts with the same key.
      for (const t of doc.tables) {
        const total = t.rows.find((r) => r.kind === 'total');
        t.columns.forEach((c, i) => {
          const key = columnKey(c);
          const cell = total?.cells[i];
          if (!key || !cell?.value) return;
          const nodes = link.frame.keys.filter((k) => k.terms.length === 1 && k.terms[0]!.kind === 'share' && k.terms[0]!.base === key).map((k) => amountOf(link.frame, k.name)!).filter(Boolean);
          const best = nodes.map((n) => ({ n, c: compareFigures({ value: cell.value!, precision: cell.precision }, n) })).sort((a, b) => a.c.difference.abs().comparedTo(b.c.difference.abs()))[0];
          if (best) frameTies.push({ label: msg('explain.column', { header: c.header.join(' / ') }), value: cell.value, verdict: best.c.verdict, to: msg('explain.keyNode', { name: best.n.name, amount: num(best.n.value), key }), location: cell.location, children: [] });
        });
      }
    }
    for (const c of checkClaims(doc)) {
      frameTies.push({ label: msg('explain.claim', { raw: c.claim.raw }), value: c.claim.value, verdict: c.holds ? 'within-rounding' : 'mismatch', to: `${c.claim.qualifier} (${c.meaning.text}) ${msg('figure.kr', { n: num(c.figure.value) })}, ${c.figure.what}`, location: c.claim.location, children: [] });
    }
    const keys: KeyLine[] = [];
    for (const t of doc.tables) {
      const fits = fitTable(t, context.population);
      const regionRows = t.rows.filter((r) => r.kind === 'data' && r.region !== null).length;
      t.columns.forEach((c, i) => {
        if (c.unit !== 'SEK' || regionRows < 10) return;
        const fit = fits.find((f) => f.column === i);
        keys.push({
          table: t.caption ?? msg('explain.noCaption'),
          column: c.header.join(' / '),
          key: fit ? fit.description : null,
          matched: fit?.matched ?? 0,
          regions: regionRows,
          deviants: fit ? fit.deviants.map((d) => ({ label: d.row.label, actual: d.actual, expected: d.expected, location: d.row.cells[i]?.location ?? d.row.location })) : [],
        });
      });
    }
    const known: Decimal[] = [...explainedValues];
    // Amounts the payout ledger reads (frame parts, payouts, remainders) are explained there.
    for (const l of ledgers) for (const f of l.facts) if (f.doc === doc) known.push(f.value);
    for (const t of doc.tables) for (const r of t.rows) for (const c of r.cells) if (c.value) known.push(c.value);
    for (const f of link ? [link.frame] : []) for (const a of f.amounts) known.push(a.value);
    for (const f of exactFigures(doc)) known.push(f.value);
    const unexplained = doc.amounts
      .filter((a) => a.unit === 'SEK' && a.precision.isZero() && !known.some((k) => k.eq(a.value)))
      .filter((a, i, all) => all.findIndex((b) => b.value.eq(a.value)) === i)
      .map((a) => ({ raw: a.raw, value: a.value, location: a.location }));
    return {
      file: doc.file,
      kind: doc.kind,
      agreement: link ? msg('explain.via', { frame: frameTitle(link.frame), how: link.how === 'dnr' ? msg('framework.link.byDnr') : msg('framework.link.byName') }) : null,
      totals: tableTotals(doc),
      frameTies,
      keys,
      unexplained,
    };
  });
  return { frames, documents, ledgers: ledgers.map(ledgerExplanation) };
}

const WHAT: Record<Fact['kind'], `ledgerLine.${Fact['kind']}`> = { total: 'ledgerLine.total', skr: 'ledgerLine.skr', performance: 'ledgerLine.performance', payout: 'ledgerLine.payout', remaining: 'ledgerLine.remaining' };

function line(f: Fact): LedgerLine {
  const what = f.kind === 'remaining' && !f.paid ? msg('ledgerLine.toPay') : `${msg(WHAT[f.kind])}${f.month ? msg('framework.restatement.month', { month: f.month }) : ''}`;
  return { what, value: f.value, raw: f.raw, file: basename(f.doc.file), date: f.date, location: f.location, restates: f.restates ? `${f.restates.raw} (${basename(f.restates.doc.file)})` : null };
}

function ledgerExplanation(l: Ledger): LedgerExplanation {
  const total = framePart(l, 'total');
  const paid = paidSoFar(l);
  return {
    agreement: ledgerTitle(l),
    documents: l.docs.map((d) => ({ file: basename(d.doc.file), date: d.doc.date, evidence: d.evidence })),
    frame: l.facts.filter((f) => f.kind === 'total' || f.kind === 'skr' || f.kind === 'performance').map(line),
    payouts: l.payouts.map(line),
    restatements: l.facts.filter((f) => f.restates).map(line),
    balances: balances(l).map((b) => ({ remaining: b.remaining.value, computed: b.computed?.value ?? null, verdict: b.comparison?.verdict ?? 'unknown', formula: b.formula, missing: b.missing })),
    left: total ? total.value.minus(paid.value) : null,
  };
}
