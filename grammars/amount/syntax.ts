/**
 * What the visitor reads off the parse tree before any Swedish-specific judgement is made:
 * token spans and their kinds, in source offsets.
 */

/** A token's text and its half-open [start, end) range in the source (UTF-16 offsets). */
export interface Span {
  image: string;
  start: number;
  end: number;
}

export type NumeralSyntax =
  | { kind: 'digits'; run: Span }
  /** value: the words' value; `half` for "en halv" (0,5) and "två och en halv" (+0,5). */
  | { kind: 'words'; value: number; half: boolean; article: boolean; span: Span };

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
