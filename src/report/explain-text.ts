import type { Explanation, LedgerExplanation, LedgerLine, Tie } from '../corpus/explain.js';
import { num, t } from '../messages/index.js';
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
  out.push(`${indent}${MARK[x.verdict]} ${x.label}: ${num(x.value)}${unitText(x.unit)} ${x.to}${where(x.location)}`);
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
          out.push(`      ✗ ${t('explain.deviant', { label: x.label, actual: num(x.actual), expected: num(x.expected) })}`);
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
  for (const l of e.ledgers) ledger(l, out);
  return out.join('\n');
}

// The ledger section: the frame with its sources, the payouts by date, each remainder's equation.
function ledgerLine(x: LedgerLine): string {
  return `${x.what}: ${t('figure.kr', { n: num(x.value) })} ("${x.raw}")  [${x.file}${x.location.line !== undefined ? `:${x.location.line}` : ''}${x.date ? `, ${x.date}` : ''}]`;
}

function ledger(l: LedgerExplanation, out: string[]): void {
  out.push(t('ledger.heading', { agreement: l.agreement }));
  out.push(`  ${t('ledger.documents', { files: l.documents.map((d) => `${d.file}${d.date ? ` (${d.date})` : ''}`).join(', ') })}`);
  out.push(`  ${t('ledger.frame')}`);
  if (l.frame.length === 0) out.push(`    · ${t('ledger.noFrame')}`);
  for (const x of l.frame) out.push(`    ${ledgerLine(x)}`);
  out.push(`  ${t('ledger.payouts')}`);
  for (const x of l.payouts) out.push(`    ${ledgerLine(x)}`);
  for (const x of l.restatements) out.push(`    (${t('ledger.restates', { restates: x.restates ?? '' })}) ${ledgerLine(x)}`);
  for (const b of l.balances) {
    const mark = MARK[b.verdict];
    const remaining = t('figure.kr', { n: num(b.remaining) });
    out.push(
      b.computed === null
        ? `  ${mark} ${t('ledger.untestable', { remaining, missing: b.missing.join(', ') })}`
        : `  ${mark} ${t('ledger.balance', { remaining, formula: b.formula, computed: t('figure.kr', { n: num(b.computed) }) })}${b.missing.length > 0 ? ` (${t('ledger.missing', { missing: b.missing.join(', ') })})` : ''}`,
    );
  }
  out.push(`  ${l.left === null ? t('ledger.leftUnknown') : t('ledger.left', { left: t('figure.kr', { n: num(l.left) }) })}`);
  out.push('');
}
