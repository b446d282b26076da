import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import type { Document } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import { readHtml } from '../../src/readers/html.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { readText } from '../../src/readers/text.js';
import { runRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/types.js';
import { loadRuleContext } from '../../src/corpus/context.js';

/**
 * Rule tests in the manner of ESLint's RuleTester: each case is source text (one document or
 * several), run through the real readers; `valid` cases give no finding from the rule,
 * `invalid` cases give exactly the listed findings.
 */
export interface Source {
  file?: string;
  text: string;
}

export interface ExpectedFinding {
  severity: Finding['severity'];
  message: string | RegExp;
  line?: number;
  column?: number;
  expected?: string;
  actual?: string;
}

export interface Case {
  name: string;
  code: string | Source[];
}

export interface InvalidCase extends Case {
  findings: ExpectedFinding[];
}

export function docOf(src: Source, index = 0): Document {
  const file = src.file ?? `case-${index}.txt`;
  const layout = file.endsWith('.md') ? readMarkdown(file, src.text) : file.endsWith('.html') ? readHtml(file, src.text) : readText(file, src.text);
  return buildDocument(layout);
}

export function findingsOf(rule: Rule, code: string | Source[]): Finding[] {
  const sources = typeof code === 'string' ? [{ text: code }] : code;
  const docs = sources.map((s, i) => docOf(s, i));
  return [...runRules(docs, [rule], loadRuleContext(docs.map((d) => d.file))).values()].flat();
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('declares its meta', () => {
      expect(rule.meta.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.docs.length).toBeGreaterThan(20);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(findingsOf(rule, c.code).map((f) => `${f.severity}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = findingsOf(rule, c.code);
        expect(got.length, got.map((f) => f.message).join('\n')).toBe(c.findings.length);
        c.findings.forEach((want, i) => {
          const f = got[i]!;
          expect(f.ruleId).toBe(rule.meta.id);
          expect(f.severity).toBe(want.severity);
          if (typeof want.message === 'string') expect(f.message).toBe(want.message);
          else expect(f.message).toMatch(want.message);
          if (want.line !== undefined) expect(f.location.line).toBe(want.line);
          if (want.column !== undefined) expect(f.location.column).toBe(want.column);
          if (want.expected !== undefined) expect(f.expected).toBe(want.expected);
          if (want.actual !== undefined) expect(f.actual).toBe(want.actual);
        });
      });
    }
  });
}
