import type { Finding, Severity } from '../model/finding.js';
import type { AuditResult } from './types.js';
import { t } from '../messages/index.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its file and
 * line, `::error file=…,line=…,col=…,endColumn=…,title=…::message`. Escaping as the
 * Actions toolkit does it: `%`, CR and LF in the message; also `:` and `,` in properties.
 * Paths are printed as given; run kronkoll from the repository root so they match.
 */
export function formatAuditGithub(result: AuditResult): string {
  const out: string[] = [];
  for (const d of result.documents) for (const f of d.findings) out.push(command(f));
  for (const e of result.errors) out.push(`::error ${properties([['file', e.file], ['title', `kronkoll: ${t('report.unreadableTitle')}`]])}::${escapeData(e.reason)}`);
  return out.length > 0 ? out.join('\n') + '\n' : '';
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function command(f: Finding): string {
  const props: [string, string][] = [['file', f.location.file]];
  if (f.location.line !== undefined) {
    props.push(['line', String(f.location.line)]);
    if (f.location.column !== undefined) {
      props.push(['col', String(f.location.column)]);
      if (f.location.endColumn !== undefined && f.location.endColumn > f.location.column) props.push(['endColumn', String(f.location.endColumn)]);
    }
  }
  props.push(['title', `kronkoll ${f.ruleId}`]);
  // A PDF finding has a page and no line: the page goes into the message.
  const page = f.location.page !== undefined && f.location.line === undefined ? ` (${t('place.page', { page: String(f.location.page) })})` : '';
  return `::${COMMAND[f.severity]} ${properties(props)}::${escapeData(f.message + page)}`;
}

function properties(props: [string, string][]): string {
  return props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
