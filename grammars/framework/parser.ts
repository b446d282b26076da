/**
 * Syntax of a frame:
 *
 *   frame      := statement*
 *   statement  := agreement | dnr | source | amount | sum | key
 *   agreement  := "överenskommelse" String Number?          name and year
 *   dnr        := "dnr" DnrLiteral+
 *   source     := "källa" String                           the agreement's file name
 *   amount     := "belopp" Identifier "=" Number String? ("rad" Number)?
 *   sum        := "summa" Identifier "=" Identifier (("+" | "-") Identifier)*
 *   key        := "nyckel" Identifier "=" keyTerm ("+" keyTerm)*
 *   keyTerm    := Number "%" Identifier                     a weighted share: 50 % befolkning
 *               | Number "per" "region"                     a fixed amount to each region
 *               | Identifier                                the whole (rest) by one base
 */
import { CstParser } from 'chevrotain';
import * as t from './tokens.js';

export class FrameworkParser extends CstParser {
  /** Grammar checks off at run time, as for the amount parser; a test builds it with them on. */
  constructor({ skipValidations = true }: { skipValidations?: boolean } = {}) {
    super(t.allTokens, { maxLookahead: 3, recoveryEnabled: false, skipValidations });
    this.performSelfAnalysis();
  }

  public frame = this.RULE('frame', () => {
    this.MANY(() => this.SUBRULE(this.statement));
  });

  private statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.agreement) },
      { ALT: () => this.SUBRULE(this.dnr) },
      { ALT: () => this.SUBRULE(this.source) },
      { ALT: () => this.SUBRULE(this.amount) },
      { ALT: () => this.SUBRULE(this.sum) },
      { ALT: () => this.SUBRULE(this.key) },
    ]);
  });

  private agreement = this.RULE('agreement', () => {
    this.CONSUME(t.Agreement);
    this.CONSUME(t.StringLiteral);
    this.OPTION(() => this.CONSUME(t.Number));
  });

  private dnr = this.RULE('dnr', () => {
    this.CONSUME(t.DnrKw);
    this.AT_LEAST_ONE(() => this.CONSUME(t.DnrLiteral));
  });

  private source = this.RULE('source', () => {
    this.CONSUME(t.Source);
    this.CONSUME(t.StringLiteral);
  });

  private amount = this.RULE('amount', () => {
    this.CONSUME(t.AmountKw);
    this.CONSUME(t.Identifier);
    this.CONSUME(t.Equals);
    this.CONSUME(t.Number);
    this.OPTION(() => this.CONSUME(t.StringLiteral));
    this.OPTION2(() => {
      this.CONSUME(t.LineKw);
      this.CONSUME2(t.Number, { LABEL: 'line' });
    });
  });

  private sum = this.RULE('sum', () => {
    this.CONSUME(t.SumKw);
    this.CONSUME(t.Identifier, { LABEL: 'total' });
    this.CONSUME(t.Equals);
    this.CONSUME2(t.Identifier, { LABEL: 'term' });
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(t.Plus, { LABEL: 'sign' }) }, { ALT: () => this.CONSUME(t.Minus, { LABEL: 'sign' }) }]);
      this.CONSUME3(t.Identifier, { LABEL: 'term' });
    });
  });

  private key = this.RULE('key', () => {
    this.CONSUME(t.KeyKw);
    this.CONSUME(t.Identifier);
    this.CONSUME(t.Equals);
    this.SUBRULE(this.keyTerm);
    this.MANY(() => {
      this.CONSUME(t.Plus);
      this.SUBRULE2(this.keyTerm);
    });
  });

  private keyTerm = this.RULE('keyTerm', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Number);
          this.CONSUME(t.Percent);
          this.CONSUME(t.Identifier);
        },
      },
      {
        ALT: () => {
          this.CONSUME2(t.Number);
          this.CONSUME(t.Per);
          this.CONSUME(t.RegionKw);
        },
      },
      { ALT: () => this.CONSUME2(t.Identifier) },
    ]);
  });
}

export const frameworkParser = new FrameworkParser();
