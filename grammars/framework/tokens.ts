/**
 * Tokens of the framework language. One statement per line by convention, but line breaks
 * are plain whitespace: every statement starts with its keyword.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\u00A0]+/, group: Lexer.SKIPPED, line_breaks: true });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });

export const Identifier = createToken({ name: 'Identifier', pattern: /[a-zåäö_][a-zåäö0-9_]*/ });
const keyword = (name: string, word: string): TokenType =>
  createToken({ name, pattern: new RegExp(word), longer_alt: Identifier });

export const Agreement = keyword('Agreement', 'överenskommelse');
export const DnrKw = keyword('DnrKw', 'dnr');
export const Source = keyword('Source', 'källa');
export const AmountKw = keyword('AmountKw', 'belopp');
export const SumKw = keyword('SumKw', 'summa');
export const KeyKw = keyword('KeyKw', 'nyckel');
export const LineKw = keyword('LineKw', 'rad');
export const Per = keyword('Per', 'per');
export const RegionKw = keyword('RegionKw', 'region');

/** A diarienummer: S2023/03331. */
export const DnrLiteral = createToken({ name: 'DnrLiteral', pattern: /[A-ZÅÄÖ]{1,3}\d{4}\/\d{2,6}/ });

/**
 * A number with optional scale and currency, read with the amount grammar's cell parser:
 * "2 937 miljoner kr", "1 687,5 miljoner kr", "12 000 000 kr", "2024". Digit groups are
 * separated by one space; the scale and unit must stay on the same line.
 */
export const Number = createToken({
  name: 'Number',
  pattern: /\d+(?:[ \u00A0]\d{3})*(?:,\d+)?(?:[ \t]+(?:miljarder|miljard|miljoner|miljon|tusen))?(?:[ \t]+(?:kronor|kr))?(?![a-zåäö])/,
});
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"[^"\n]*"/ });
export const Equals = createToken({ name: 'Equals', pattern: /=/ });
export const Plus = createToken({ name: 'Plus', pattern: /\+/ });
export const Minus = createToken({ name: 'Minus', pattern: /[-\u2212]/ });
export const Percent = createToken({ name: 'Percent', pattern: /%/ });

export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  DnrLiteral,
  Agreement,
  DnrKw,
  Source,
  AmountKw,
  SumKw,
  KeyKw,
  LineKw,
  Per,
  RegionKw,
  Identifier,
  Number,
  StringLiteral,
  Equals,
  Plus,
  Minus,
  Percent,
];

/** The lexer's options; `skipValidations` spares the pattern checks at every start (a test runs them). */
export const FRAMEWORK_LEXER_CONFIG = { positionTracking: 'full', ensureOptimizations: false, skipValidations: true } as const;

export const frameworkLexer = new Lexer(allTokens, FRAMEWORK_LEXER_CONFIG);
