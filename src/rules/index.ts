import { digitGrouping } from './format/digit-grouping.js';
import { percentTotal } from './format/percent-total.js';
import { unit } from './format/unit.js';
import { unreadable } from './format/unreadable.js';
import { regionDuplicate } from './region/duplicate.js';
import { regionMissing } from './region/missing.js';
import { regionUnknown } from './region/unknown.js';
import { regionVariant } from './region/variant.js';
import { columnTotal } from './table/column-total.js';
import { difference } from './table/difference.js';
import { scaleSlip } from './table/scale-slip.js';
import { partialSum } from './table/partial-sum.js';
import { balanceRoll } from './table/balance-roll.js';
import { balanceSides } from './table/balance-sides.js';
import { populationBalance } from './table/population-balance.js';
import { hierarchy } from './table/hierarchy.js';
import { rowTotal } from './table/row-total.js';
import { share } from './table/share.js';
import { ratio } from './table/ratio.js';
import { nearMiss } from './text/near-miss.js';
import { yearFigure } from './text/year-figure.js';
import { writtenArithmetic } from './text/written-arithmetic.js';
import { priorShare } from './text/prior-share.js';
import { rateTotal } from './text/rate-total.js';
import { sum } from './text/sum.js';
import { tableTotal } from './text/table-total.js';
import { regionClaim } from './text/region-claim.js';
import { allocationKey } from './allocation/key.js';
import { claimApproximate } from './claim/approximate.js';
import { arithmetic } from './framework/arithmetic.js';
import { ceiling } from './framework/ceiling.js';
import { frameSums } from './framework/frame.js';
import { keyTotal } from './framework/key-total.js';
import { frameworkLink } from './framework/link.js';
import { payoutSum } from './framework/payout-sum.js';
import { remainder } from './framework/remainder.js';
import { restatement } from './framework/restatement.js';
import { statedAmount } from './framework/stated-amount.js';
import type { Rule } from './types.js';

/** Every rule kronkoll has, in the order they are listed and run. */
export const ALL_RULES: readonly Rule[] = [
  columnTotal,
  rowTotal,
  difference,
  scaleSlip,
  partialSum,
  balanceRoll,
  balanceSides,
  populationBalance,
  hierarchy,
  share,
  ratio,
  tableTotal,
  sum,
  nearMiss,
  yearFigure,
  writtenArithmetic,
  priorShare,
  rateTotal,
  regionClaim,
  regionUnknown,
  regionDuplicate,
  regionMissing,
  regionVariant,
  digitGrouping,
  unit,
  percentTotal,
  unreadable,
  // Agreements and the money paid under them: corpus rules first, then allocation keys of
  // region tables and approximate claims in press releases.
  frameworkLink,
  statedAmount,
  arithmetic,
  keyTotal,
  ceiling,
  frameSums,
  restatement,
  remainder,
  payoutSum,
  allocationKey,
  claimApproximate,
];
