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
  deviants: { label: string; actual: Decimal; expected: Decimal }[];
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

export interface Explanation {
  frames: FrameExplanation[];
  documents: DocumentExplanation[];
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
          children.push({ label: `(också) ${name}`, value: a.value, verdict: c.verdict, to: `= ${s.terms.map((t, k) => `${k === 0 ? '' : t.sign < 0 ? '− ' : '+ '}${t.name}`).join(' ')}`, location: null, children: s.terms.map((t) => node(t.name, depth + 1)).filter((x): x is Tie => x !== null) });
        }
      });
    }
    const key = frame.keys.find((k) => k.name === name);
    if (key) to = `${to}${to ? '; ' : ''}fördelas efter ${key.terms.map((t) => (t.kind === 'fixed' ? `${t.perRegion.toFixed()} kr per region` : t.weight ? `${t.weight.toFixed()} % ${t.base}` : t.base)).join(' + ')}`;
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
      out.push({ label: `${t.caption ? `${t.caption.slice(0, 50)}${t.caption.length > 50 ? '…' : ''} — ` : ''}${c.header.join(' / ')}`, value: cell.value, unit: c.unit, verdict: cmp.verdict, to: `= summan av ${parts.length} rader (${cmp.computed.toFixed()})`, location: cell.location, children: [] });
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
    origin: `${frame.origin.kind === 'pinned' ? 'fastställd' : 'härledd'}: ${agreement ? basename(agreement.file) : basename(frame.origin.file)}${frame.origin.kind === 'pinned' ? ` (${basename(frame.origin.file)})` : ''}`,
    tree: frameTree(frame),
  }));
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
          frameTies.push({ label: `${s.role} "${s.raw}"`, value: s.value, verdict: 'unknown', to: 'beslutets egen räkning (framework/arithmetic)', location: s.location, children: [] });
          continue;
        }
        const c = compareFigures({ value: s.value, precision: s.precision }, node);
        frameTies.push({ label: `${s.role} "${s.raw}"`, value: s.value, verdict: c.verdict, to: `= ${node.name} ${node.value.toFixed()} i ${frameTitle(link.frame)}`, location: s.location, children: [] });
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
          if (best) frameTies.push({ label: `kolumnen "${c.header.join(' / ')}"`, value: cell.value, verdict: best.c.verdict, to: `= ${best.n.name} ${best.n.value.toFixed()} (fördelas efter ${key})`, location: cell.location, children: [] });
        });
      }
    }
    for (const c of checkClaims(doc)) {
      frameTies.push({ label: `påstående "${c.claim.raw}"`, value: c.claim.value, verdict: c.holds ? 'within-rounding' : 'mismatch', to: `${c.claim.qualifier} (${c.meaning.text}) ${c.figure.value.toFixed()}, ${c.figure.what}`, location: c.claim.location, children: [] });
    }
    const keys: KeyLine[] = [];
    for (const t of doc.tables) {
      const fits = fitTable(t, context.population);
      const regionRows = t.rows.filter((r) => r.kind === 'data' && r.region !== null).length;
      t.columns.forEach((c, i) => {
        if (c.unit !== 'SEK' || regionRows < 10) return;
        const fit = fits.find((f) => f.column === i);
        keys.push({
          table: t.caption ?? '(utan rubrik)',
          column: c.header.join(' / '),
          key: fit ? fit.description : null,
          matched: fit?.matched ?? 0,
          regions: regionRows,
          deviants: fit ? fit.deviants.map((d) => ({ label: d.row.label, actual: d.actual, expected: d.expected })) : [],
        });
      });
    }
    const known: Decimal[] = [...explainedValues];
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
      agreement: link ? `${frameTitle(link.frame)} (via ${link.how})` : null,
      totals: tableTotals(doc),
      frameTies,
      keys,
      unexplained,
    };
  });
  return { frames, documents };
}
