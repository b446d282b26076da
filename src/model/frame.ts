import type { Decimal } from 'decimal.js';
import type { Location } from './location.js';

/**
 * The frame of an agreement: named amounts, the sums that tie them together and the
 * allocation keys by which amounts are shared between the regions. Derived from an
 * agreement's text (corpus/derive.ts) or written by hand in the framework language
 * (grammars/framework) and pinned in corpus/frames/. The
 * types live in the model so that the framework grammar and the corpus code both read them.
 */
export interface FrameAmount {
  name: string;
  value: Decimal;
  /** Half-width of the interval the written figure allows (0,5 miljoner for "2 937 miljoner"). */
  precision: Decimal;
  /** The multiplier the figure was written with (1, 1e6, 1e9); used when printing it back. */
  scale: number;
  /** Words the source uses for it ("Medel till regionerna"). */
  label: string | null;
  location: Location | null;
}

export interface SumTerm {
  sign: 1 | -1;
  name: string;
}

/** total = Σ ±terms. */
export interface FrameSum {
  total: string;
  terms: SumTerm[];
  location: Location | null;
}

/** What an allocation key shares by. */
export type KeyBase = 'befolkning' | 'befolkning_0_18' | 'insatser' | 'prestation' | 'lika';
export const KEY_BASES: readonly KeyBase[] = ['befolkning', 'befolkning_0_18', 'insatser', 'prestation', 'lika'];

export type KeyTerm =
  /** A share by a base; weight in percent of what is left after fixed parts (null: all of it). */
  | { kind: 'share'; base: KeyBase; weight: Decimal | null }
  /** The same fixed amount to every region. */
  | { kind: 'fixed'; perRegion: Decimal };

export interface FrameKey {
  name: string;
  terms: KeyTerm[];
  location: Location | null;
}

export interface Frame {
  /** Normalised agreement name without the year ("ökad tillgänglighet i hälso- och sjukvården"). */
  agreement: string | null;
  year: number | null;
  dnr: string[];
  /** File name of the agreement text the frame was read from. */
  source: string | null;
  amounts: FrameAmount[];
  sums: FrameSum[];
  keys: FrameKey[];
  /** Where the frame comes from: a .frame file or the agreement document. */
  origin: { kind: 'pinned' | 'derived'; file: string };
}
