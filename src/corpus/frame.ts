import type { Column } from '../model/table.js';
import type { Frame, FrameAmount, KeyBase } from '../model/frame.js';
import type { Role } from './statements.js';
import { t } from '../messages/index.js';

export type { Frame, FrameAmount, FrameKey, FrameSum, KeyBase, KeyTerm, SumTerm } from '../model/frame.js';

/**
 * The names of the frame nodes that decisions state and rules check. A derived frame names
 * its amounts so (derive.ts); a pinned .frame file must use the same names for the decision
 * checks to find them.
 */
export const NODE = {
  total: 'totalt',
  skr: 'skr',
  afterRequisition: 'efter_rekvisition',
  withoutRequisition: 'utan_rekvisition',
} as const;

/** Which frame amount each role of a decision statement is about. */
export const ROLE_NODE: Partial<Record<Role, string>> = {
  total: NODE.total,
  skr: NODE.skr,
  first: NODE.afterRequisition,
  remaining: NODE.withoutRequisition,
};

/** The key a money column names in its header: "Befolkning 0–18 år", "Befolkning totalt". */
export function columnKey(c: Column): KeyBase | null {
  // "Kronor per invånare" names a rate, not a key: per-capita figures are no shares of a sum.
  if (c.unit !== 'SEK' || c.rate) return null;
  const h = c.header.join(' ').toLowerCase();
  if (/befolkning|invånar/.test(h) && /0\s*[–-]\s*18/.test(h)) return 'befolkning_0_18';
  if (/befolkning|invånar/.test(h)) return 'befolkning';
  return null;
}

export function amountOf(frame: Frame, name: string): FrameAmount | undefined {
  return frame.amounts.find((a) => a.name === name);
}

/** "överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024" */
export function frameTitle(frame: Frame): string {
  const name = frame.agreement ? t('agreement.named', { name: frame.agreement }) : t('agreement.unnamed');
  return frame.year ? t('agreement.year', { name, year: String(frame.year) }) : name;
}
