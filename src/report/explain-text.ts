import { formatSwedish } from '../../grammars/amount/index.js';
import type { Explanation, Tie } from '../corpus/explain.js';
import { t } from '../messages/index.js';
import type { Finding } from '../model/finding.js';
import type { Location } from '../model/location.js';
import { noteForDeviant, noteForTie, noteForUnexplained, noteText } from './explain-audit.js';

const MARK: Record<Tie['verdict'], string> = { exact: '✓', 'within-rounding': '≈', mismatch: '✗', unknown: '·' };

function where(l: Location | null | undefined): string {
  if (!l) return '';
  return `  [${l.file.split('/').pop()}${l.page !== undefined ? ` ${t('explain.page', { page: String(l.page) })}` : ''}${l.line !== undefined ? `:${l.line}` : ''}]`;
}

function unitText(u: Tie['unit']): string {
  return u === 'persons' || u === 'count' ? '' : u === 'percent' ? ' %' : ' kr';
}

function tie(x: Tie, indent: string, out: string[], findings: readonly Finding[] | null): void {
  out.push(`${indent}${MARK[x.verdict]} ${x.label}: ${formatSwedish(x.value)}${unitText(x.unit)} ${x.to}${where(x.location)}`);
  const note = findings ? noteForTie(x, findings) : null;
  if (note) out.push(`${indent}    ↳ ${noteText(note)}`);
  for (const c of x.children) tie(c, `${indent}    `, out, findings);
}

/**
 * `kronkoll explain`: frames as trees, then each document's ties, keys and unexplained figures,
 * figures space-grouped as the documents print them. With the run's audit findings, every
 * figure not reconciled says which finding covers it, or why there is none.
 */
export function formatExplainText(e: Explanation, findings?: ReadonlyMap<string, readonly Finding[]>): string {
  const out: string[] = [t('explain.legend'), ''];
  for (const f of e.frames) {
    out.push(t('explain.frame', { title: f.title, origin: f.origin }));
    for (const x of f.tree) tie(x, '  ', out, null);
    out.push('');
  }
  for (const d of e.documents) {
    const own = findings ? (findings.get(d.file) ?? []) : null;
    out.push(`${d.file} (${t(`kind.${d.kind}`)})${d.agreement ? ` — ${t('explain.belongsTo', { agreement: d.agreement })}` : ''}`);
    if (d.totals.length > 0) {
      out.push(`  ${t('explain.totals')}`);
      for (const x of d.totals) tie(x, '    ', out, own);
    }
    if (d.frameTies.length > 0) {
      out.push(`  ${t('explain.frameTies')}`);
      for (const x of d.frameTies) tie(x, '    ', out, own);
    }
    if (d.keys.length > 0) {
      out.push(`  ${t('explain.keys')}`);
      for (const k of d.keys) {
        const head = `    ${k.column}: `;
        if (!k.key) out.push(`${head}${t('explain.noKey')}`);
        else out.push(`${head}${t('explain.keyFit', { key: k.key, matched: String(k.matched), regions: String(k.regions) })}`);
        for (const x of k.deviants) {
          out.push(`      ✗ ${t('explain.deviant', { label: x.label, actual: formatSwedish(x.actual), expected: formatSwedish(x.expected) })}`);
          if (own) out.push(`          ↳ ${noteText(noteForDeviant(x.location, own))}`);
        }
      }
    }
    if (d.unexplained.length > 0) {
      out.push(`  ${t('explain.unexplained')}`);
      // The reason there is no finding is the same for each; it is said once, a finding per amount.
      if (own) out.push(`    (${t('explain.why.unexplained')})`);
      for (const u of d.unexplained) {
        out.push(`    · "${u.raw}"${where(u.location)}`);
        const note = own ? noteForUnexplained(u.location, own) : null;
        if (note && 'finding' in note) out.push(`        ↳ ${noteText(note)}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}
