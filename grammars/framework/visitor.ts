/**
 * CST → Frame. Checks what the grammar cannot: names defined once, sums and keys naming
 * defined amounts, known key bases, weights adding up to 100 %.
 */
import type { CstNode, IToken } from 'chevrotain';
import { Decimal } from 'decimal.js';
import { parseCell } from '../amount/index.js';
import { KEY_BASES, type Frame, type FrameAmount, type KeyBase, type KeyTerm, type SumTerm } from '../../src/model/frame.js';
import { frameworkParser } from './parser.js';
import { t } from '../../src/messages/index.js';

export interface FrameworkError {
  message: string;
  line: number;
  column: number;
}

type Children = Record<string, (IToken | CstNode)[] | undefined>;

const tok = (c: Children, name: string, i = 0): IToken | undefined => c[name]?.[i] as IToken | undefined;
const toks = (c: Children, name: string): IToken[] => (c[name] ?? []) as IToken[];
const nodes = (c: Children, name: string): CstNode[] => (c[name] ?? []) as CstNode[];
const unquote = (s: string): string => s.slice(1, -1);

/** A Number token's amount; whole kronor written in full are exact, as in prose. */
function literalAmount(raw: string): { value: Decimal; precision: Decimal; scale: number } | null {
  const cell = parseCell(raw);
  if (!cell) return null;
  const exact = cell.scale === 1 && cell.written.isInteger();
  return { value: cell.value, precision: exact ? new Decimal(0) : cell.precision, scale: cell.scale };
}

const BaseVisitor = frameworkParser.getBaseCstVisitorConstructorWithDefaults();

export class FrameworkVisitor extends BaseVisitor {
  readonly errors: FrameworkError[] = [];
  readonly result: Frame;
  private pending: { token: IToken; what: 'frameLang.inSum' | 'frameLang.inKey' }[] = [];

  constructor(file: string) {
    super();
    this.validateVisitor();
    this.result = { agreement: null, year: null, dnr: [], source: null, amounts: [], sums: [], keys: [], origin: { kind: 'pinned', file } };
  }

  private error(token: IToken, message: string): void {
    this.errors.push({ message, line: token.startLine ?? 0, column: token.startColumn ?? 0 });
  }

  private loc(token: IToken): { file: string; line: number; column: number } {
    return { file: this.result.origin.file, line: token.startLine ?? 0, column: token.startColumn ?? 0 };
  }

  /** Visits the whole frame, then resolves the names used before their definition. */
  build(cst: CstNode): void {
    this.visit(cst);
    const defined = new Set(this.result.amounts.map((a) => a.name));
    for (const p of this.pending) if (!defined.has(p.token.image)) this.error(p.token, t('frameLang.unknownAmount', { name: p.token.image, where: t(p.what) }));
  }

  frame(c: Children): void {
    for (const n of nodes(c, 'statement')) this.visit(n);
  }

  statement(c: Children): void {
    for (const list of Object.values(c)) for (const n of list ?? []) this.visit(n as CstNode);
  }

  agreement(c: Children): void {
    this.result.agreement = unquote(tok(c, 'StringLiteral')!.image).toLowerCase();
    const year = tok(c, 'Number');
    if (year) {
      if (!/^(19|20)\d{2}$/.test(year.image)) this.error(year, t('frameLang.year', { got: year.image }));
      else this.result.year = Number(year.image);
    }
  }

  dnr(c: Children): void {
    for (const d of toks(c, 'DnrLiteral')) if (!this.result.dnr.includes(d.image)) this.result.dnr.push(d.image);
  }

  source(c: Children): void {
    this.result.source = unquote(tok(c, 'StringLiteral')!.image);
  }

  amount(c: Children): void {
    const name = tok(c, 'Identifier')!;
    const num = tok(c, 'Number')!;
    if (this.result.amounts.some((a) => a.name === name.image)) {
      this.error(name, t('frameLang.defined', { name: name.image }));
      return;
    }
    const lit = literalAmount(num.image);
    if (!lit) {
      this.error(num, t('frameLang.notAmount', { got: num.image }));
      return;
    }
    const label = tok(c, 'StringLiteral');
    const line = tok(c, 'line');
    const a: FrameAmount = { name: name.image, ...lit, label: label ? unquote(label.image) : null, location: this.loc(name) };
    if (line) a.location = { file: this.result.source ?? this.result.origin.file, line: Number(line.image) };
    this.result.amounts.push(a);
  }

  sum(c: Children): void {
    const total = tok(c, 'total')!;
    const terms = toks(c, 'term');
    const signs = toks(c, 'sign');
    this.pending.push({ token: total, what: 'frameLang.inSum' as const }, ...terms.map((token) => ({ token, what: 'frameLang.inSum' as const })));
    const out: SumTerm[] = terms.map((term, i) => ({ sign: i > 0 && signs[i - 1]!.image !== '+' ? -1 : 1, name: term.image }));
    this.result.sums.push({ total: total.image, terms: out, location: this.loc(total) });
  }

  key(c: Children): void {
    const name = tok(c, 'Identifier')!;
    this.pending.push({ token: name, what: 'frameLang.inKey' });
    const terms = nodes(c, 'keyTerm').map((n) => this.visit(n) as KeyTerm | null);
    if (terms.some((x) => x === null)) return;
    const weights = (terms as KeyTerm[]).filter((x): x is Extract<KeyTerm, { kind: 'share' }> => x.kind === 'share');
    const weighted = weights.filter((w) => w.weight !== null);
    if (weighted.length > 0) {
      const sum = weighted.reduce((s, w) => s.plus(w.weight!), new Decimal(0));
      if (weighted.length !== weights.length || !sum.eq(100)) this.error(name, t('frameLang.weights', { name: name.image, sum: sum.toFixed() }));
    } else if (weights.length > 1) this.error(name, t('frameLang.noWeights', { name: name.image }));
    this.result.keys.push({ name: name.image, terms: terms as KeyTerm[], location: this.loc(name) });
  }

  keyTerm(c: Children): KeyTerm | null {
    const base = tok(c, 'Identifier');
    const num = tok(c, 'Number');
    if (tok(c, 'Per')) {
      const lit = literalAmount(num!.image);
      if (!lit) {
        this.error(num!, t('frameLang.notAmount', { got: num!.image }));
        return null;
      }
      return { kind: 'fixed', perRegion: lit.value };
    }
    if (!(KEY_BASES as readonly string[]).includes(base!.image)) {
      this.error(base!, t('frameLang.unknownBase', { got: base!.image, known: KEY_BASES.join(', ') }));
      return null;
    }
    const weight = num ? new Decimal(num.image.replace(/\s/g, '').replace(',', '.')) : null;
    return { kind: 'share', base: base!.image as KeyBase, weight };
  }
}
