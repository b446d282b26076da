import type { AuditResult } from './types.js';

export interface SeverityCounts {
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts the findings as given; the engine has already applied severities and filters. */
export function countFindings(result: AuditResult): SeverityCounts {
  const counts: SeverityCounts = { documents: result.documents.length, errors: 0, warnings: 0, infos: 0 };
  for (const doc of result.documents) {
    for (const f of doc.findings) {
      if (f.severity === 'error') counts.errors++;
      else if (f.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}
