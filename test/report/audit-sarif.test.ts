import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { artifactLocation, formatAuditSarif, SARIF_SCHEMA_URI } from '../../src/report/audit-sarif.js';
import type { AuditResult } from '../../src/report/types.js';
import { columnTotal001, emptyResult, FILE_001, lines001, pdfFinding, result001, RULES } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));

/**
 * The schema uses three formats. Ajv without ajv-formats knows none of them, so
 * they are checked here rather than switched off; strict mode stays on.
 */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
// ajv-draft-04 is CommonJS: under NodeNext its class is the module's `default`.
const ajv = new Ajv.default({ allErrors: true });
ajv.addFormat('uri', (s: string) => URI_CHARS.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s));
ajv.addFormat('date-time', (s: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)),
);
const validate = ajv.compile(schema);

const TOOL = { name: 'kronkoll', version: '0.1.0' } as const;

function sarif(result: AuditResult) {
  const text = formatAuditSarif(result, RULES, TOOL);
  const log = JSON.parse(text);
  const ok = validate(log);
  expect(ajv.errorsText(validate.errors), 'schema-valid').toBe('No errors');
  expect(ok).toBe(true);
  return log;
}

describe('formatAuditSarif', () => {
  it('the validator rejects what the schema forbids', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'info', message: { text: 'x' } }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [], $schema: 'inte en uri' })).toBe(false);
  });

  it('writes an empty run that succeeded', () => {
    const log = sarif(emptyResult());
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.tool.driver.name).toBe('kronkoll');
    expect(run.tool.driver.version).toBe('0.1.0');
  });

  it('describes every rule in the driver', () => {
    const [run] = sarif(emptyResult()).runs;
    expect(run.tool.driver.rules).toEqual([
      {
        id: 'table/column-total',
        shortDescription: { text: 'Kolumnerna summerar till summaraden' },
        fullDescription: { text: 'Summerar varje värdekolumn över dataraderna och jämför med summaraden.' },
        defaultConfiguration: { level: 'error' },
        help: { text: RULES[0]!.docs },
      },
      {
        id: 'prose/table-agreement',
        shortDescription: { text: 'Belopp i texten stämmer med tabellen' },
        fullDescription: { text: 'Jämför belopp i löptexten med tabellens summor.' },
        defaultConfiguration: { level: 'warning' },
        help: { text: 'Jämför belopp i löptexten med tabellens summor.' },
      },
    ]);
  });

  it('writes a text finding with region, related location and expected/actual', () => {
    const [run] = sarif({ documents: [{ file: FILE_001, findings: [columnTotal001], lines: lines001() }], errors: [] }).runs;
    expect(run.results).toEqual([
      {
        ruleId: 'table/column-total',
        ruleIndex: 0,
        level: 'error',
        message: { text: columnTotal001.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'corpus/001_e7b5af15c7845b07.txt', uriBaseId: 'SRCROOT' },
              region: { startLine: 80, startColumn: 7, endColumn: 20 },
            },
          },
        ],
        relatedLocations: [
          {
            id: 1,
            physicalLocation: {
              artifactLocation: { uri: 'corpus/001_e7b5af15c7845b07.txt', uriBaseId: 'SRCROOT' },
              region: { startLine: 65, startColumn: 8, endColumn: 18 },
            },
            message: { text: 'Kalmar 77 624 374' },
          },
        ],
        properties: { expected: '3000000027', actual: '3000000000' },
      },
    ]);
  });

  it('writes a PDF location as page and box in the property bag, without an empty region', () => {
    const [run] = sarif({ documents: [{ file: pdfFinding.location.file, findings: [pdfFinding], lines: [] }], errors: [] }).runs;
    const [result] = run.results;
    expect(result.level).toBe('warning');
    expect(result.ruleIndex).toBe(1);
    expect(result.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'corpus/003%20%C3%B6verenskommelse.pdf', uriBaseId: 'SRCROOT' },
          properties: { page: 3, box: { x: 72, y: 540.5, width: 120, height: 12 } },
        },
      },
    ]);
  });

  it('maps info to note and leaves out ruleIndex for a rule it was not told about', () => {
    const finding = { ...columnTotal001, ruleId: 'corpus/framework', severity: 'info' as const, related: undefined };
    const [run] = sarif({ documents: [{ file: FILE_001, findings: [finding], lines: [] }], errors: [] }).runs;
    expect(run.results[0].level).toBe('note');
    expect(run.results[0]).not.toHaveProperty('ruleIndex');
    expect(run.results[0]).not.toHaveProperty('relatedLocations');
  });

  it('reports unreadable input as execution notifications of a failed invocation', () => {
    const [run] = sarif(result001()).runs;
    expect(run.results).toHaveLength(3);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'corpus/trasig.pdf: inte en PDF-fil (saknar %PDF-huvud)' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'corpus/trasig.pdf', uriBaseId: 'SRCROOT' } } }],
          },
        ],
      },
    ]);
  });
});

describe('artifactLocation', () => {
  it('keeps relative paths relative to SRCROOT and makes absolute ones file URIs', () => {
    expect(artifactLocation('corpus/Överenskommelse 2024.pdf')).toEqual({
      uri: 'corpus/%C3%96verenskommelse%202024.pdf',
      uriBaseId: 'SRCROOT',
    });
    expect(artifactLocation('/data/a b.txt')).toEqual({ uri: 'file:///data/a%20b.txt' });
    expect(artifactLocation('C:\\data\\a.txt')).toEqual({ uri: 'file:///C:/data/a.txt' });
  });

  it('carries the fingerprint in partialFingerprints under kronkoll/v1, schema-valid', () => {
    const result = result001();
    result.documents[0]!.findings = [{ ...columnTotal001, fingerprint: '5aba97094785f91eed0e9002d2da3d3c:1' }];
    const [run] = sarif(result).runs;
    expect(run.results[0].partialFingerprints).toEqual({ 'kronkoll/v1': '5aba97094785f91eed0e9002d2da3d3c:1' });
    // A finding without one (a printer given unfingerprinted findings) has none.
    expect(run.results[1].partialFingerprints).toBeUndefined();
  });
});
