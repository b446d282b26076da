import type { Figure } from '../../compare/interval.js';
import { compareSum } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { differenceText, figureText } from './figure-text.js';
import { bulletLists } from './lists.js';
import { isTotalItem } from './list-total-item.js';
import { moneyBySentence } from './money-by-sentence.js';

/**
 * A list whose items close in sums of their own, then a last sum (list-total-item.ts leaves such
 * a list unread):
 *
 *   * Grundskola: 412,5 mnkr            - Projekt Alfa – 1 200 000 kronor
 *   * Gymnasium: 180,3 mnkr             - Projekt Beta – 800 000 kronor
 *   * Summa skolan: 592,8 mnkr          - Summa forskning – 2 000 000 kronor
 *   * Hemtjänst: 200 mnkr               - Kurs A – 300 000 kronor
 *   * Boende: 116,5 mnkr                - Summa utbildning – 300 000 kronor
 *   * Summa omsorgen: 316,5 mnkr        - Sammanlagt – 2 300 000 kronor
 *   * Totalt: 909,3 mnkr
 *
 * Where every section's items make its sum, the sections are as their figures show, and the
 * last sum is the sections' sums and any items after the last: a mismatch warns (that the last
 * line adds the sections is read from the layout). Where a section's items miss its sum, or the
 * list holds one section only (its last sum may cover amounts above the list), which items make
 * which sum is not known: an info says the sums were not compared.
 */
const fig = (a: ProseAmount): Figure => ({ value: a.value, precision: a.precision });
const reconciles = (parts: readonly ProseAmount[], sum: ProseAmount): boolean => compareSum(parts.map(fig), fig(sum)).verdict !== 'mismatch';

export function checkListSectionTotals(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = moneyBySentence(doc);
  for (const list of bulletLists(doc)) {
    const items = list.items;
    if (items.length < 4 || !isTotalItem(doc, items[items.length - 1]!)) continue;
    const sums = items.slice(0, -1).map((item) => isTotalItem(doc, item));
    if (!sums.includes(true)) continue;
    const amounts = items.map((item) => item.flatMap((k) => bySentence.get(k) ?? []));
    if (amounts.some((a) => a.length !== 1)) continue;
    const all = amounts.map((a) => a[0]!);
    const total = all[all.length - 1]!;
    const sections: { parts: ProseAmount[]; sum: ProseAmount }[] = [];
    let parts: ProseAmount[] = [];
    for (let k = 0; k < all.length - 1; k++) {
      if (!sums[k]) parts.push(all[k]!);
      else {
        sections.push({ parts, sum: all[k]! });
        parts = [];
      }
    }
    const loose = parts;
    const known = sections.length >= 2 && sections.every((s) => s.parts.length > 0 && reconciles(s.parts, s.sum));
    if (!known) {
      out.push({
        severity: 'info',
        message: t('text.listSectionsOpen', { stated: figureText(total.value, 'SEK') }),
        location: total.location,
      });
      continue;
    }
    const summed = [...sections.map((s) => s.sum), ...loose];
    const c = compareSum(summed.map(fig), fig(total));
    if (c.verdict === 'exact') continue;
    const doubt = t('doubt.listSections', { sections: String(sections.length) });
    out.push({
      severity: c.verdict === 'mismatch' ? 'warning' : 'info',
      message:
        t('text.listSectionsTotal', {
          parts: String(summed.length),
          computed: figureText(c.computed, 'SEK'),
          stated: figureText(c.stated, 'SEK'),
          difference: differenceText(c.difference, c.slack, 'SEK'),
        }) + (c.verdict === 'within-rounding' ? t('sum.withinRounding') : t('sum.uncertain', { doubts: doubt })),
      location: total.location,
      related: summed.map((p) => ({ message: t('text.listSum.part', { raw: p.raw }), location: p.location })),
      expected: c.stated.toFixed(),
      actual: c.computed.toFixed(),
    });
  }
  return out;
}
