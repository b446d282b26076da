import { basename } from 'node:path';
import { balances, buildLedgers, ledgerTitle } from '../../corpus/ledger.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

export const remainder: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'framework/remainder',
    description: 'Resterande medel = ramen − SKR:s del − tidigare utbetalningar, över alla dokument om överenskommelsen',
    severity: 'error',
    docs:
      'The payout ledger of an agreement and year (press releases, agreement pages and decisions that name it, ordered by date): ' +
      'a remainder ("Nu betalas resterande X kronor ut", "de återstående X", "kvarvarande medel, X") must equal the total stated for the frame ' +
      'less SKR\'s share less the payouts before it, within the rounding of each figure. A restated payout ("I mars betalades 300 miljoner kronor ut") counts once. ' +
      'A mismatch is an error only when the total, SKR\'s share and every date are known; otherwise a warning says what is missing. A balance that holds is info.',
  },
  check(docs) {
    const out: RuleFinding[] = [];
    for (const l of buildLedgers(docs).ledgers) {
      for (const b of balances(l)) {
        const r = b.remaining;
        const file = basename(r.doc.file);
        const base = { location: r.location, expected: r.value.toFixed() };
        if (!b.comparison || !b.computed) {
          out.push({ ...base, severity: 'warning', message: t('framework.remainder.untestable', { file, remaining: figureText(r.value, 'SEK'), title: ledgerTitle(l), missing: b.missing.join(', ') }) });
          continue;
        }
        const c = b.comparison;
        const equation = `${b.formula} = ${figureText(b.computed.value, 'SEK')}`;
        const gap = b.missing.length > 0 ? t('framework.remainder.gap', { missing: b.missing.join(', ') }) : '';
        if (c.verdict === 'mismatch') {
          out.push({
            ...base,
            actual: b.computed.value.toFixed(),
            severity: b.missing.length === 0 ? 'error' : 'warning',
            message: t('framework.remainder.mismatch', { file, remaining: figureText(r.value, 'SEK'), title: ledgerTitle(l), equation, difference: differenceText(c.difference, c.slack, 'SEK') }) + gap,
          });
        } else {
          out.push({
            ...base,
            actual: b.computed.value.toFixed(),
            severity: 'info',
            message: t('framework.remainder.holds', { remaining: figureText(r.value, 'SEK'), title: ledgerTitle(l), equation }) + (c.verdict === 'within-rounding' ? t('framework.withinRounding', { difference: differenceText(c.difference, c.slack, 'SEK') }) : '') + gap,
          });
        }
      }
    }
    return out;
  },
};
