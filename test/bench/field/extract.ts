/** kronkoll's reading of one document, reduced to what the field benchmark compares. */
import type { Document } from '../../../src/model/document.js';
import type { Finding } from '../../../src/model/finding.js';
import type { ExtractedFinding, ExtractedTable } from './match.js';

export function extractTables(doc: Document): ExtractedTable[] {
  return doc.tables.map((t) => {
    // Every line the table covers: a table pasted one cell per line has its cells below the row's label.
    const lines = [t.captionLocation?.line, t.location.line, ...t.rows.flatMap((r) => [r.location.line, ...r.cells.map((c) => c.location.line)])].filter(
      (l): l is number => typeof l === 'number',
    );
    return {
      caption: t.caption,
      rows: t.rows.map((r) => {
        const ls = [r.location.line, ...r.cells.map((c) => c.location.line)].filter((l): l is number => typeof l === 'number');
        return {
          label: r.label,
          region: r.region?.code ?? null,
          values: r.cells.map((c) => (c.value === null ? null : c.value.toFixed())),
          line: r.location.line ?? null,
          ...(ls.length > 0 ? { lines: [Math.min(...ls), Math.max(...ls)] as [number, number] } : {}),
        };
      }),
      span: lines.length > 0 ? [Math.min(...lines), Math.max(...lines)] : null,
    };
  });
}

export function extractFindings(findings: readonly Finding[]): ExtractedFinding[] {
  return findings.map((f) => ({ severity: f.severity, ruleId: f.ruleId, line: f.location.line ?? null }));
}
