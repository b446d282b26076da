import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatAuditJunit } from '../../src/report/audit-junit.js';
import type { AuditResult } from '../../src/report/types.js';
import { FILE_001, result001 } from './fixtures.js';

interface Case {
  '@_name': string;
  '@_classname': string;
  failure?: { '@_type': string; '@_message': string; '#text': string }[];
  error?: { '@_type': string; '@_message': string }[];
  'system-out'?: string;
}

/** Parses the output as XML (it must be well-formed) and returns the one suite. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name), parseAttributeValue: false });
  const doc = parser.parse(xml);
  const suites = doc.testsuites;
  expect(suites.testsuite.length).toBe(1);
  return { suites, suite: suites.testsuite[0], cases: suites.testsuite[0].testcase as Case[] };
}

describe('audit --format junit', () => {
  it('one test case per document, a failure per finding at the failing level, unreadable files as errors', () => {
    const { suites, suite, cases } = parse(formatAuditJunit(result001(), { failOn: 'error' }));
    // Three documents and one unreadable file; one error finding (seed 001's column total).
    expect(cases.map((c) => c['@_name'])).toEqual([FILE_001, 'corpus/003 överenskommelse.pdf', 'corpus/004_8696a5bf70867187.txt', 'corpus/trasig.pdf']);
    for (const s of [suites, suite]) {
      expect(s['@_tests']).toBe('4');
      expect(s['@_failures']).toBe('1');
      expect(s['@_errors']).toBe('1');
    }
    const f = cases[0]!.failure!;
    expect(f.length).toBe(1);
    expect(f[0]!['@_type']).toBe('table/column-total');
    expect(f[0]!['@_message']).toBe('21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr)');
    expect(f[0]!['#text']).toContain(`${FILE_001}:80:7: error table/column-total`);
    // The PDF warning is below the failing level: reported in system-out, not as a failure.
    expect(cases[1]!.failure).toBeUndefined();
    expect(cases[1]!['system-out']).toContain('warning prose/table-agreement');
    expect(cases[3]!.error![0]!['@_message']).toBe('inte en PDF-fil (saknar %PDF-huvud)');
  });

  it('--fail-on warning makes the warning a failure too', () => {
    const { suite, cases } = parse(formatAuditJunit(result001(), { failOn: 'warning' }));
    expect(suite['@_failures']).toBe('2');
    expect(cases[1]!.failure![0]!['@_type']).toBe('prose/table-agreement');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const result: AuditResult = {
      documents: [
        {
          file: 'a&b <c>.md',
          findings: [{ ruleId: 'text/sum', severity: 'error', message: 'kolumnen "A & B" <i> \u0001 \'x\'', location: { file: 'a&b <c>.md', line: 2 } }],
          lines: [],
        },
      ],
      errors: [],
    };
    const { cases } = parse(formatAuditJunit(result, { failOn: 'error' }));
    expect(cases[0]!['@_name']).toBe('a&b <c>.md');
    expect(cases[0]!.failure![0]!['@_message']).toBe('kolumnen "A & B" <i> \uFFFD \'x\'');
  });
});
