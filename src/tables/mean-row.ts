import { Decimal } from 'decimal.js';

/**
 * A row named like a total that is the mean of the rows above it, not their sum: pages of wages
 * and fees print "Samtliga", "Riket" or "Totalt" under the groups, with the average of all
 * ("Arbetare 21 700 / Tjänstemän 30 100 / Samtliga 26 700"). Such a figure lies between the
 * smallest and the largest of its parts and near their plain mean (a weighted mean strays from
 * it, but not by half). A sum of positive parts is larger than every part, so a mean-like figure
 * is no sum misprinted. One bloated part (a digit too many) could pull the range and the mean over
 * a true sum; with three parts or more, a true sum is then larger than all the other parts
 * together, which a mean is not, so that case is still checked.
 */
const NEAR = new Decimal('0.5');

export function isMeanOfParts(parts: readonly Decimal[], stated: Decimal): boolean {
  if (parts.length < 2 || parts.some((p) => p.lte(0)) || stated.lte(0)) return false;
  let min = parts[0]!;
  let max = parts[0]!;
  let sum = new Decimal(0);
  for (const p of parts) {
    if (p.lt(min)) min = p;
    if (p.gt(max)) max = p;
    sum = sum.plus(p);
  }
  if (stated.lt(min) || stated.gt(max)) return false;
  const mean = sum.div(parts.length);
  if (stated.minus(mean).abs().gt(mean.times(NEAR))) return false;
  return parts.length === 2 || stated.lt(sum.minus(max));
}

/**
 * A table of averages shows it in every sum it seems to state: each figure of the total row (or
 * each row's figure in the total column) is a mean of its parts. One mean-like figure is no such
 * sign (a shifted cell or a misread table gives one by chance), so the reading holds only when
 * there are two such figures or more, every figure with parts to compare is mean-like, and one at
 * least lies strictly between its parts.
 */
const MIN_MEANS = 2;

export function allMeans(sums: readonly { parts: readonly Decimal[]; stated: Decimal | null }[]): boolean {
  const checked = sums.filter((s) => s.stated !== null && s.parts.length >= 2);
  if (checked.length < MIN_MEANS || !checked.every((s) => isMeanOfParts(s.parts, s.stated!))) return false;
  // Rounded averages may equal a part; figures that all equal a part are that part repeated (a copy, a shifted cell).
  return checked.some((s) => s.parts.some((p) => p.lt(s.stated!)) && s.parts.some((p) => p.gt(s.stated!)));
}
