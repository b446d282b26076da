import { basename } from 'node:path';
import { num, t } from '../messages/index.js';
import { columnName } from './regions-csv.js';
import { tidyPlace, type TidyRow } from './regions-rows.js';
import { summarizeRegions } from './regions-summary.js';

const WIDTH = 96;

function cut(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}

/** Text broken at spaces into lines of at most `max` characters (a word longer than that stands alone). */
function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}

function amountLine(label: string, amount: string, indent: string): string {
  const pad = Math.max(2, WIDTH - indent.length - label.length - amount.length);
  return `${indent}${label}${' '.repeat(pad)}${amount}`;
}

/**
 * `kronkoll regions --format text`: the direct answer. Per region, each document's amount
 * (date, title, table and column, file and place), then their sum.
 */
export function formatRegionsText(rows: readonly TidyRow[]): string {
  const summaries = summarizeRegions(rows);
  if (summaries.length === 0) return t('regions.none');
  const out: string[] = [];
  for (const s of summaries) {
    out.push(`${s.name} (${s.code})`, '');
    for (const e of s.entries) {
      out.push(`  ${e.doc.date ?? t('regions.noDate')}  ${cut(e.doc.title ?? basename(e.doc.file), WIDTH - 14)}`);
      const first = e.answer ?? e.parts[0];
      const where = first ? `${basename(e.doc.file)}, ${tidyPlace(first)}` : basename(e.doc.file);
      out.push(`      ${cut(e.table.caption ? `${where} · ${e.table.caption}` : where, WIDTH - 6)}`);
      if (e.answer && e.toMunicipalities) out.push(amountLine(`${cut(columnName(e.answer.column, e.answer.columnNo), 40)} (${t('regions.toMunicipalities')})`, t('figure.kr', { n: num(e.answer.amountKr!) }), '      '));
      else if (e.answer) out.push(amountLine(`${columnName(e.answer.column, e.answer.columnNo)}`, t('figure.kr', { n: num(e.answer.amountKr!) }), '      '));
      else {
        out.push(`      (${t('regions.notSummed')})`);
        for (const p of e.parts) if (p.amountKr) out.push(amountLine(cut(columnName(p.column, p.columnNo), 60), t('figure.kr', { n: num(p.amountKr) }), '        '));
      }
      if (e.also.length > 0) out.push(`      ${cut(t('regions.alsoIn', { files: e.also.map((d) => basename(d.file)).join(', ') }), WIDTH - 6)}`);
    }
    out.push(amountLine(t('regions.sum', { count: String(s.summed) }), t('figure.kr', { n: num(s.sum) }), '  '), '');
  }
  out.push(...wrap(t('regions.sumNote'), WIDTH));
  return out.join('\n');
}
