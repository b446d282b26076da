import type { Finding } from '../model/finding.js';
import { countFindings, type SeverityCounts } from './counts.js';
import { locationJson, type LocationJson } from './location-json.js';
import type { AuditResult, BaselineReport, InputError } from './types.js';

/** `kronkoll audit --format json`; see "The machine-readable contract" in the design notes. */
export interface AuditJson {
  documents: { file: string; findings: FindingJson[] }[];
  /** Additive to the contract: files that could not be read. Always present, often empty. */
  inputErrors: InputError[];
  summary: SeverityCounts;
  /** Additive: present when a baseline was applied; `stale` lists entries that matched nothing. */
  baseline?: BaselineReport;
}

export interface FindingJson {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  location: LocationJson;
  expected?: string;
  actual?: string;
  /** Stable across edits elsewhere in the document (src/findings/fingerprint.ts). */
  fingerprint?: string;
  /** Additive to the contract. */
  related?: { message: string; location: LocationJson }[];
}

export function auditJson(result: AuditResult): AuditJson {
  const out: AuditJson = {
    documents: result.documents.map((d) => ({ file: d.file, findings: d.findings.map(findingJson) })),
    inputErrors: result.errors.map((e) => ({ file: e.file, reason: e.reason })),
    summary: countFindings(result),
  };
  if (result.baseline) out.baseline = result.baseline;
  return out;
}

export function formatAuditJson(result: AuditResult): string {
  return JSON.stringify(auditJson(result), null, 2) + '\n';
}

function findingJson(f: Finding): FindingJson {
  const out: FindingJson = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    location: locationJson(f.location),
  };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  if (f.fingerprint !== undefined) out.fingerprint = f.fingerprint;
  if (f.related && f.related.length > 0) {
    out.related = f.related.map((r) => ({ message: r.message, location: locationJson(r.location) }));
  }
  return out;
}
