/**
 * What both amount readers (visitor.ts over the parse tree, descent.ts directly) read before any
 * Swedish-specific judgement is made:
 * token spans and their kinds, in source offsets.
 */

/** A token's text and its half-open [start, end) range in the source (UTF-16 offsets). */
export interface Span {
  image: string;
  start: number;
  end: number;
}

/** The fraction word of a quarter ("en kvarts miljon"); the other word of its token is "halv". */
export const QUARTER = /^kvarts$/i;

export type NumeralSyntax =
  | { kind: 'digits'; run: Span }
  /**
   * value: the words' value; `half` for "en halv" (0,5) and "två och en halv" (+0,5); `quarters`,
   * only for "kvarts", the quarters added to the value ("en kvarts" 0,25, "tre kvarts" 0,75,
   * "två och en kvarts" 2,25).
   */
  | { kind: 'words'; value: number; half: boolean; article: boolean; span: Span; quarters?: number };

export type UnitKind = 'SEK' | 'percent' | 'count' | 'foreign';

export interface UnitSyntax {
  kind: UnitKind;
  /** Power of ten the unit itself carries: tkr 3, mnkr 6, mdkr 9, otherwise 0. */
  exponent: number;
  span: Span;
}

export interface ScaleSyntax {
  /** 3 for "tusen", 6 for "miljoner", 9 for "miljarder". */
  exponent: number;
  span: Span;
}

export interface AmountSyntax {
  qualifier?: Span;
  dash?: Span;
  numeral: NumeralSyntax;
  scale?: ScaleSyntax;
  unit?: UnitSyntax;
  start: number;
  end: number;
}

/** A token as both readers hold it (chevrotain's and the scanner's): its text and where it starts. */
export interface TokenAt {
  image: string;
  startOffset: number;
}

export function span(token: TokenAt): Span {
  return { image: token.image, start: token.startOffset, end: token.startOffset + token.image.length };
}

/** The span from one span's start to another's end (a number word of several tokens). */
export function cover(first: Span, last: Span): Span {
  return { image: '', start: first.start, end: last.end };
}

/** An amount from its parts, as both readers build it (visitor.ts from the parse tree, descent.ts directly). */
export function amountSyntax(numeral: NumeralSyntax, parts: { qualifier?: TokenAt; dash?: TokenAt; scale?: ScaleSyntax; unit?: UnitSyntax }): AmountSyntax {
  const { qualifier, dash, scale, unit } = parts;
  const numeralSpan = numeral.kind === 'digits' ? numeral.run : numeral.span;
  const first = qualifier ?? dash;
  const syntax: AmountSyntax = {
    numeral,
    start: first ? first.startOffset : numeralSpan.start,
    end: (unit ?? scale)?.span.end ?? numeralSpan.end,
  };
  if (qualifier) syntax.qualifier = span(qualifier);
  if (dash) syntax.dash = span(dash);
  if (scale) syntax.scale = scale;
  if (unit) syntax.unit = unit;
  return syntax;
}
