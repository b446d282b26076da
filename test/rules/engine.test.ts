import { describe, expect, it } from 'vitest';
import { runRules, selectRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import type { DocumentRule } from '../../src/rules/types.js';
import { docOf } from './rule-tester.js';

const broken: DocumentRule = {
  scope: 'document',
  meta: { id: 'test/broken', description: 'always throws, for the test', severity: 'warning', docs: 'A rule that fails on every document.' },
  check() {
    throw new Error('boom');
  },
};

describe('rule engine', () => {
  it('reports a rule that fails as an error on the document and runs the other rules', () => {
    const doc = docOf({ file: 'a.txt', text: 'Region\tBelopp (kr)\nUppsala\t10\nSkåne\t20\nSumma\t31\n' });
    const findings = runRules([doc], [broken, ...selectRules(ALL_RULES, ['table/column-total'], [])]).get('a.txt')!;
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['error test/broken', 'error table/column-total']);
    expect(findings[0]!.message).toBe('regeln test/broken kunde inte köras: boom');
  });

  it('selects rules by id and by family', () => {
    expect(selectRules(ALL_RULES, ['region'], []).every((r) => r.meta.id.startsWith('region/'))).toBe(true);
    expect(selectRules(ALL_RULES, [], ['region/', 'table']).some((r) => r.meta.id.startsWith('region/') || r.meta.id.startsWith('table/'))).toBe(false);
  });
});
