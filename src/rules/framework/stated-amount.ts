import { amountOf, ROLE_NODE } from '../../corpus/frame.js';
import { linkDocuments } from '../../corpus/link.js';
import type { Role } from '../../corpus/statements.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { compareWithFrame } from '../support/frame-ref.js';
import { t } from '../../messages/index.js';

/** How a message names what each role of statement is about. */
const WHAT: Partial<Record<Role, 'framework.statedAmount.total' | 'ledger.skr' | 'framework.statedAmount.first' | 'role.remaining'>> = {
  total: 'framework.statedAmount.total',
  skr: 'ledger.skr',
  first: 'framework.statedAmount.first',
  remaining: 'role.remaining',
};

export const statedAmount: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'framework/stated-amount',
    description: 'Beslutets belopp för ramen (avsatt, SKR, första utbetalning, resterande) stämmer med överenskommelsen',
    severity: 'error',
    docs:
      'In a decision linked to an agreement, "avsatt X" is compared with the frame\'s totalt, "SKR tilldelades X" with skr, ' +
      '"i samband med beslutet om överenskommelsen utbetalades X" with efter_rekvisition and "Resterande medel, X" with utan_rekvisition. ' +
      'Figures are compared as intervals (the agreement writes millions): a match within the rounding and an exact match are reported as info, ' +
      'a figure the frame cannot hold as an error naming both documents and both figures.',
  },
  check(docs, context) {
    const out: RuleFinding[] = [];
    for (const link of linkDocuments(docs, context.frames).links) {
      for (const s of link.statements) {
        const name = ROLE_NODE[s.role];
        const what = WHAT[s.role];
        const node = name ? amountOf(link.frame, name) : undefined;
        if (what && node) out.push(compareWithFrame(link, s, t(what), node));
      }
    }
    return out;
  },
};
