import { digitGrouping } from './format/digit-grouping.js';
import { percentTotal } from './format/percent-total.js';
import { unit } from './format/unit.js';
import { unreadable } from './format/unreadable.js';
import { regionDuplicate } from './region/duplicate.js';
import { regionMissing } from './region/missing.js';
import { regionUnknown } from './region/unknown.js';
import { regionVariant } from './region/variant.js';
import { columnTotal } from './table/column-total.js';
import { hierarchy } from './table/hierarchy.js';
import { rowTotal } from './table/row-total.js';
import { share } from './table/share.js';
import { nearMiss } from './text/near-miss.js';
import { sum } from './text/sum.js';
import { tableTotal } from './text/table-total.js';
import { FRAMEWORK_RULES } from './framework/index.js';
import type { Rule } from './types.js';

/** Every rule kronkoll has, in the order they are listed and run. */
export const ALL_RULES: readonly Rule[] = [
  columnTotal,
  rowTotal,
  hierarchy,
  share,
  tableTotal,
  sum,
  nearMiss,
  regionUnknown,
  regionDuplicate,
  regionMissing,
  regionVariant,
  digitGrouping,
  unit,
  percentTotal,
  unreadable,
  ...FRAMEWORK_RULES,
];
