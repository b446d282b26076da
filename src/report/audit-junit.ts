import XMLBuilder from 'fast-xml-builder';
import type { Finding, Severity } from '../model/finding.js';
import { placeText } from './place.js';
import type { AuditResult } from './types.js';
import { t } from '../messages/index.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Characters XML 1.0 cannot carry at all, even escaped; a message never needs them. */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (s: string): string => s.replace(NOT_XML, '\uFFFD');

/**
 * JUnit XML for CI test reports: one test case per document; a `<failure>` per finding at
 * or above the failing level (`--fail-on`), the rest in `<system-out>`; an unreadable file
 * is a test case with an `<error>`. Escaping is the builder's (fast-xml-builder).
 */
export function formatAuditJunit(result: AuditResult, opts: { failOn: Severity | 'never' }): string {
  const fails = (f: Finding): boolean => opts.failOn !== 'never' && RANK[f.severity] <= RANK[opts.failOn];
  let failures = 0;
  const cases: unknown[] = result.documents.map((d) => {
    const failing = d.findings.filter(fails);
    const other = d.findings.filter((f) => !fails(f));
    failures += failing.length;
    const testcase: Record<string, unknown> = { '@_classname': 'kronkoll.audit', '@_name': clean(d.file), '@_file': clean(d.file) };
    if (failing.length > 0) {
      testcase.failure = failing.map((f) => ({ '@_type': f.ruleId, '@_message': clean(f.message), '#text': clean(describe(f)) }));
    }
    if (other.length > 0) testcase['system-out'] = clean(other.map(describe).join('\n\n'));
    return testcase;
  });
  for (const e of result.errors) {
    cases.push({ '@_classname': 'kronkoll.audit', '@_name': clean(e.file), '@_file': clean(e.file), error: { '@_type': 'unreadable', '@_message': clean(e.reason) } });
  }
  const counts = { '@_tests': cases.length, '@_failures': failures, '@_errors': result.errors.length, '@_skipped': 0 };
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: { '@_name': 'kronkoll', ...counts, testsuite: { '@_name': 'kronkoll audit', ...counts, testcase: cases } },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true, suppressBooleanAttributes: false });
  return builder.build(doc);
}

/** The compiler-style head line, the message, the figures compared. */
function describe(f: Finding): string {
  const lines = [`${placeText(f.location)}: ${f.severity} ${f.ruleId}`, f.message];
  if (f.expected !== undefined || f.actual !== undefined) lines.push(t('report.expectedActual', { expected: f.expected ?? '-', actual: f.actual ?? '-' }));
  return lines.join('\n');
}
