import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { t } from '../messages/index.js';
import type { Document } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { renderDocument } from './html-document.js';
import { anchor, page } from './html-page.js';
import { regionSummary } from './html-regions.js';
import type { InputError } from './types.js';

export interface HtmlAuditInput {
  docs: readonly Document[];
  findings: ReadonlyMap<string, readonly Finding[]>;
  errors: readonly InputError[];
}

/**
 * `audit --format html`: one self-contained page. The documents with their counts, each
 * linked to its section; files that could not be read; the region summary; then each
 * document with its findings, tables and prose (see html-document.ts).
 */
export function formatAuditHtml(input: HtmlAuditInput): string {
  const views = input.docs.map((doc, i) => renderDocument(doc, i + 1, input.findings.get(doc.file) ?? []));
  const total = { errors: 0, warnings: 0, infos: 0 };
  for (const v of views) {
    total.errors += v.counts.errors;
    total.warnings += v.counts.warnings;
    total.infos += v.counts.infos;
  }
  const countText = (c: typeof total): string => t('html.counts', { errors: String(c.errors), warnings: String(c.warnings), infos: String(c.infos) });
  const body: ElementContent[] = [
    h('p.meta', countText(total)),
    h('nav', [
      h('h2', t('html.documents')),
      h(
        'ul',
        input.docs.map((doc, i) => h('li', [anchor(`d${i + 1}`, doc.file), ` — ${countText(views[i]!.counts)}`])),
      ),
    ]),
  ];
  if (input.errors.length > 0) {
    body.push(h('h2', t('html.unreadable')), h('ul', input.errors.map((e) => h('li', `${e.file}: ${e.reason}`))));
  }
  const regions = regionSummary(input.docs);
  if (regions) body.push(h('h2', t('html.regionSummary')), regions);
  body.push(...views.map((v) => v.section));
  return page(t('html.auditTitle'), body);
}
