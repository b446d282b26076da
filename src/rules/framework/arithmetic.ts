import { basename } from 'node:path';
import { compareFigures, type Figure } from '../../compare/interval.js';
import { linkDocuments } from '../../corpus/link.js';
import { statement, type Statement } from '../../corpus/statements.js';
import type { Document } from '../../model/document.js';
import { differenceText, figureText } from '../support/figure-text.js';
import { says } from '../../lexicon/phrases.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * The payout arithmetic a decision states about its agreement:
 *   resterande = avsatt − första utbetalningen − SKR
 *   detta beslut = resterande − utbetalningar sedan dess
 *   detta beslut = summaraden i beslutets tabell (Totalt-kolumnen)
 */
const f = (s: Statement): Figure => ({ value: s.value, precision: s.precision });

function tableTotal(doc: Document): { figure: Figure; location: Statement['location'] } | null {
  for (const t of doc.tables) {
    const total = t.rows.find((r) => r.kind === 'total');
    const cell = total?.cells[total.cells.length - 1];
    if (cell?.value && t.columns[t.columns.length - 1]!.unit === 'SEK') return { figure: { value: cell.value, precision: cell.precision }, location: cell.location };
  }
  return null;
}

export const arithmetic: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'framework/arithmetic',
    description: 'Beslutets räkning: resterande = avsatt − utbetalt − SKR; detta beslut = resterande − senare utbetalningar = tabellens summa',
    severity: 'error',
    docs:
      'For a decision linked to an agreement: the remaining funds it states must equal the amount set aside less the first payout and SKR\'s part; ' +
      'the amount of this decision must equal the remaining funds less the payouts stated since ("I augusti utbetalades …"), and the total row of its table. ' +
      'Each check that holds is reported as info, one that does not as an error with both sides.',
  },
  check(docs, context) {
    const out: RuleFinding[] = [];
    for (const link of linkDocuments(docs, context.frames).links) {
      const st = link.statements;
      const file = basename(link.doc.file);
      const check = (parts: { s: Figure; sign: 1 | -1; name: string }[], stated: Statement | { figure: Figure; location: Statement['location'] }, what: string): void => {
        let value = parts[0]!.s.value.times(0);
        let precision = value;
        for (const p of parts) {
          value = value.plus(p.s.value.times(p.sign));
          precision = precision.plus(p.s.precision);
        }
        const target = 'figure' in stated ? stated.figure : f(stated);
        const c = compareFigures({ value, precision }, target);
        const formula = parts.map((p, i) => `${i === 0 ? '' : p.sign < 0 ? ' − ' : ' + '}${figureText(p.s.value, 'SEK')}`).join('');
        out.push({
          severity: c.verdict === 'mismatch' ? 'error' : 'info',
          message:
            c.verdict === 'mismatch'
              ? t('framework.arithmetic.mismatch', { file, what, stated: figureText(target.value, 'SEK'), formula, computed: figureText(value, 'SEK'), difference: differenceText(c.difference, c.slack, 'SEK') })
              : t('framework.arithmetic.holds', { what, stated: figureText(target.value, 'SEK'), formula }),
          location: stated.location,
          // expected: what the decision states; actual: what its other figures give.
          expected: target.value.toFixed(),
          actual: value.toFixed(),
        });
      };
      const total = statement(st, 'total');
      const first = statement(st, 'first');
      const skr = statement(st, 'skr');
      const remaining = statement(st, 'remaining');
      const mine = statement(st, 'this');
      if (total && first && skr && remaining) {
        check([{ s: f(total), sign: 1, name: 'avsatt' }, { s: f(first), sign: -1, name: 'första' }, { s: f(skr), sign: -1, name: 'SKR' }], remaining, t('role.remaining'));
      }
      const earlier = st.filter((s) => s.role === 'earlier');
      const thisDecision = st.filter((s) => s.role === 'this');
      const stated = thisDecision.find((s) => says('decisionThisSentence', s.context)) ?? mine;
      if (remaining && stated && earlier.length > 0) {
        check([{ s: f(remaining), sign: 1, name: 'resterande' }, ...earlier.map((e) => ({ s: f(e), sign: -1 as const, name: 'utbetalt' }))], stated, t('framework.arithmetic.thisDecision'));
      }
      const table = tableTotal(link.doc);
      if (mine && table && remaining) check([{ s: table.figure, sign: 1, name: 'tabell' }], mine, t('framework.arithmetic.tablePayout'));
    }
    return out;
  },
};
