import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** The corpus audit against corpus/golden/findings.json, which was checked by hand against the seeds. */
interface Expected {
  ruleId: string;
  severity?: string;
  line: number;
  column?: number;
}
const golden = JSON.parse(readFileSync('corpus/golden/findings.json', 'utf8')) as {
  seeds: Record<string, { errorsAndWarnings: Expected[]; infos: Expected[] }>;
};

describe('kronkoll audit corpus: golden findings', async () => {
  const { code, out } = await runCli(['audit', 'corpus', '--format', 'json']);
  const json = JSON.parse(out) as { documents: { file: string; findings: { ruleId: string; severity: string; location: { line?: number; column?: number } }[] }[] };

  it('exits 0: no error anywhere in the corpus', () => expect(code).toBe(0));

  for (const [seed, want] of Object.entries(golden.seeds)) {
    const doc = json.documents.find((d) => d.file === `corpus/${seed}`)!;
    it(`${seed}: exactly the golden errors and warnings`, () => {
      const got = doc.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} ${f.location.line}:${f.location.column}`);
      expect(got).toEqual(want.errorsAndWarnings.map((e) => `${e.severity} ${e.ruleId} ${e.line}:${e.column}`));
    });
    it(`${seed}: the reviewed infos`, () => {
      for (const e of want.infos) {
        const hit = doc.findings.some(
          (f) => f.severity === 'info' && f.ruleId === e.ruleId && f.location.line === e.line && (e.column === undefined || f.location.column === e.column),
        );
        expect(hit, `${e.ruleId} at ${e.line}`).toBe(true);
      }
      expect(doc.findings.filter((f) => f.ruleId === 'region/variant').length).toBe(want.infos.filter((i) => i.ruleId === 'region/variant').length);
    });
  }
});
