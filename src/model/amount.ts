import type { Decimal } from 'decimal.js';
import type { Location } from './location.js';

/** What a number measures. `null` when the text gives no unit (a bare grouped number). */
/** EUR appears in tables of EU funds ("mn€"); amounts in other currencies are not read. */
export type Unit = 'SEK' | 'EUR' | 'percent' | 'persons' | 'count';

/** Words that loosen a stated figure. `exact` when none is given. */
export type Qualifier =
  | 'exact'
  | 'drygt'
  | 'knappt'
  | 'nära'
  | 'närmare'
  | 'cirka'
  | 'omkring'
  | 'runt'
  | 'uppemot'
  | 'över'
  | 'under';

/** Something odd about how a number is written; the value is still the plausible reading. */
export interface Anomaly {
  kind: 'digit-grouping' | 'unit-magnitude' | 'spaced-decimal' | 'label-number' | 'glued-number';
  raw: string;
  message: string;
}

/** A number as written: value in base units (kronor, persons, percent points). */
export interface Amount {
  value: Decimal;
  raw: string;
  unit: Unit | null;
  /** Multiplier the written form applied: 1, 1e3, 1e6, 1e9. */
  scale: number;
  /** Half-width of the interval the written form guarantees, in base units (0,5 of the last written digit × scale). */
  precision: Decimal;
  qualifier: Qualifier;
  anomalies: Anomaly[];
  location: Location;
}

/** An amount found in prose, with the sentence it stands in. */
export interface ProseAmount extends Amount {
  context: string;
  /** Index of the sentence within the document's prose (for rules that look at neighbours). */
  sentence: number;
  /**
   * Additive: the amount is the size of a loss or decrease ("förlorar 20 miljoner", "minskar med
   * 15 mnkr", src/prose/decrease.ts): no payout, part or total, so no sum or comparison takes it.
   */
  change?: 'decrease';
}
