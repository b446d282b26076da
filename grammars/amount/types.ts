import type { Decimal } from 'decimal.js';
import type { Anomaly, Qualifier, Unit } from '../../src/model/amount.js';

/** One amount as read from Swedish text. */
export interface ParsedAmount {
  /** In base units: kronor, percent points, persons/count (already × scale). */
  value: Decimal;
  /** The number as written, before scale (2 937 for "2 937 miljoner"). */
  written: Decimal;
  /** 'SEK' | 'percent' | 'count', or null for a bare number. */
  unit: Unit | null;
  /** 1, 1e3, 1e6 or 1e9. */
  scale: number;
  /** Half-width of what the written form guarantees, in base units: 0,5 × last written digit's place × scale. */
  precision: Decimal;
  /** 'exact' when no qualifier is written. */
  qualifier: Qualifier;
  anomalies: Anomaly[];
  /** Exact source slice (qualifier, sign, number, scale and unit words). */
  raw: string;
  /** Offset in the input string (UTF-16 index), inclusive. */
  start: number;
  /** Offset in the input string, exclusive. */
  end: number;
}
