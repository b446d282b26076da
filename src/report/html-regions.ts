import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { num, t } from '../messages/index.js';
import type { Document } from '../model/document.js';
import { anchor } from './html-page.js';
import { tidyRows } from './regions-rows.js';
import { summarizeRegions } from './regions-summary.js';

/** The region summary of an HTML report: per region, each document's amount (linked to its row) and the sum. */
export function regionSummary(docs: readonly Document[]): Element | null {
  const summaries = summarizeRegions(tidyRows(docs, { regionsOnly: true }));
  if (summaries.length === 0) return null;
  const rows = summaries.map((s) => {
    const links: ElementContent[] = [];
    for (const e of s.entries) {
      const r = e.answer ?? e.parts[0];
      if (!r) continue;
      const d = docs.indexOf(e.doc) + 1;
      const id = `d${d}-t${e.tableNo}-r${e.table.rows.indexOf(r.row) + 1}`;
      if (links.length > 0) links.push(h('br'));
      const text = e.answer?.amountKr ? `${t('figure.kr', { n: num(e.answer.amountKr) })}${e.toMunicipalities ? ` (${t('regions.toMunicipalities')})` : ''}` : `(${t('regions.notSummed')})`;
      links.push(anchor(id, `${text} — ${e.doc.file.split('/').pop()}`));
    }
    return h('tr', [h('td', `${s.name} (${s.code})`), h('td', links), h('td.num', num(s.sum))]);
  });
  return h('div.scroll', [
    h('table', { id: 'regions' }, [
      h('thead', [h('tr', [h('th', t('html.regionCol')), h('th', t('html.amountsCol')), h('th', t('html.sumCol'))])]),
      h('tbody', rows),
    ]),
  ]);
}
