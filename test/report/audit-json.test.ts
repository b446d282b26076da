import { describe, expect, it } from 'vitest';
import { formatAuditJson } from '../../src/report/audit-json.js';
import { columnTotal001, emptyResult, result001 } from './fixtures.js';

describe('formatAuditJson', () => {
  const parsed = JSON.parse(formatAuditJson(result001()));

  it('follows the contract: documents with findings, then the summary', () => {
    expect(Object.keys(parsed)).toEqual(['documents', 'inputErrors', 'summary']);
    expect(parsed.documents.map((d: { file: string }) => d.file)).toEqual([
      'corpus/001_e7b5af15c7845b07.txt',
      'corpus/003 överenskommelse.pdf',
      'corpus/004_8696a5bf70867187.txt',
    ]);
    expect(parsed.summary).toEqual({ documents: 3, errors: 1, warnings: 1, infos: 1 });
    expect(parsed.inputErrors).toEqual([{ file: 'corpus/trasig.pdf', reason: 'inte en PDF-fil (saknar %PDF-huvud)' }]);
  });

  it('writes a text finding with its location, decimal strings and related places', () => {
    expect(parsed.documents[0].findings).toEqual([
      {
        ruleId: 'table/column-total',
        severity: 'error',
        message: '21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr)',
        location: { file: 'corpus/001_e7b5af15c7845b07.txt', line: 80, column: 7, endColumn: 20 },
        expected: '3000000027',
        actual: '3000000000',
        related: [
          { message: 'Kalmar 77 624 374', location: { file: 'corpus/001_e7b5af15c7845b07.txt', line: 65, column: 8, endColumn: 18 } },
        ],
      },
    ]);
  });

  it('writes a PDF location with page and box, and omits what the finding lacks', () => {
    const [pdf] = parsed.documents[1].findings;
    expect(pdf.location).toEqual({
      file: 'corpus/003 överenskommelse.pdf',
      page: 3,
      box: { x: 72, y: 540.5, width: 120, height: 12 },
    });
    const [info] = parsed.documents[2].findings;
    expect(Object.keys(info)).toEqual(['ruleId', 'severity', 'message', 'location']);
    expect(info.location).toEqual({ file: 'corpus/004_8696a5bf70867187.txt', line: 3 });
  });

  it('prints an empty run', () => {
    expect(JSON.parse(formatAuditJson(emptyResult()))).toEqual({
      documents: [],
      inputErrors: [],
      summary: { documents: 0, errors: 0, warnings: 0, infos: 0 },
    });
  });

  it('ends with a newline and is indented for people', () => {
    const out = formatAuditJson(emptyResult());
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "summary": {');
  });

  it('carries the fingerprint, and the baseline report when one was applied', () => {
    const result = result001();
    result.documents[0]!.findings = [{ ...columnTotal001, fingerprint: 'ab:1' }];
    const stale = [{ rule: 'table/row-total', file: 'a.txt', message: 'm', fingerprint: 'cd:1' }];
    result.baseline = { file: 'kronkoll-baseline.json', suppressed: 3, stale };
    const json = JSON.parse(formatAuditJson(result));
    expect(json.documents[0].findings[0].fingerprint).toBe('ab:1');
    expect(json.baseline).toEqual({ file: 'kronkoll-baseline.json', suppressed: 3, stale });
    expect(JSON.parse(formatAuditJson(result001())).baseline).toBeUndefined();
  });
});
