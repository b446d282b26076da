import { Decimal } from 'decimal.js';
import type { Comparison, Figure } from './interval.js';
import { compareSum } from './interval.js';
import type { ReadBy } from '../model/table.js';
import { t } from '../messages/index.js';
import { couldExplain, type Misgrouped } from './misgrouped.js';

/**
 * How a sum check decides its severity. An error says the published figures disagree; it is
 * given only when the reading is certain: every cell read as a number, the unit known, the
 * structure unambiguous, no rounding that could hide the difference. Otherwise the mismatch
 * is a warning that names what was uncertain, and a match that needed rounding is an info.
 */
export interface Rounding {
  /** The rounding step of each figure, in base units (1 000 when values are rounded to thousands). */
  step: Decimal;
  /** Why kronkoll thinks the figures may be rounded so ("dokumentet anger …", "alla värden slutar på 000"). */
  reason: string;
  /** The document states the rounding and its step: a difference within it is a match (info), not a doubt. */
  declared: boolean;
}

export interface SumInput {
  parts: readonly Figure[];
  stated: Figure;
  /** What in the reading is not certain (a blank cell, an unlabelled row …), in words. */
  doubts: readonly string[];
  rounding: readonly Rounding[];
  /** The document says its sums may differ from their parts ("summan kan avvika"). */
  mayDiffer?: string | null;
  /** Figures with digit groups of the wrong width: a doubt only when another reading could close the difference. */
  misgrouped?: readonly Misgrouped[];
  /** Other readings of single figures (label-split.ts): a doubt only when one, or two together, close the difference. */
  alternatives?: readonly Alternative[];
  /**
   * Parts printed only as a bound ("<5": fewer than five, not given), left out of `parts`: together
   * they add between nothing and `most`. A stated figure in that reach is a match (info).
   */
  hidden?: { most: Decimal; cells: readonly string[] };
}

/** Another reading of one figure of a sum: the part at `at` (an index into `parts`), or the stated figure (`at` -1). */
export interface Alternative {
  at: number;
  figure: Figure;
  /** The reading in words, named when it reconciles the sum. */
  doubt: string;
}

export interface Judgement {
  severity: 'error' | 'warning' | 'info';
  comparison: Comparison;
  /** Appended to the rule's message: " — stämmer inom avrundningen", " — osäker läsning: …". */
  suffix: string;
}

const HALF = new Decimal('0.5');

/**
 * What is uncertain in a cell that a machine recognised rather than read from printed text
 * (OCR of a scanned page: a 1 read as 7, a border as a digit): a sum that disagrees over it is
 * a warning that says so, never an error.
 */
export function readingDoubt(raw: string, rowLabel: string, readBy: ReadBy): string {
  if (readBy === 'glued') return t('doubt.glued', { cell: raw, row: rowLabel });
  if (readBy === 'wrapped') return t('doubt.wrapped', { cell: raw, row: rowLabel });
  return readBy === 'ocr' ? t('doubt.ocr', { cell: raw, row: rowLabel, by: readBy }) : t('doubt.spaced', { cell: raw, row: rowLabel });
}

/** null when the figures agree exactly. */
export function judgeSum(input: SumInput): Judgement | null {
  const c = compareSum(input.parts, input.stated);
  if (c.verdict === 'exact') return null;
  if (c.verdict === 'within-rounding') return { severity: 'info', comparison: c, suffix: t('sum.withinRounding') };
  // What the hidden parts add (stated − computed) lies between nothing and their bounds, within rounding.
  const hidden = input.hidden;
  if (hidden && hidden.cells.length > 0) {
    const added = c.difference.neg();
    if (added.gte(c.slack.neg()) && added.lte(hidden.most.plus(c.slack))) return { severity: 'info', comparison: c, suffix: t('sum.withinHidden', { cells: hidden.cells.join('", "'), most: hidden.most.toFixed() }) };
  }
  const terms = input.parts.length + 1;
  const diff = c.difference.abs();
  for (const r of input.rounding.filter((x) => x.declared)) {
    if (diff.lte(r.step.times(HALF).times(terms))) return { severity: 'info', comparison: c, suffix: t('sum.withinDeclaredRounding', { reason: r.reason }) };
  }
  const doubts = [...input.doubts, ...(input.misgrouped ?? []).filter((m) => couldExplain(m.value, diff)).map((m) => m.doubt), ...reconciling(input)];
  for (const r of input.rounding.filter((x) => !x.declared)) {
    if (diff.lte(r.step.times(HALF).times(terms))) doubts.push(t('sum.doubtRounding', { reason: r.reason }));
  }
  if (input.mayDiffer) doubts.push(t('sum.doubtMayDiffer', { quote: input.mayDiffer }));
  if (doubts.length > 0) return { severity: 'warning', comparison: c, suffix: t('sum.uncertain', { doubts: doubts.join('; ') }) };
  return { severity: 'error', comparison: c, suffix: '' };
}

/** More alternatives than this in one sum are tried one at a time only (pairs grow with the square). */
const MAX_PAIRED = 24;

/**
 * The alternatives that close the sum: one alone, else two together (a total and one part, both
 * read with a group more or less). Empty when none does, so an error over them stays an error.
 */
function reconciling(input: SumInput): string[] {
  const alts = input.alternatives ?? [];
  if (alts.length === 0) return [];
  const agrees = (chosen: readonly Alternative[]): boolean => {
    const parts = input.parts.map((p, i) => chosen.find((a) => a.at === i)?.figure ?? p);
    const stated = chosen.find((a) => a.at === -1)?.figure ?? input.stated;
    return compareSum(parts, stated).verdict !== 'mismatch';
  };
  const one = alts.find((a) => agrees([a]));
  if (one) return [one.doubt];
  if (alts.length > MAX_PAIRED) return [];
  for (let i = 0; i < alts.length; i++) {
    for (let k = i + 1; k < alts.length; k++) if (alts[i]!.at !== alts[k]!.at && agrees([alts[i]!, alts[k]!])) return [alts[i]!.doubt, alts[k]!.doubt];
  }
  return [];
}
