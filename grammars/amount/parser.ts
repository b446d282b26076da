/**
 * Syntax of one or more amounts. The parser only sees windows of tokens that can belong to
 * amounts (see index.ts), so its grammar is small and never has to skip ordinary words.
 * It is deliberately permissive: whether "2023 10" is one number, whether a dash is a minus
 * sign and whether a bare number counts as an amount are decided by the visitor.
 *
 *   amounts     := (amount | stray)*
 *   amount      := Qualifier? Dash? numeral scale? unit?
 *   numeral     := NumberRun | wordNumeral
 *   wordNumeral := NumberWord (Halv | Och NumberWord Halv)?
 *   scale       := Thousand | Million | Billion
 *   unit        := Sek | Swedish Sek | SekThousand | SekMillion | SekBillion | PercentSign
 *                | PercentWord | CountNoun | ForeignAdjective Sek | ForeignCurrency
 *   stray       := any window token that cannot start an amount
 */
import { CstParser } from 'chevrotain';
import * as t from './tokens.js';

export class AmountParser extends CstParser {
  /**
   * The grammar checks (ambiguity, left recursion) cost most of the construction and find
   * nothing in a grammar that does not change at run time; a test builds the parser with them on.
   */
  constructor({ skipValidations = true }: { skipValidations?: boolean } = {}) {
    super(t.allTokens, { maxLookahead: 3, recoveryEnabled: false, skipValidations });
    this.performSelfAnalysis();
  }

  public amounts = this.RULE('amounts', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.amount) },
        { ALT: () => this.SUBRULE(this.stray) },
      ]);
    });
  });

  public amount = this.RULE('amount', () => {
    this.OPTION(() => this.CONSUME(t.Qualifier));
    this.OPTION2(() => this.CONSUME(t.Dash));
    this.SUBRULE(this.numeral);
    this.OPTION3(() => this.SUBRULE(this.scale));
    // Gate: "svenska"/"danska" are a unit only together with "kronor"; LL(k) alone would
    // commit to the unit rule on the adjective.
    this.OPTION4({ GATE: () => this.unitAhead(), DEF: () => this.SUBRULE(this.unit) });
  });

  private numeral = this.RULE('numeral', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.NumberRun) },
      { ALT: () => this.SUBRULE(this.wordNumeral) },
    ]);
  });

  private wordNumeral = this.RULE('wordNumeral', () => {
    this.CONSUME(t.NumberWord);
    // Gate: "två och tre miljoner" is two numbers; only "två och en halv" continues this one.
    this.OPTION({
      GATE: () =>
        this.LA(1).tokenType !== t.Och ||
        (this.LA(2).tokenType === t.NumberWord && this.LA(3).tokenType === t.Halv),
      DEF: () => {
      this.OR([
        { ALT: () => this.CONSUME(t.Halv) },
        {
          ALT: () => {
            this.CONSUME(t.Och);
            this.CONSUME2(t.NumberWord);
            this.CONSUME2(t.Halv);
          },
        },
      ]);
      },
    });
  });

  private scale = this.RULE('scale', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.Thousand) },
      { ALT: () => this.CONSUME(t.Million) },
      { ALT: () => this.CONSUME(t.Billion) },
    ]);
  });

  private unit = this.RULE('unit', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.Sek) },
      {
        ALT: () => {
          this.CONSUME(t.Swedish);
          this.CONSUME2(t.Sek);
        },
      },
      { ALT: () => this.CONSUME(t.SekThousand) },
      { ALT: () => this.CONSUME(t.SekMillion) },
      { ALT: () => this.CONSUME(t.SekBillion) },
      { ALT: () => this.CONSUME(t.PercentSign) },
      { ALT: () => this.CONSUME(t.PercentWord) },
      { ALT: () => this.CONSUME(t.CountNoun) },
      {
        ALT: () => {
          this.CONSUME(t.ForeignAdjective);
          this.CONSUME3(t.Sek);
        },
      },
      { ALT: () => this.CONSUME(t.ForeignCurrency) },
    ]);
  });

  private unitAhead(): boolean {
    const first = this.LA(1).tokenType;
    if (first === t.Swedish || first === t.ForeignAdjective) return this.LA(2).tokenType === t.Sek;
    return UNIT_STARTS.has(first);
  }

  /** Unit or connective words left over between amounts ("… kronor och kronor"). */
  private stray = this.RULE('stray', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.Och) },
      { ALT: () => this.CONSUME(t.Halv) },
      { ALT: () => this.CONSUME(t.Thousand) },
      { ALT: () => this.CONSUME(t.Million) },
      { ALT: () => this.CONSUME(t.Billion) },
      { ALT: () => this.CONSUME(t.Sek) },
      { ALT: () => this.CONSUME(t.SekThousand) },
      { ALT: () => this.CONSUME(t.SekMillion) },
      { ALT: () => this.CONSUME(t.SekBillion) },
      { ALT: () => this.CONSUME(t.PercentSign) },
      { ALT: () => this.CONSUME(t.PercentWord) },
      { ALT: () => this.CONSUME(t.CountNoun) },
      { ALT: () => this.CONSUME(t.Swedish) },
      { ALT: () => this.CONSUME(t.ForeignAdjective) },
      { ALT: () => this.CONSUME(t.ForeignCurrency) },
    ]);
  });
}

const UNIT_STARTS: ReadonlySet<unknown> = new Set([
  t.Sek, t.SekThousand, t.SekMillion, t.SekBillion, t.PercentSign, t.PercentWord, t.CountNoun,
  t.ForeignCurrency,
]);

/** One shared instance: chevrotain parsers are built once and reused by resetting `input`. */
export const amountParser = new AmountParser();
