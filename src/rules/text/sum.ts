import type { DocumentRule } from '../types.js';
import { checkListCounts } from '../support/list-count.js';
import { checkListSums } from '../support/list-sum.js';
import { checkVarav } from '../support/varav-sum.js';

/** Decompositions stated in prose add up: "varav" parts, bulleted lists of amounts, counted lists. */
export const sum: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'text/sum',
    description: 'Uppdelningar i texten summerar: varav-led, listor med belopp och antal punkter',
    severity: 'error',
    docs:
      'Three checks on prose. (1) "X kronor, varav A … och B …" in one sentence: the parts may not exceed X; they must make ' +
      'X only when the last part is presented as the rest (resterande, övriga). (2) A sentence with an amount and a colon, ' +
      'followed by a bulleted list with one amount per item, or a lead such as "Medel till regionerna utbetalas från följande ' +
      'anslagsposter:" tied to the one amount earlier paid to the same recipient: the items must add up to it (a shortfall is ' +
      'tolerated when the lead gives examples). (3) A sentence that ends with a count ("inom sju områden:") followed by a list: ' +
      'the list has that many top-level items. Rounded figures are compared as intervals; a match within rounding is an info.',
  },
  check(doc) {
    return [...checkVarav(doc), ...checkListSums(doc), ...checkListCounts(doc)];
  },
};
