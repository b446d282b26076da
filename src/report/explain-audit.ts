import type { Finding } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { Tie } from '../corpus/explain.js';
import { t } from '../messages/index.js';
import { placeInFile } from './place.js';

/**
 * What audit says about a figure `explain` does not reconcile: the finding at the same place
 * (same file and line or page; the same column when several are on the line), or the reason
 * there is none. Explain and audit then never disagree silently.
 */
export type AuditNote = { finding: Finding } | { reason: string };

export function findingAt(findings: readonly Finding[], loc: Location): Finding | null {
  const here = findings.filter((f) => f.location.file === loc.file && f.location.line === loc.line && f.location.page === loc.page && (f.location.line !== undefined || f.location.page !== undefined));
  if (here.length === 0) return null;
  return here.find((f) => f.location.column === loc.column) ?? here[0]!;
}

export function noteForTie(tie: Tie, findings: readonly Finding[]): AuditNote | null {
  if (tie.verdict === 'exact' || tie.verdict === 'within-rounding') return null;
  const f = tie.location ? findingAt(findings, tie.location) : null;
  if (f) return { finding: f };
  if (tie.verdict === 'unknown') return { reason: t('explain.why.ownArithmetic') };
  return { reason: t('explain.why.none') };
}

export function noteForUnexplained(loc: Location, findings: readonly Finding[]): AuditNote {
  const f = findingAt(findings, loc);
  return f ? { finding: f } : { reason: t('explain.why.unexplained') };
}

export function noteForDeviant(loc: Location | undefined, findings: readonly Finding[]): AuditNote {
  const f = loc ? findingAt(findings, loc) : null;
  return f ? { finding: f } : { reason: t('explain.why.none') };
}

export function noteText(note: AuditNote): string {
  if ('reason' in note) return note.reason;
  const f = note.finding;
  return t('explain.finding', { rule: f.ruleId, severity: t(`severity.${f.severity}`), place: placeInFile(f.location) });
}
