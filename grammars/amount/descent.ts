/**
 * The grammar of parser.ts read by hand: the same rules, each decision taken on the same tokens
 * as chevrotain's parser takes it (one token of look-ahead, and the two gates), straight into
 * AmountSyntax without a parse tree. Loading, building and warming up chevrotain's parser and
 * the tree visitor cost more than the rest of reading the amounts of a document; parser.ts and
 * visitor.ts stay the grammar's definition, and a test compares the two readings on every
 * sequence of window tokens up to four long and on the corpus.
 *
 *   amounts     := (amount | stray)*
 *   amount      := Qualifier? Dash? numeral scale? unit?
 *   numeral     := NumberRun | NumberWord (Halv | Och NumberWord Halv)?
 */
import type { AmountToken } from './scan.js';
import { amountSyntax, cover, QUARTER, span, type AmountSyntax, type NumeralSyntax, type ScaleSyntax, type UnitSyntax } from './syntax.js';

// Token types by name: the tokens come from scan.ts when reading, from chevrotain in tests.

/** Tokens that start no amount and are skipped between amounts (the `stray` rule). */
const STRAY: ReadonlySet<string> = new Set([
  'Och', 'Halv', 'Thousand', 'Million', 'Billion', 'Sek', 'SekThousand', 'SekMillion', 'SekBillion',
  'PercentSign', 'PercentWord', 'CountNoun', 'Swedish', 'ForeignAdjective', 'ForeignCurrency',
]);

const SCALE_OF: ReadonlyMap<string, number> = new Map([
  ['Thousand', 3],
  ['Million', 6],
  ['Billion', 9],
]);

/** Units of one token, with their kind and own scale. */
const UNIT_OF: ReadonlyMap<string, { kind: UnitSyntax['kind']; exponent: number }> = new Map([
  ['Sek', { kind: 'SEK', exponent: 0 }],
  ['SekThousand', { kind: 'SEK', exponent: 3 }],
  ['SekMillion', { kind: 'SEK', exponent: 6 }],
  ['SekBillion', { kind: 'SEK', exponent: 9 }],
  ['PercentSign', { kind: 'percent', exponent: 0 }],
  ['PercentWord', { kind: 'percent', exponent: 0 }],
  ['CountNoun', { kind: 'count', exponent: 0 }],
  ['ForeignCurrency', { kind: 'foreign', exponent: 0 }],
]);


/** Thrown where chevrotain's parser would record an error; the caller then reads nothing. */
class NoParse extends Error {}

class Descent {
  private at = 0;

  constructor(private readonly tokens: readonly AmountToken[]) {}

  private type(ahead: number): string | undefined {
    return this.tokens[this.at + ahead - 1]?.tokenType.name;
  }

  private take(): AmountToken {
    const token = this.tokens[this.at];
    if (token === undefined) throw new NoParse();
    this.at++;
    return token;
  }

  private expect(type: string): AmountToken {
    if (this.type(1) !== type) throw new NoParse();
    return this.take();
  }

  atEnd(): boolean {
    return this.at >= this.tokens.length;
  }

  /** `amounts`: strays are read and dropped; a token that starts neither ends the loop. */
  amounts(): AmountSyntax[] {
    const out: AmountSyntax[] = [];
    for (;;) {
      const next = this.type(1);
      if (next === undefined) break;
      if (next === 'Qualifier' || next === 'Dash' || next === 'NumberRun' || next === 'NumberWord') out.push(this.amount());
      else if (STRAY.has(next)) this.take();
      else break;
    }
    return out;
  }

  amount(): AmountSyntax {
    const qualifier = this.type(1) === 'Qualifier' ? this.take() : undefined;
    const dash = this.type(1) === 'Dash' ? this.take() : undefined;
    const numeral = this.numeral();
    const scaleExponent = SCALE_OF.get(this.type(1)!);
    const scale: ScaleSyntax | undefined = scaleExponent === undefined ? undefined : { exponent: scaleExponent, span: span(this.take()) };
    const unit = this.unitAhead() ? this.unit() : undefined;
    return amountSyntax(numeral, { qualifier, dash, scale, unit });
  }

  private numeral(): NumeralSyntax {
    const next = this.type(1);
    if (next === 'NumberRun') return { kind: 'digits', run: span(this.take()) };
    if (next !== 'NumberWord') throw new NoParse();
    const head = this.take();
    const value = head.payload as number;
    const article = /^(en|ett)$/i.test(head.image);
    // "två och tre miljoner" is two numbers; only "två och en halv" continues this one.
    const after = this.type(1);
    if (after === 'Halv') {
      const half = this.take();
      // "en kvarts miljon" is 0,25, "tre kvarts miljon" 0,75.
      if (QUARTER.test(half.image)) return { kind: 'words', value: 0, half: false, article: false, span: cover(span(head), span(half)), quarters: article ? 1 : value };
      // "en halv miljard" is 0,5; "två halv" is not Swedish, so the word value stands.
      return article
        ? { kind: 'words', value: 0, half: true, article: false, span: cover(span(head), span(half)) }
        : { kind: 'words', value, half: false, article, span: span(head) };
    }
    if (after === 'Och' && this.type(2) === 'NumberWord' && this.type(3) === 'Halv') {
      this.take();
      const second = this.take();
      const half = this.take();
      // "två och en kvarts" is 2,25.
      if (QUARTER.test(half.image)) return { kind: 'words', value, half: false, article: false, span: cover(span(head), span(half)), quarters: second.payload as number };
      return { kind: 'words', value, half: true, article: false, span: cover(span(head), span(half)) };
    }
    return { kind: 'words', value, half: false, article, span: span(head) };
  }

  /** The gate of parser.ts: "svenska"/"danska" are a unit only together with "kronor". */
  private unitAhead(): boolean {
    const first = this.type(1);
    if (first === 'Swedish' || first === 'ForeignAdjective') return this.type(2) === 'Sek';
    return first !== undefined && UNIT_OF.has(first);
  }

  private unit(): UnitSyntax {
    const first = this.take();
    const name = first.tokenType.name;
    if (name === 'Swedish' || name === 'ForeignAdjective') {
      const sek = this.expect('Sek');
      return { kind: name === 'Swedish' ? 'SEK' : 'foreign', exponent: 0, span: cover(span(first), span(sek)) };
    }
    const info = UNIT_OF.get(name)!;
    return { kind: info.kind, exponent: info.exponent, span: cover(span(first), span(first)) };
  }
}

/** The amounts of a window (the `amounts` rule), or null where the grammar finds an error. */
export function readAmounts(tokens: readonly AmountToken[]): AmountSyntax[] | null {
  const descent = new Descent(tokens);
  try {
    const out = descent.amounts();
    return descent.atEnd() ? out : null;
  } catch (e) {
    if (e instanceof NoParse) return null;
    throw e;
  }
}

/** One amount taking every token (the `amount` rule, for a table cell), or null. */
export function readAmount(tokens: readonly AmountToken[]): AmountSyntax | null {
  const descent = new Descent(tokens);
  try {
    const out = descent.amount();
    return descent.atEnd() ? out : null;
  } catch (e) {
    if (e instanceof NoParse) return null;
    throw e;
  }
}
