import { basename } from 'node:path';
import { buildLedgers, framePart, ledgerTitle, paidSoFar } from '../../corpus/ledger.js';
import { figureText } from '../support/figure-text.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

export const payoutSum: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'framework/payout-sum',
    description: 'Utbetalningarna i en överenskommelses liggare (med SKR:s del) överstiger inte ramens totala belopp',
    severity: 'error',
    docs:
      'All payouts of an agreement and year stated across the run\'s documents (restatements counted once), with SKR\'s share, ' +
      'must not exceed the total stated for the frame, allowing for the rounding of every figure. Over the total is an error; ' +
      'within it is info. Without a stated total nothing is checked.',
  },
  check(docs) {
    const out: RuleFinding[] = [];
    for (const l of buildLedgers(docs).ledgers) {
      const total = framePart(l, 'total');
      if (!total || l.payouts.length === 0) continue;
      const paid = paidSoFar(l);
      const over = paid.value.minus(paid.precision).minus(total.value.plus(total.precision));
      const last = l.payouts[l.payouts.length - 1]!;
      const files = [...new Set(l.payouts.map((p) => basename(p.doc.file)))].join(', ');
      out.push({
        severity: over.gt(0) ? 'error' : 'info',
        message: over.gt(0)
          ? t('framework.payoutSum.over', { file: basename(last.doc.file), title: ledgerTitle(l), files, paid: figureText(paid.value, 'SEK'), total: figureText(total.value, 'SEK'), totalFile: basename(total.doc.file), over: figureText(over, 'SEK') })
          : t('framework.payoutSum.within', { payouts: String(l.payouts.length), title: ledgerTitle(l), files, paid: figureText(paid.value, 'SEK'), total: figureText(total.value, 'SEK') }),
        location: last.location,
        expected: total.value.toFixed(),
        actual: paid.value.toFixed(),
      });
    }
    return out;
  },
};
