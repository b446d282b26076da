import { basename } from 'node:path';
import { Decimal } from 'decimal.js';
import { readAgreementRefs } from '../document/references.js';
import type { ProseAmount } from '../model/amount.js';
import type { Document, Sentence } from '../model/document.js';
import type { Table } from '../model/table.js';
import { PHRASES, says } from '../lexicon/phrases.js';
import { NODE, type Frame, type FrameAmount, type KeyBase } from './frame.js';

/**
 * Reads the frame of an agreement from its own text.
 *
 * 1. Numbered "Varav" tables in kronor or millions (Bilaga 1 of an agreement): every row is a
 *    named amount, every parent the sum of its children, "Totalt" the sum of the top level.
 * 2. Prose: "omfattar totalt X, varav A", "Av dessa är B … varav C … och D", "Övriga medel, E"
 *    give parts of the amount just named; "Varje sådan del omfattar X vardera" after a list of
 *    n items splits n·X; the words after an amount give its allocation key ("fördelas utifrån
 *    befolkningsstorlek", "utifrån invånarantal 0–18 år", "efter uppnådda prestationskrav").
 *    A prose amount equal to one already known under the same parent is the same amount.
 */
const ZERO = new Decimal(0);

interface Builder {
  frame: Frame;
  parent: Map<string, string>;
  claimed: Set<string>;
}

const STOP = new Set(['prestationsbaserade', 'varav', 'medel', 'för', 'till', 'som', 'av', 'i', 'de', 'den', 'det', 'och', 'efter', 'inom', 'kopplade', 'utbetalas', 'respektive']);

/** Names that rules look for (totalt, regioner, skr, …) where the label says so; else a slug. */
function nameFor(label: string): string {
  const l = label.toLowerCase();
  if (/^(totalt|summa|total)\b/.test(l)) return NODE.total;
  if (/\bskr\b|sveriges kommuner och regioner/.test(l)) return NODE.skr;
  if (/utan rekvisition/.test(l)) return NODE.withoutRequisition;
  if (/efter rekvisition/.test(l)) return NODE.afterRequisition;
  if (/exkl\.?\s*bup/.test(l)) return 'exkl_bup';
  if (/prestationskrav\b/.test(l) && l.lastIndexOf('väntetider') > l.search(/prestationskrav\b/)) return 'bup_prestation';
  if (/^(varav )?medel (för|till) bup$/.test(l)) return 'bup';
  if (/^medel till regionerna$/.test(l)) return 'regioner';
  const words = blankParentheses(l)
    .split(/[^a-zåäö0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
  return words.slice(0, 3).join('_') || 'belopp';
}

function figureOf(a: ProseAmount): { value: Decimal; precision: Decimal; scale: number } {
  // "1 237 500 000 miljoner kronor": whole kronor with a stray scale word; the digits are the amount.
  const digits = a.raw.replace(/[^\d,]/g, '');
  if (a.scale >= 1e6 && /^\d{7,}$/.test(digits)) return { value: new Decimal(digits), precision: ZERO, scale: 1 };
  return { value: a.value, precision: a.precision, scale: a.scale };
}

function unique(b: Builder, name: string, parent: string | undefined): string {
  if (!b.frame.amounts.some((a) => a.name === name)) return name;
  const withParent = parent ? `${parent}_${name}` : name;
  let n = withParent;
  for (let i = 2; b.frame.amounts.some((a) => a.name === n); i++) n = `${withParent}_${i}`;
  return n;
}

function add(b: Builder, a: Omit<FrameAmount, 'name'>, name: string, parent?: string): string {
  // The same amount named again under the same parent (Tabell 1 and Tabell 2) is one amount.
  const same = b.frame.amounts.find((x) => x.name === name && x.value.eq(a.value) && b.parent.get(x.name) === parent);
  if (same) return same.name;
  const n = unique(b, name, parent);
  b.frame.amounts.push({ name: n, ...a });
  if (parent) b.parent.set(n, parent);
  return n;
}

function addSum(b: Builder, total: string, terms: string[], location: Frame['sums'][number]['location']): void {
  if (terms.length < 2 && !(terms.length === 1 && terms[0] !== total)) return;
  const key = [...terms].sort().join('+');
  if (b.frame.sums.some((s) => s.total === total && s.terms.map((t) => t.name).sort().join('+') === key)) return;
  b.frame.sums.push({ total, terms: terms.map((name) => ({ sign: 1 as const, name })), location });
}

function fromTable(b: Builder, table: Table): void {
  const numbered = table.rows.filter((r) => r.number !== undefined);
  const col = table.columns.findIndex((c) => c.unit === 'SEK' || (c.unit === null && table.unit === 'SEK'));
  if (numbered.length < 2 || col < 0 || !(table.unit === 'SEK' || table.columns[col]!.unit === 'SEK')) return;
  const names = new Map<string, string>();
  const totalRow = table.rows.find((r) => r.kind === 'total');
  const totalName = totalRow && totalRow.cells[col]?.value ? add(b, cellAmount(table, totalRow, col), NODE.total) : undefined;
  for (const row of numbered) {
    const cell = row.cells[col];
    if (!cell?.value) continue;
    const parentNumber = parentOf(row.number!);
    const parent = parentNumber ? names.get(parentNumber) : totalName;
    names.set(row.number!.replace(/\.$/, ''), add(b, cellAmount(table, row, col), nameFor(row.label), parent));
  }
  for (const [number, name] of names) {
    const children = [...names].filter(([n]) => n.startsWith(`${number}.`) && n.split('.').length === number.split('.').length + 1).map(([, c]) => c);
    if (children.length > 0) addSum(b, name, children, b.frame.amounts.find((a) => a.name === name)!.location);
  }
  if (totalName) {
    const top = [...names].filter(([n]) => !n.includes('.')).map(([, c]) => c);
    addSum(b, totalName, top, totalRow!.location);
  }
}

function cellAmount(table: Table, row: Table['rows'][number], col: number): Omit<FrameAmount, 'name'> {
  const cell = row.cells[col]!;
  return { value: cell.value!, precision: cell.precision, scale: table.columns[col]!.scale, label: row.label, location: cell.location };
}

/** The key stated in the words right after an amount, up to the next amount. */
export function keyAfter(text: string): KeyBase | null {
  const t = text.toLowerCase();
  if (says('keyPopulationYoung', t)) return 'befolkning_0_18';
  if (says('keyPopulation', t)) return 'befolkning';
  if (says('keyPerformance', t)) return 'prestation';
  return null;
}

/** Among amounts of this value, the one under `parent`, else the one whose label shares most words with the sentence. */
function findSame(b: Builder, value: Decimal, parent: string | undefined, sentence: string): string | undefined {
  const same = b.frame.amounts.filter((a) => a.value.eq(value));
  const under = same.filter((a) => b.parent.get(a.name) === parent);
  if (parent !== undefined) return under[0]?.name;
  if (same.length === 1) return same[0]!.name;
  const words = new Set(sentence.toLowerCase().split(/[^a-zåäö]+/).filter((w) => w.length > 3));
  const score = (a: FrameAmount): number => (a.label ?? '').toLowerCase().split(/[^a-zåäö]+/).filter((w) => words.has(w)).length;
  const ranked = same.filter((a) => !b.claimed.has(a.name)).sort((x, y) => score(y) - score(x));
  return ranked[0]?.name;
}

interface Clause {
  text: string;
  role: Sentence['role'];
  location: Sentence['location'];
  amounts: { a: ProseAmount; at: number }[];
}

/** Sentences cut again at ". " before a capital letter: the splitter keeps "… 2024. Av dessa …" together. */
function clauses(doc: Document): Clause[] {
  const out: Clause[] = [];
  const bySentence = new Map<number, ProseAmount[]>();
  for (const a of doc.amounts) if (a.unit === 'SEK' && a.change === undefined) bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);
  doc.sentences.forEach((s, index) => {
    const cuts = [0];
    for (const m of s.text.matchAll(/[.)]\s+(?=[A-ZÅÄÖ])/g)) cuts.push(m.index! + 1);
    cuts.push(s.text.length);
    const pieces: Clause[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) pieces.push({ text: s.text.slice(cuts[i]!, cuts[i + 1]!), role: s.role, location: s.location, amounts: [] });
    let from = 0;
    for (const a of bySentence.get(index) ?? []) {
      const at = s.text.indexOf(a.raw, from);
      if (at < 0) continue;
      from = at + a.raw.length;
      const k = cuts.findIndex((c, i) => at >= c && at < (cuts[i + 1] ?? Infinity));
      const piece = pieces[Math.min(k, pieces.length - 1)]!;
      piece.amounts.push({ a, at: at - cuts[k]! });
    }
    out.push(...pieces);
  });
  return out;
}

function fromProse(b: Builder, doc: Document): void {
  let last: string | undefined;
  let group: { parent: string; parts: string[] } | undefined;
  let list: string[] = [];
  const ordinals = new Map<string, string>();
  for (const c of clauses(doc)) {
    const text = c.text;
    if (c.role === 'list-item') {
      list.push(text.replace(/^[\s\-–•]+/, '').split(/[\s,]+/)[0]!.toLowerCase().replace(/[^a-zåäö]/g, ''));
      continue;
    }
    if (c.amounts.length === 0) {
      // A page number ("11 (22)") left between list items does not end the list.
      if (text.trim().length > 0 && !/^\s*\d+\s*\(\d+\)\s*$/.test(text)) list = [];
      continue;
    }
    if ((says('frameEachPart', text) || says('frameEachOf', text)) && list.length >= 2) {
      const first = c.amounts[0]!.a;
      const part = figureOf(first);
      const whole = b.frame.amounts.find((a) => a.value.eq(part.value.times(list.length)));
      if (whole) {
        const parts = list.map((item) => add(b, { ...part, label: item, location: first.location }, `${whole.name}_${nameFor(item)}`, whole.name));
        addSum(b, whole.name, parts, first.location);
      }
      list = [];
      continue;
    }
    list = [];
    const avDessa = says('frameOfThese', text) && last !== undefined;
    const ovriga = says('frameOthers', text) && group !== undefined;
    const varavAt = text.search(PHRASES.frameOf.pattern);
    const ordinal = PHRASES.frameOrdinal.pattern.exec(text)?.[1]?.toLowerCase();
    let varavParent: string | undefined;
    c.amounts.forEach(({ a, at }, i) => {
      const fig = figureOf(a);
      const nextAt = c.amounts[i + 1]?.at;
      const after = text.slice(at + a.raw.length, nextAt);
      const prev = c.amounts[i - 1];
      const before = text.slice(prev ? prev.at + prev.a.raw.length : 0, at);
      const key = keyAfter(after) ?? keyAfter(`${says('frameDistributed', before) ? 'fördelas ' : ''}${before.replace(/^.*?(?=utifrån|efter|baserat)/i, '')}`);
      let p: string | undefined;
      if (varavParent !== undefined && varavAt >= 0 && at > varavAt) p = varavParent;
      else if (i === 0 && avDessa) p = last;
      else if (i === 0 && ovriga) p = group!.parent;
      let name: string | undefined;
      if (p === undefined && i === 0 && ordinal && ordinals.has(ordinal)) name = ordinals.get(ordinal);
      name ??= findSame(b, fig.value, p, text);
      if (name === undefined) {
        const base = /\bSKR\b/.test(before) ? NODE.skr : p === undefined && says('frameInTotal', before) ? NODE.total : key ?? (says('frameOther', before) ? 'ovriga' : ordinal ? `${ordinal}_utbetalningen` : 'del');
        const label = text.slice(Math.max(0, at - 60), at + a.raw.length).replace(/^\S*\s/, '').trim();
        name = add(b, { ...fig, label, location: a.location }, p ? `${p}_${base}` : base, p);
      }
      if (p === undefined && i === 0 && ordinal) {
        ordinals.set(ordinal, name);
        b.claimed.add(name);
      }
      if (key && !b.frame.keys.some((k) => k.name === name)) b.frame.keys.push({ name, terms: [{ kind: 'share', base: key, weight: null }], location: a.location });
      if (i === 0 && avDessa) group = { parent: p!, parts: [name] };
      if (i === 0 && ovriga && !group!.parts.includes(name)) group!.parts.push(name);
      if (i === 0 && varavAt > at) varavParent = name;
      last = name;
    });
    if (ovriga && group) {
      addSum(b, group.parent, group.parts, c.location);
      group = undefined;
    }
  }
}

/** The agreement's own dnr: one printed in its opening lines, not a reference further down. */
function ownDnr(doc: Document): string[] {
  const opening = (doc.lines.length > 0 ? doc.lines.slice(0, 20) : doc.sentences.slice(0, 5).map((s) => s.text)).join('\n');
  return doc.dnr.filter((d) => opening.includes(d));
}

export function deriveFrame(doc: Document): Frame {
  // The agreement names itself ("denna överenskommelse … om X 2024") or its title does ("Överenskommelse om X 2017").
  const titled = doc.title ? readAgreementRefs(doc.title, doc.sentences[0]?.location ?? { file: doc.file })[0] : undefined;
  const self = doc.references.agreements.find((a) => a.self) ?? titled ?? null;
  const frame: Frame = {
    agreement: self?.name ?? null,
    year: self?.year ?? null,
    dnr: ownDnr(doc),
    source: basename(doc.file),
    amounts: [],
    sums: [],
    keys: [],
    origin: { kind: 'derived', file: doc.file },
  };
  const b: Builder = { frame, parent: new Map(), claimed: new Set() };
  for (const t of doc.tables) fromTable(b, t);
  fromProse(b, doc);
  return frame;
}

/** "1.2.1" → "1.2", "1.2." → "1", "3" → "": the number of the parent post. */
function parentOf(number: string): string {
  const end = number.endsWith('.') ? number.length - 1 : number.length;
  let start = end;
  while (start > 0 && number[start - 1]! >= '0' && number[start - 1]! <= '9') start--;
  if (start === end) return number;
  if (start > 0 && number[start - 1] === '.') start--;
  return number.slice(0, start);
}

/**
 * `s.replace(/\(.*?\)/g, ' ')` in one pass: an opening bracket runs to the next closing one on
 * its line. The regular expression would rescan to the line's end from every unclosed bracket.
 */
function blankParentheses(s: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = s.indexOf('(', i);
    const close = open < 0 ? -1 : s.indexOf(')', open + 1);
    if (close < 0) break;
    const broken = s.slice(open + 1, close).search(/[\n\r\u2028\u2029]/);
    if (broken >= 0) {
      out += s.slice(i, open + 1 + broken + 1);
      i = open + 1 + broken + 1;
      continue;
    }
    out += `${s.slice(i, open)} `;
    i = close + 1;
  }
  return out + s.slice(i);
}
