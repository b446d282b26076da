/**
 * Turns the parse tree into AmountSyntax values (token spans with their meaning) and hands
 * them to the Swedish reading rules in interpret.ts.
 */
import type { CstNode, IToken } from 'chevrotain';
import { amountParser } from './parser.js';
import * as t from './tokens.js';
import { amountSyntax, cover, QUARTER, span, type AmountSyntax, type NumeralSyntax, type ScaleSyntax, type UnitSyntax } from './syntax.js';

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const BaseVisitor = amountParser.getBaseCstVisitorConstructor<undefined, unknown>();


function tokens(ctx: Children, name: string): IToken[] {
  return (ctx[name] ?? []) as IToken[];
}

function nodes(ctx: Children, name: string): CstNode[] {
  return (ctx[name] ?? []) as CstNode[];
}

function only<T>(items: T[]): T | undefined {
  return items[0];
}

/** Kind and own scale of each unit token. */
const UNIT_OF = new Map<unknown, { kind: UnitSyntax['kind']; exponent: number }>([
  [t.Sek, { kind: 'SEK', exponent: 0 }],
  [t.SekThousand, { kind: 'SEK', exponent: 3 }],
  [t.SekMillion, { kind: 'SEK', exponent: 6 }],
  [t.SekBillion, { kind: 'SEK', exponent: 9 }],
  [t.PercentSign, { kind: 'percent', exponent: 0 }],
  [t.PercentWord, { kind: 'percent', exponent: 0 }],
  [t.CountNoun, { kind: 'count', exponent: 0 }],
  [t.ForeignCurrency, { kind: 'foreign', exponent: 0 }],
]);

const SCALE_OF = new Map<unknown, number>([
  [t.Thousand, 3],
  [t.Million, 6],
  [t.Billion, 9],
]);

export class AmountCstVisitor extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  /** Amounts in source order; stray unit words are dropped. */
  amounts(ctx: Children): AmountSyntax[] {
    return nodes(ctx, 'amount').map((node) => this.visit(node) as AmountSyntax);
  }

  amount(ctx: Children): AmountSyntax {
    const qualifier = only(tokens(ctx, 'Qualifier'));
    const dash = only(tokens(ctx, 'Dash'));
    const numeral = this.visit(nodes(ctx, 'numeral')) as NumeralSyntax;
    const scaleNode = only(nodes(ctx, 'scale'));
    const unitNode = only(nodes(ctx, 'unit'));
    const scale = scaleNode ? (this.visit(scaleNode) as ScaleSyntax) : undefined;
    const unit = unitNode ? (this.visit(unitNode) as UnitSyntax) : undefined;
    return amountSyntax(numeral, { qualifier, dash, scale, unit });
  }

  numeral(ctx: Children): NumeralSyntax {
    const run = only(tokens(ctx, 'NumberRun'));
    if (run) return { kind: 'digits', run: span(run) };
    return this.visit(nodes(ctx, 'wordNumeral')) as NumeralSyntax;
  }

  wordNumeral(ctx: Children): NumeralSyntax {
    const [head, second] = tokens(ctx, 'NumberWord') as [IToken, IToken | undefined];
    const halves = tokens(ctx, 'Halv');
    const last = halves[0] ?? head;
    const value = head.payload as number;
    const article = /^(en|ett)$/i.test(head.image);
    let result: NumeralSyntax;
    if (halves.length === 0) {
      result = { kind: 'words', value, half: false, article, span: span(head) };
    } else if (QUARTER.test(last.image)) {
      // "en kvarts miljon" is 0,25, "tre kvarts" 0,75, "två och en kvarts" 2,25.
      result = second === undefined
        ? { kind: 'words', value: 0, half: false, article: false, span: cover(span(head), span(last)), quarters: article ? 1 : value }
        : { kind: 'words', value, half: false, article: false, span: cover(span(head), span(last)), quarters: second.payload as number };
    } else if (second === undefined) {
      // "en halv miljard" is 0,5; "två halv" is not Swedish, so the word value stands.
      result = article
        ? { kind: 'words', value: 0, half: true, article: false, span: cover(span(head), span(last)) }
        : { kind: 'words', value, half: false, article, span: span(head) };
    } else {
      // "två och en halv"
      result = { kind: 'words', value, half: true, article: false, span: cover(span(head), span(last)) };
    }
    return result;
  }

  scale(ctx: Children): ScaleSyntax {
    const token = [...tokens(ctx, 'Thousand'), ...tokens(ctx, 'Million'), ...tokens(ctx, 'Billion')][0] as IToken;
    return { exponent: SCALE_OF.get(token.tokenType) ?? 0, span: span(token) };
  }

  unit(ctx: Children): UnitSyntax {
    const adjective = only(tokens(ctx, 'ForeignAdjective'));
    const swedish = only(tokens(ctx, 'Swedish'));
    const all = Object.values(ctx).flat() as IToken[];
    const lastToken = all.reduce((a, b) => (b.startOffset > a.startOffset ? b : a));
    const firstToken = all.reduce((a, b) => (b.startOffset < a.startOffset ? b : a));
    const whole = cover(span(firstToken), span(lastToken));
    if (adjective) return { kind: 'foreign', exponent: 0, span: whole };
    if (swedish) return { kind: 'SEK', exponent: 0, span: whole };
    const info = UNIT_OF.get(lastToken.tokenType) ?? { kind: 'foreign' as const, exponent: 0 };
    return { kind: info.kind, exponent: info.exponent, span: whole };
  }

  stray(): undefined {
    return undefined;
  }
}

export const amountVisitor = new AmountCstVisitor();
