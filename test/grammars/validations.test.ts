/**
 * The parsers and lexers skip chevrotain's grammar checks at run time (they cost most of the
 * start-up of a process); here they run in full, so a grammar change that makes a rule
 * ambiguous, left-recursive or a token pattern invalid fails the suite.
 */
import { createToken, CstParser, Lexer } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { AmountParser } from '../../grammars/amount/parser.js';
import { AMOUNT_LEXER_CONFIG, allTokens as amountTokens } from '../../grammars/amount/tokens.js';
import { FrameworkParser } from '../../grammars/framework/parser.js';
import { FRAMEWORK_LEXER_CONFIG, allTokens as frameworkTokens } from '../../grammars/framework/tokens.js';

describe('grammar checks skipped at run time', () => {
  it('the amount grammar passes them', () => {
    // With the checks on, a grammar error throws from the constructor (performSelfAnalysis).
    expect(() => new AmountParser({ skipValidations: false })).not.toThrow();
    const lexer = new Lexer(amountTokens, { ...AMOUNT_LEXER_CONFIG, skipValidations: false });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });

  it('the framework grammar passes them', () => {
    expect(() => new FrameworkParser({ skipValidations: false })).not.toThrow();
    const lexer = new Lexer(frameworkTokens, { ...FRAMEWORK_LEXER_CONFIG, skipValidations: false });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });

  it('the checks find a faulty grammar (so the two tests above can fail)', () => {
    const Empty = createToken({ name: 'Empty', pattern: /a*/ });
    expect(() => new Lexer([Empty], { skipValidations: false })).toThrow(/empty/i);
    const A = createToken({ name: 'A', pattern: /a/ });
    class Twice extends CstParser {
      constructor() {
        super([A], { skipValidations: false });
        this.performSelfAnalysis();
      }
      public top = this.RULE('top', () => {
        this.OR([{ ALT: () => this.CONSUME(A) }, { ALT: () => this.CONSUME2(A) }]);
      });
    }
    expect(() => new Twice()).toThrow(/ambiguous/i);
  });
});
