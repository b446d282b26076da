import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Explanation, Tie } from '../corpus/explain.js';
import { num, t } from '../messages/index.js';
import type { Document } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { noteForDeviant, noteForTie, noteForUnexplained, noteText, type AuditNote } from './explain-audit.js';
import { renderDocument } from './html-document.js';
import { anchor, page } from './html-page.js';
import { regionSummary } from './html-regions.js';

const MARK: Record<Tie['verdict'], string> = { exact: '✓', 'within-rounding': '≈', mismatch: '✗', unknown: '·' };

/**
 * `explain --format html`: the reconciliation as a page. Frames as trees; per document the
 * ties, keys and unexplained amounts, each figure that is not reconciled linked to its audit
 * finding (or saying why there is none); then the document itself as in the audit report.
 */
export function formatExplainHtml(e: Explanation, docs: readonly Document[], findings: ReadonlyMap<string, readonly Finding[]>): string {
  const body: ElementContent[] = [h('p.meta', t('explain.legend'))];
  for (const f of e.frames) {
    body.push(h('h2', t('explain.frame', { title: f.title, origin: f.origin })), h('ul.tree', f.tree.map((x) => tieItem(x, null, ''))));
  }
  const regions = regionSummary(docs);
  if (regions) body.push(h('h2', t('html.regionSummary')), regions);
  e.documents.forEach((d, i) => {
    const docNo = docs.findIndex((x) => x.file === d.file) + 1;
    const own = findings.get(d.file) ?? [];
    const link = (note: AuditNote): ElementContent => {
      if ('reason' in note) return h('span.meta', note.reason);
      const k = own.indexOf(note.finding);
      return anchor(`d${docNo}-f${k + 1}`, noteText(note));
    };
    const items: Element[] = [];
    if (d.totals.length > 0) items.push(h('h3', t('explain.totals')), h('ul.tree', d.totals.map((x) => tieItem(x, own, '', link))));
    if (d.frameTies.length > 0) items.push(h('h3', t('explain.frameTies')), h('ul.tree', d.frameTies.map((x) => tieItem(x, own, '', link))));
    if (d.keys.length > 0) {
      items.push(
        h('h3', t('explain.keys')),
        h(
          'ul.tree',
          d.keys.map((k) =>
            h('li', [
              `${k.column}: `,
              k.key ? t('explain.keyFit', { key: k.key, matched: String(k.matched), regions: String(k.regions) }) : t('explain.noKey'),
              ...(k.deviants.length > 0
                ? [h('ul.tree', k.deviants.map((x) => h('li', [h('span.verdict.mismatch', '✗'), t('explain.deviant', { label: x.label, actual: num(x.actual), expected: num(x.expected) }), ' ↳ ', link(noteForDeviant(x.location, own))])))]
                : []),
            ]),
          ),
        ),
      );
    }
    if (d.unexplained.length > 0) {
      items.push(h('h3', t('explain.unexplained')), h('ul.tree', d.unexplained.map((u) => h('li', [h('span.verdict.unknown', '·'), `"${u.raw}" `, ' ↳ ', link(noteForUnexplained(u.location, own))]))));
    }
    const doc = docs[docNo - 1];
    const view = doc ? renderDocument(doc, docNo, own) : null;
    body.push(h('section', { id: `x${i + 1}` }, [h('h2', `${d.file} (${t(`kind.${d.kind}`)})`), d.agreement ? h('p.meta', t('explain.belongsTo', { agreement: d.agreement })) : '', ...items]));
    if (view) body.push(view.section);
  });
  return page(t('html.explainTitle'), body);
}

function tieItem(x: Tie, own: readonly Finding[] | null, _indent: string, link?: (n: AuditNote) => ElementContent): Element {
  const unit = x.unit === 'persons' || x.unit === 'count' ? '' : x.unit === 'percent' ? ' %' : ' kr';
  const note = own ? noteForTie(x, own) : null;
  return h('li', [
    h(`span.verdict.${x.verdict}`, MARK[x.verdict]),
    `${x.label}: ${num(x.value)}${unit} ${x.to}`,
    ...(note && link ? [' ↳ ', link(note)] : []),
    ...(x.children.length > 0 ? [h('ul.tree', x.children.map((c) => tieItem(c, own, '', link)))] : []),
  ]);
}
