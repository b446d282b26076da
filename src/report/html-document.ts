import { Decimal } from 'decimal.js';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { num, t } from '../messages/index.js';
import type { Document, Sentence } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { Table } from '../model/table.js';
import { anchor } from './html-page.js';
import { placeText } from './place.js';
import { columnName } from './regions-csv.js';

/**
 * One document of the HTML report: its findings, each linked to its place; its tables with
 * the flagged cells marked and the stated and computed figures beside them; and the prose
 * sentences that carry amounts, the amounts marked. Ids are made from positions in the model
 * (d1-t1-r3-c2), never from document text.
 */
export interface DocumentView {
  section: Element;
  counts: { errors: number; warnings: number; infos: number };
}

const cellId = (d: number, tb: number, r?: number | null, c?: number | null): string =>
  `d${d}-t${tb + 1}${r === null || r === undefined ? '' : `-r${r + 1}`}${c === null || c === undefined ? '' : `-c${c + 1}`}`;

/** The sentence a line belongs to: the last one starting on or before it. */
function sentenceAt(sentences: readonly Sentence[], loc: Location): number | null {
  if (loc.line === undefined) return null;
  let best: number | null = null;
  sentences.forEach((s, i) => {
    if (s.location.line !== undefined && s.location.line <= loc.line! && (loc.page === undefined || s.location.page === loc.page)) best = i;
  });
  return best;
}

function sameSpot(a: Location, b: Location): boolean {
  return a.line !== undefined && a.line === b.line && a.column === b.column && a.page === b.page;
}

export function renderDocument(doc: Document, d: number, findings: readonly Finding[]): DocumentView {
  const docId = `d${d}`;
  const findingId = (k: number): string => `${docId}-f${k + 1}`;
  const amountTarget = new Map<number, number[]>();
  const cellTargets = new Map<string, number[]>();
  const sentenceTargets = new Map<number, number[]>();
  const targets: string[] = findings.map((f, k) => {
    if (f.cell) {
      const id = cellId(d, f.cell.table, f.cell.row, f.cell.column);
      cellTargets.set(id, [...(cellTargets.get(id) ?? []), k]);
      return id;
    }
    const a = doc.amounts.findIndex((x) => x.location === f.location || sameSpot(x.location, f.location));
    if (a >= 0) {
      amountTarget.set(a, [...(amountTarget.get(a) ?? []), k]);
      return `${docId}-a${a + 1}`;
    }
    const s = sentenceAt(doc.sentences, f.location);
    if (s !== null) {
      sentenceTargets.set(s, [...(sentenceTargets.get(s) ?? []), k]);
      return `${docId}-s${s + 1}`;
    }
    return docId;
  });
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;

  const backLinks = (ks: readonly number[]): ElementContent[] =>
    ks.flatMap((k) => [{ type: 'text', value: ' ' } as const, anchor(findingId(k), `⚑ ${t('html.backTo', { n: String(k + 1) })}`, { class: 'back' })]);

  const findingList: Element =
    findings.length === 0
      ? h('p', t('html.noFindings'))
      : h(
          'ol.findings',
          findings.map((f, k) =>
            h('li', { id: findingId(k) }, [
              h(`span.sev.${f.severity}`, t(`severity.${f.severity}`)),
              ' ',
              h('span.rule', f.ruleId),
              ' ',
              f.message,
              ' ',
              h('span.meta', `(${placeText(f.location)})`),
              ' ',
              anchor(targets[k]!, `→ ${t('html.goTo')}`, { class: 'go' }),
            ]),
          ),
        );

  const tables = doc.tables.map((table, ti) => renderTable(table, d, ti, findings, cellTargets, backLinks));

  const amountsBySentence = new Map<number, number[]>();
  doc.amounts.forEach((a, i) => amountsBySentence.set(a.sentence, [...(amountsBySentence.get(a.sentence) ?? []), i]));
  const shown = doc.sentences.map((_, i) => i).filter((i) => amountsBySentence.has(i) || sentenceTargets.has(i));
  const prose = shown.map((i) => {
    const s = doc.sentences[i]!;
    const parts: (ElementContent | string)[] = [];
    let cursor = 0;
    const trailing: (ElementContent | string)[] = [];
    for (const ai of amountsBySentence.get(i) ?? []) {
      const a = doc.amounts[ai]!;
      const hit = amountTarget.get(ai);
      const mark = h(hit ? 'mark.flag' : 'mark', { id: `${docId}-a${ai + 1}`, title: `${num(a.value)}` }, [a.raw]);
      const at = s.text.indexOf(a.raw, cursor);
      if (at < 0) {
        trailing.push(' [', mark, ']', ...(hit ? backLinks(hit) : []));
        continue;
      }
      parts.push(s.text.slice(cursor, at), mark, ...(hit ? backLinks(hit) : []));
      cursor = at + a.raw.length;
    }
    parts.push(s.text.slice(cursor), ...trailing, ...(sentenceTargets.has(i) ? backLinks(sentenceTargets.get(i)!) : []));
    return h('p.sentence', { id: `${docId}-s${i + 1}` }, [h('span.meta', `${placeText({ file: '', line: s.location.line, page: s.location.page }).replace(/^:/, '')} `), ...parts]);
  });

  const section = h('section', { id: docId }, [
    h('h2', doc.file),
    h('p.meta', [
      doc.title ? h('strong', doc.title) : '',
      doc.title ? h('br') : '',
      t('html.meta', { kind: t(`kind.${doc.kind}`), date: doc.date ?? t('html.none'), dnr: doc.dnr.join(', ') || t('html.none') }),
    ]),
    h('h3', `${t('html.findings')} (${t('html.counts', { errors: String(counts.errors), warnings: String(counts.warnings), infos: String(counts.infos) })})`),
    findingList,
    ...(tables.length > 0 ? [h('h3', t('html.tables')), ...tables] : []),
    ...(prose.length > 0 ? [h('h3', t('html.prose')), ...prose] : []),
  ]);
  return { section, counts };
}

function figure(value: string | undefined): string {
  return value === undefined ? '' : num(new Decimal(value));
}

function renderTable(
  table: Table,
  d: number,
  ti: number,
  findings: readonly Finding[],
  cellTargets: Map<string, number[]>,
  backLinks: (ks: readonly number[]) => ElementContent[],
): Element {
  const worst = (ks: readonly number[]): string => {
    const sev = ks.map((k) => findings[k]!.severity);
    return sev.includes('error') ? 'error' : sev.includes('warning') ? 'warning' : 'info';
  };
  const head = h('tr', [h('th', table.labelHeader ?? t('html.labelCol')), ...table.columns.map((c, ci) => h('th', columnName(c, ci + 1)))]);
  const rows = table.rows.map((row, ri) => {
    const rowId = cellId(d, ti, ri);
    const rowHits = cellTargets.get(rowId);
    const cells = table.columns.map((_, ci) => {
      const cell = row.cells[ci];
      const id = cellId(d, ti, ri, ci);
      const hits = cellTargets.get(id);
      if (!hits) return h('td.num', { id }, cell?.raw ?? '');
      const calc = hits.flatMap((k) => {
        const f = findings[k]!;
        if (f.expected === undefined && f.actual === undefined) return [];
        return [h('span.calc', [f.expected !== undefined ? t('html.stated', { value: figure(f.expected) }) : '', f.expected !== undefined && f.actual !== undefined ? ' · ' : '', f.actual !== undefined ? t('html.computed', { value: figure(f.actual) }) : ''])];
      });
      return h(`td.num.flag.${worst(hits)}`, { id, title: hits.map((k) => findings[k]!.message).join('\n') }, [cell?.raw ?? '', ...calc, ...backLinks(hits)]);
    });
    return h(`tr.${row.kind}${rowHits ? '.flag' : ''}`, { id: rowId }, [h('td', [row.label, ...(rowHits ? backLinks(rowHits) : [])]), ...cells]);
  });
  const tableId = cellId(d, ti);
  const tableHits = cellTargets.get(tableId);
  return h('div.scroll', [
    h('table', { id: tableId }, [h('caption', [table.caption ?? t('html.tableN', { n: String(ti + 1) }), ...(tableHits ? backLinks(tableHits) : [])]), h('thead', [head]), h('tbody', rows)]),
  ]);
}
