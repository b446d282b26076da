import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPatterns, type Pattern, patternKey, verdict } from './redos-check.js';

/**
 * No regular expression kronkoll runs on document text can backtrack super-linearly (ReDoS):
 * documents are untrusted, and a 10 MB line must not hang a pattern. recheck judges each
 * pattern. A full check of all ~290 patterns takes minutes one at a time, so `npm run
 * check:redos -- --update` records the safe ones in redos-verdicts.json and this test checks
 * every pattern not recorded there (new or changed since); CI also runs the full check.
 */
const recorded = new Set((JSON.parse(readFileSync(join(import.meta.dirname, 'redos-verdicts.json'), 'utf8')) as { safe: string[] }).safe);

describe('regular expressions are safe from catastrophic backtracking', () => {
  let patterns: Pattern[] = [];
  let unbuiltSites: string[] = [];
  beforeAll(async () => {
    ({ patterns, unbuiltSites } = await allPatterns());
  }, 120_000);

  it('every pattern built with new RegExp is built when its module loads (so it is checked)', () => {
    expect(unbuiltSites).toEqual([]);
  });

  it('every pattern is safe (recorded, or checked now)', async () => {
    expect(patterns.length).toBeGreaterThan(200);
    const bad: string[] = [];
    for (const p of patterns.filter((x) => !recorded.has(patternKey(x)))) {
      const v = await verdict(p.source, p.flags);
      if (v !== 'safe') bad.push(`${p.where} ${patternKey(p)}: ${v}`);
    }
    expect(bad).toEqual([]);
  }, 600_000);

  it('the checker tells a vulnerable pattern from a safe rewrite of it', async () => {
    expect(await verdict('^(a|a)*$', '')).toMatch(/^vulnerable \(exponential/);
    expect(await verdict('\\s+$', '')).toMatch(/^vulnerable \(2nd degree polynomial/);
    expect(await verdict('(?<!\\s)\\s+$', '')).toBe('safe');
    // Bounded repetition: polynomial on short inputs, linear on long ones.
    expect(await verdict('(?=a)(?:a{0,50}b?){0,20}$', '')).toBe('safe');
  }, 120_000);
});
