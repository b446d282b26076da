import { formatSwedish } from '../../grammars/amount/index.js';
import type { Explanation, LedgerExplanation, LedgerLine, Tie } from '../corpus/explain.js';

const MARK: Record<Tie['verdict'], string> = { exact: '✓', 'within-rounding': '≈', mismatch: '✗', unknown: '·' };

function where(t: Tie): string {
  const l = t.location;
  if (!l) return '';
  return `  [${l.file.split('/').pop()}${l.page !== undefined ? ` s. ${l.page}` : ''}${l.line !== undefined ? `:${l.line}` : ''}]`;
}

function tie(t: Tie, indent: string, out: string[]): void {
  const unit = t.unit === 'persons' || t.unit === 'count' ? '' : t.unit === 'percent' ? ' %' : ' kr';
  out.push(`${indent}${MARK[t.verdict]} ${t.label}: ${formatSwedish(t.value)}${unit} ${t.to}${where(t)}`);
  for (const c of t.children) tie(c, `${indent}    `, out);
}

/** `kronkoll explain`: frames as trees, then each document's ties, keys and unexplained figures. ✓ exact, ≈ within rounding, ✗ mismatch. */
export function formatExplainText(e: Explanation): string {
  const out: string[] = [];
  for (const f of e.frames) {
    out.push(`Ram: ${f.title} (${f.origin})`);
    for (const t of f.tree) tie(t, '  ', out);
    out.push('');
  }
  for (const d of e.documents) {
    out.push(`${d.file} (${d.kind})${d.agreement ? ` — hör till ${d.agreement}` : ''}`);
    if (d.totals.length > 0) {
      out.push('  Summor i dokumentet:');
      for (const t of d.totals) tie(t, '    ', out);
    }
    if (d.frameTies.length > 0) {
      out.push('  Mot ramen och exakta siffror:');
      for (const t of d.frameTies) tie(t, '    ', out);
    }
    if (d.keys.length > 0) {
      out.push('  Fördelningsnycklar:');
      for (const k of d.keys) {
        const head = `    ${k.column}: `;
        if (!k.key) out.push(`${head}ingen nyckel funnen`);
        else out.push(`${head}${k.key} — ${k.matched} av ${k.regions} regioner på kronan`);
        for (const x of k.deviants) out.push(`      ✗ ${x.label}: ${formatSwedish(x.actual)} kr, nyckeln ger ${formatSwedish(x.expected)} kr`);
      }
    }
    if (d.unexplained.length > 0) {
      out.push('  Oförklarade belopp:');
      for (const u of d.unexplained) out.push(`    · "${u.raw}"  [${u.location.file.split('/').pop()}${u.location.line !== undefined ? `:${u.location.line}` : ''}]`);
    }
    out.push('');
  }
  for (const l of e.ledgers) ledger(l, out);
  return out.join('\n');
}

// The ledger section: the frame with its sources, the payouts by date, each remainder's equation.
function ledgerLine(x: LedgerLine): string {
  return `${x.what}: ${formatSwedish(x.value)} kr ("${x.raw}")  [${x.file}${x.location.line !== undefined ? `:${x.location.line}` : ''}${x.date ? `, ${x.date}` : ''}]`;
}

function ledger(l: LedgerExplanation, out: string[]): void {
  out.push(`Liggare: ${l.agreement}`);
  out.push(`  Dokument: ${l.documents.map((d) => `${d.file}${d.date ? ` (${d.date})` : ''}`).join(', ')}`);
  out.push('  Ramen:');
  if (l.frame.length === 0) out.push('    · inget dokument anger ramen');
  for (const x of l.frame) out.push(`    ${ledgerLine(x)}`);
  out.push('  Utbetalningar i tidsordning:');
  for (const x of l.payouts) out.push(`    ${ledgerLine(x)}`);
  for (const x of l.restatements) out.push(`    (återger ${x.restates}) ${ledgerLine(x)}`);
  for (const b of l.balances) {
    const mark = MARK[b.verdict];
    out.push(b.computed === null ? `  ${mark} resterande ${formatSwedish(b.remaining)} kr: kan inte prövas, ${b.missing.join(', ')} saknas` : `  ${mark} resterande ${formatSwedish(b.remaining)} kr; ${b.formula} = ${formatSwedish(b.computed)} kr${b.missing.length > 0 ? ` (${b.missing.join(', ')} saknas)` : ''}`);
  }
  out.push(l.left === null ? '  Kvar av ramen: okänt (ramens totala belopp saknas)' : `  Kvar av ramen efter SKR och utbetalningar: ${formatSwedish(l.left)} kr`);
  out.push('');
}
