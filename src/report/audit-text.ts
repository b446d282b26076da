import type { Finding, Severity } from '../model/finding.js';
import type { Location } from '../model/location.js';
import { paint, type Paint } from './ansi.js';
import { countFindings, type SeverityCounts } from './counts.js';
import { placeText } from './place.js';
import { quoteAt, type RowQuote } from './row-quotes.js';
import { displayColumn, expandTabs } from './source-line.js';
import type { AuditResult } from './types.js';
import { Decimal } from 'decimal.js';
import { numFixed, t } from '../messages/index.js';

/**
 * Findings as compiler diagnostics: place, severity and rule; the message; the
 * source line with a caret under the value; related places. Then unreadable
 * files as `file: reason` and one summary line.
 */
export function formatAuditText(result: AuditResult, opts: { color: boolean }): string {
  const p = paint(opts.color);
  // Documents, not their lines: a document's lines are read only when a finding is shown (from a cache they are loaded on first use).
  const byFile = new Map(result.documents.map((d) => [d.file, d]));
  const blocks: string[] = [];
  for (const doc of result.documents) {
    for (const finding of doc.findings) {
      blocks.push(formatFinding(finding, (byFile.get(finding.location.file) ?? doc).lines, p, doc.rows ?? []));
    }
  }
  const out: string[] = [];
  if (blocks.length > 0) out.push(blocks.join('\n'));
  if (result.errors.length > 0) {
    out.push(result.errors.map((e) => `${p.bold(e.file)}: ${p.red(e.reason)}`).join('\n') + '\n');
  }
  out.push(p.bold(summaryLine(countFindings(result), result.errors.length)) + '\n');
  return out.join('\n');
}

/** "3 fel, 1 varning, 2 info i 5 dokument", plus unreadable files when there are any. */
export function summaryLine(c: SeverityCounts, inputErrors: number): string {
  let line = t('audit.summary', { errors: c.errors, warnings: c.warnings, infos: c.infos, documents: c.documents });
  if (inputErrors > 0) line += `; ${t('audit.unreadable', { count: inputErrors })}`;
  return line;
}

function severityPaint(sev: Severity, p: Paint): (s: string) => string {
  return sev === 'error' ? p.red : sev === 'warning' ? p.yellow : p.cyan;
}

function formatFinding(f: Finding, lines: readonly string[], p: Paint, rows: readonly RowQuote[]): string {
  const sev = severityPaint(f.severity, p);
  const out: string[] = [];
  out.push(`${p.bold(placeText(f.location) + ':')} ${sev(f.severity)} ${p.bold(f.ruleId)}`);
  for (const m of f.message.split('\n')) out.push(`  ${m}`);

  const snippet = sourceSnippet(f.location, lines);
  // The gutter is as wide as the line number, so `|` and `=` stand in one column.
  const pad = snippet ? ' '.repeat(String(f.location.line).length) : '';
  // Notes start under the gutter bar, or under the message when there is no source line.
  const note = snippet ? `${pad} ${p.blue('=')} ` : `  ${p.blue('=')} `;
  if (snippet) {
    out.push(p.blue(`${pad} |`));
    out.push(`${p.blue(`${f.location.line} |`)} ${snippet.text}`);
    if (snippet.caret) out.push(`${p.blue(`${pad} |`)} ${sev(snippet.caret)}`);
  }
  const box = boxNote(f.location);
  if (box) out.push(note + box);
  const quote = f.location.box && f.location.page !== undefined ? quoteAt(rows, f.location.page, f.location.box) : null;
  if (quote) out.push(`${note}${t('audit.rowAsRead', { row: quote.text })}`);
  for (const r of f.related ?? []) {
    const msg = r.message ? ` ${r.message}` : '';
    out.push(`${note}${t('audit.seeAlso', { place: placeText(r.location) })}${msg}`);
  }
  return out.join('\n') + '\n';
}

interface Snippet {
  text: string;
  /** Spaces then carets, or null when the location has no column. */
  caret: string | null;
}

function sourceSnippet(loc: Location, lines: readonly string[]): Snippet | null {
  if (loc.line === undefined) return null;
  const raw = lines[loc.line - 1];
  if (raw === undefined) return null;
  const line = raw.replace(/(?<![\r\n])[\r\n]+$/, '');
  const text = expandTabs(line).trimEnd();
  if (loc.column === undefined) return { text, caret: null };
  const start = displayColumn(line, loc.column - 1);
  const end = loc.endColumn !== undefined && loc.endColumn > loc.column ? displayColumn(line, loc.endColumn - 1) : start + 1;
  return { text, caret: ' '.repeat(start) + '^'.repeat(Math.max(1, end - start)) };
}

/** PDF positions have no source line to show; name the box instead (points from the page's top-left corner). */
function boxNote(loc: Location): string | null {
  if (!loc.box) return null;
  const n = (v: number) => numFixed(new Decimal(v), 1);
  const { x, y, width, height } = loc.box;
  const where = loc.page !== undefined ? `${t('place.page', { page: String(loc.page) })}, ` : '';
  return t('audit.box', { where, x: n(x), y: n(y), width: n(width), height: n(height) });
}
