import { Decimal } from 'decimal.js';
import type { Figure } from './interval.js';

/**
 * Arithmetic a line writes out: "Grundstöd 20 000 + mandatstöd 3 × 12 000 = 56 000", or a
 * table row that writes its addition before its result, "M 10 5 573 + 102 370 107 945" (a seat
 * count, then 5 573 + 102 370, then the sum). Terms are added, factors in a term multiplied.
 *
 * Where figures stand one space apart, as their digit groups do, where one figure ends and the
 * next begins is not printed: "5 573 + 102 370 107 945" may be 102 370 and 107 945 or 102 and
 * 370 107 945. Every reading the digit groups allow is tried and the one whose arithmetic comes
 * closest is taken; the expression is then `guessed`, and a result read without "=" must come
 * within a tenth of the terms, or the figures are no written arithmetic at all (a "+" sign of a
 * change column, figures that only stand side by side).
 */
export interface WrittenFigure extends Figure {
  raw: string;
  /** Offsets into the line: characters [from, to). */
  from: number;
  to: number;
}

export interface WrittenArithmetic {
  /** The terms added; each term the factors multiplied. */
  terms: WrittenFigure[][];
  result: WrittenFigure;
  /** The result stands after "=" rather than after a space. */
  equals: boolean;
  /** Figures before the first term in the same run of digits (a count printed in a column of its own). */
  leading: WrittenFigure[];
  /** More than one reading of the digit groups was possible; the arithmetic chose one. */
  guessed: boolean;
  /** A scale word follows the result only ("= 4,4 miljoner"): whether it scales the terms too is not printed. */
  scaledResult: boolean;
  /** Words between the figures ("mandatstöd"), so the line is prose rather than a row of cells. */
  worded: boolean;
  /** The terms' value and the interval their written precision allows. */
  computed: Figure;
}

type Tok =
  | { kind: 'num'; text: string; from: number; to: number }
  | { kind: 'op'; op: '+' | '×'; from: number; to: number }
  | { kind: 'eq'; from: number; to: number }
  | { kind: 'word'; text: string; from: number; to: number };

/** Figures, operators and words; "x" and "*" are operators only when set apart by spaces. */
const TOKEN = /\d+(?:,\d+)?|[+×=]|[^\s\d+×=]+/g;
const UNIT_WORD = /^(?:kr|kr\.|kronor|sek|st|st\.|à|á)$/i;
/** A word that scales the figure before it ("12 tkr", "2,3 mnkr", "3 miljoner"): its figure is not the number printed. */
const SCALE_WORD = /^(?:tkr|tkr\.|mnkr|mkr|mdkr|mdr|ksek|msek|tusen|miljon(?:er)?|milj\.?|miljard(?:er)?)$/i;
const GROUP_SPACE = /^[ \u00a0\u202f\u2009]$/;
const MAX_LINE = 300;
const MAX_WORDS = 3;
const MAX_TERMS = 8;
/** A result read without "=", or by a reading the digit groups left open, must come this near its terms. */
const FIT = new Decimal('0.1');

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const s = m[0];
    const from = m.index;
    const to = from + s.length;
    if (/^\d/.test(s)) out.push({ kind: 'num', text: s, from, to });
    else if (s === '+') out.push({ kind: 'op', op: '+', from, to });
    else if (s === '×') out.push({ kind: 'op', op: '×', from, to });
    else if (s === '=') out.push({ kind: 'eq', from, to });
    else if ((s === 'x' || s === 'X' || s === '*' || s === '·') && /\s/.test(text[from - 1] ?? '') && /\s/.test(text[to] ?? '')) out.push({ kind: 'op', op: '×', from, to });
    else out.push({ kind: 'word', text: s, from, to });
  }
  return out;
}

/** Figures one space apart: a run the digit groups may cut into several figures. */
interface Run {
  toks: { text: string; from: number; to: number }[];
}
type Piece = { kind: 'run'; run: Run } | { kind: 'op'; op: '+' | '×' } | { kind: 'eq' } | { kind: 'word'; text: string };

function pieces(text: string, toks: Tok[]): Piece[] {
  const out: Piece[] = [];
  for (const t of toks) {
    const last = out[out.length - 1];
    if (t.kind === 'num') {
      const prev = last?.kind === 'run' ? last.run.toks[last.run.toks.length - 1]! : null;
      if (last?.kind === 'run' && prev && GROUP_SPACE.test(text.slice(prev.to, t.from))) last.run.toks.push(t);
      else out.push({ kind: 'run', run: { toks: [t] } });
    } else if (t.kind === 'op') out.push({ kind: 'op', op: t.op });
    else if (t.kind === 'eq') out.push({ kind: 'eq' });
    else out.push({ kind: 'word', text: t.text });
  }
  return out;
}

/** Tokens [a, b) of a run as one figure, or null when the digit groups do not make one. */
function figure(text: string, run: Run, a: number, b: number): WrittenFigure | null {
  if (b <= a) return null;
  const toks = run.toks.slice(a, b);
  const first = toks[0]!.text;
  if (toks.length > 1) {
    if (!/^[1-9]\d{0,2}$/.test(first)) return null;
    for (let k = 1; k < toks.length; k++) if (!(k === toks.length - 1 ? /^\d{3}(?:,\d+)?$/ : /^\d{3}$/).test(toks[k]!.text)) return null;
  } else if (/^0\d/.test(first)) return null;
  const digits = toks.map((t) => t.text).join('').replace(',', '.');
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const from = toks[0]!.from;
  const to = toks[toks.length - 1]!.to;
  return { raw: text.slice(from, to), value: new Decimal(digits), precision: decimals === 0 ? new Decimal(0) : new Decimal(1).div(new Decimal(10).pow(decimals)).div(2), from, to };
}

/** Every way tokens [a, b) cut into figures, greedy from the left first. */
function cuts(text: string, run: Run, a: number, b: number, limit = 64): WrittenFigure[][] {
  if (a === b) return [[]];
  const out: WrittenFigure[][] = [];
  for (let e = b; e > a && out.length < limit; e--) {
    const f = figure(text, run, a, e);
    if (!f) continue;
    for (const rest of cuts(text, run, e, b, limit - out.length)) out.push([f, ...rest]);
  }
  return out;
}

function product(factors: readonly WrittenFigure[]): Figure {
  let value = new Decimal(1);
  let precision = new Decimal(0);
  for (const f of factors) {
    // |ab| widens by |a|·δb + |b|·δa + δa·δb.
    precision = value.abs().times(f.precision).plus(f.value.abs().times(precision)).plus(precision.times(f.precision));
    value = value.times(f.value);
  }
  return { value, precision };
}

function evaluate(terms: readonly WrittenFigure[][]): Figure {
  let value = new Decimal(0);
  let precision = new Decimal(0);
  for (const t of terms) {
    const p = product(t);
    value = value.plus(p.value);
    precision = precision.plus(p.precision);
  }
  return { value, precision };
}

/** How far the result lies from the terms, relative to the result. */
const misfit = (computed: Figure, result: WrittenFigure): Decimal =>
  result.value.isZero() ? (computed.value.isZero() ? new Decimal(0) : new Decimal(Infinity)) : computed.value.minus(result.value).abs().div(result.value);

/**
 * The written arithmetic of a line, or null when it writes none. Only the first expression of a
 * line is read; a figure or an operator after its result leaves the line unread (a change column
 * signed "+5", figures side by side).
 */
export function readWrittenArithmetic(text: string): WrittenArithmetic | null {
  if (text.length > MAX_LINE || !/[+×=*x·]/.test(text)) return null;
  const ps = pieces(text, tokens(text));
  // Runs of figures a word scales ("12 tkr", "2,3 mnkr", "= 4,4 miljoner"): the number printed is not the amount.
  const scaled = new Set<Run>();
  ps.forEach((p, j) => {
    const before = ps[j - 1];
    if (p.kind === 'word' && SCALE_WORD.test(p.text) && before?.kind === 'run') scaled.add(before.run);
  });
  // The first operator with a run of figures before it (a unit word may stand between).
  let k = ps.findIndex((p, j) => p.kind === 'op' && runBefore(ps, j) !== null);
  if (k < 0) return null;
  const firstRun = runBefore(ps, k)!;
  // Before the first run: words only (the row's label), or nothing.
  if (ps.slice(0, firstRun.at).some((p) => p.kind !== 'word')) return null;
  // The middle operands: whole runs between two operators.
  const ops: ('+' | '×')[] = [];
  const middle: Run[] = [];
  let worded = false;
  let j = k;
  let last: Run | null = null;
  let equals = false;
  let resultRun: Run | null = null;
  for (;;) {
    ops.push((ps[j] as { op: '+' | '×' }).op);
    if (ops.length > MAX_TERMS * 2) return null;
    let n = j + 1;
    let words = 0;
    while (ps[n]?.kind === 'word' && words < MAX_WORDS) {
      words++;
      n++;
    }
    if (words > 0) worded = true;
    const p = ps[n];
    if (p?.kind !== 'run') return null;
    n++;
    if (ps[n]?.kind === 'word' && UNIT_WORD.test((ps[n] as { text: string }).text)) n++;
    const after = ps[n];
    if (after?.kind === 'op') {
      middle.push(p.run);
      j = n;
      continue;
    }
    last = p.run;
    if (after?.kind === 'eq') {
      equals = true;
      let r = n + 1;
      let w = 0;
      while (ps[r]?.kind === 'word' && w < MAX_WORDS) {
        w++;
        r++;
      }
      if (ps[r]?.kind !== 'run') return null;
      resultRun = (ps[r] as { run: Run }).run;
      n = r + 1;
    }
    // Nothing but words after the result: no more figures, no operator.
    if (ps.slice(n).some((q) => q.kind !== 'word')) return null;
    break;
  }
  // Readings: the first term's cut from its run, each middle run whole, the last run (and the result).
  const mids: WrittenFigure[] = [];
  for (const r of middle) {
    const f = figure(text, r, 0, r.toks.length);
    if (!f) return null;
    mids.push(f);
  }
  const firsts: { leading: WrittenFigure[]; first: WrittenFigure }[] = [];
  const fr = firstRun.run;
  for (let a = fr.toks.length - 1; a >= 0; a--) {
    const f = figure(text, fr, a, fr.toks.length);
    if (!f) continue;
    const lead = cuts(text, fr, 0, a, 1)[0];
    if (lead) firsts.push({ leading: lead, first: f });
  }
  const lasts: { operand: WrittenFigure; result: WrittenFigure }[] = [];
  if (resultRun) {
    const op = figure(text, last!, 0, last!.toks.length);
    if (!op) return null;
    // The result: the whole run after "=", or its first figure when more follow in words' place.
    const res = figure(text, resultRun, 0, resultRun.toks.length);
    if (!res) return null;
    lasts.push({ operand: op, result: res });
  } else {
    const r = last!;
    for (let e = 1; e < r.toks.length; e++) {
      const op = figure(text, r, 0, e);
      const res = figure(text, r, e, r.toks.length);
      if (op && res) lasts.push({ operand: op, result: res });
    }
  }
  let best: { value: WrittenArithmetic; misfit: Decimal } | null = null;
  for (const f of firsts) {
    for (const l of lasts) {
      const figs = [f.first, ...mids, l.operand];
      const terms: WrittenFigure[][] = [[figs[0]!]];
      ops.forEach((op, q) => (op === '+' ? terms.push([figs[q + 1]!]) : terms[terms.length - 1]!.push(figs[q + 1]!)));
      if (terms.length > MAX_TERMS) return null;
      const computed = evaluate(terms);
      const m = misfit(computed, l.result);
      if (!best || m.lt(best.misfit)) best = { value: { terms, result: l.result, equals, leading: f.leading, guessed: false, scaledResult: false, worded, computed }, misfit: m };
    }
  }
  if (!best) return null;
  // A scaled term ("12 tkr + 3 000 kr = 15 000 kr") would be compared in the wrong scale: the line
  // is left unread. A scale word after the result alone may be the whole line's ("1,5 × 3 = 4,4
  // miljoner") or the result's only ("700 + 500 = 1,2 miljoner"): it is read, and marked.
  if ([...scaled].some((r) => r !== resultRun)) return null;
  const scaledResult = resultRun !== null && scaled.has(resultRun);
  const guessed = firsts.length * lasts.length > 1;
  if ((guessed || !equals) && best.misfit.gt(FIT)) return null;
  return { ...best.value, guessed, scaledResult };
}

/** The run of figures right before piece j (a unit word may stand between), with its index. */
function runBefore(ps: readonly Piece[], j: number): { run: Run; at: number } | null {
  let k = j - 1;
  if (ps[k]?.kind === 'word' && UNIT_WORD.test((ps[k] as { text: string }).text)) k--;
  const p = ps[k];
  return p?.kind === 'run' ? { run: p.run, at: k } : null;
}
