import type { Finding } from '../model/finding.js';
import { countFindings, type SeverityCounts } from './counts.js';
import { locationJson, type LocationJson } from './location-json.js';
import type { AuditResult, InputError } from './types.js';

/** `kronkoll audit --format json`; see "The machine-readable contract" in the design notes. */
export interface AuditJson {
  documents: { file: string; findings: FindingJson[] }[];
  /** Additive to the contract: files that could not be read. Always present, often empty. */
  inputErrors: InputError[];
  summary: SeverityCounts;
}

export interface FindingJson {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  location: LocationJson;
  expected?: string;
  actual?: string;
  /** Additive to the contract. */
  related?: { message: string; location: LocationJson }[];
}

export function auditJson(result: AuditResult): AuditJson {
  return {
    documents: result.documents.map((d) => ({ file: d.file, findings: d.findings.map(findingJson) })),
    inputErrors: result.errors.map((e) => ({ file: e.file, reason: e.reason })),
    summary: countFindings(result),
  };
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
  if (f.related && f.related.length > 0) {
    out.related = f.related.map((r) => ({ message: r.message, location: locationJson(r.location) }));
  }
  return out;
}
