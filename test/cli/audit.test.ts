import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { mutatedSeed, runCli, tempFile } from './run-cli.js';

const SEED_001 = '001_e7b5af15c7845b07.txt';
const SEED_004 = '004_8696a5bf70867187.txt';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  location: { file: string; line?: number; column?: number; page?: number };
  expected?: string;
  actual?: string;
}

async function auditJson(args: string[]) {
  const r = await runCli(['audit', ...args, '--format', 'json']);
  const json = JSON.parse(r.out) as { documents: { file: string; findings: JsonFinding[] }[]; summary: Record<string, number> };
  return { ...r, json, findings: json.documents.flatMap((d) => d.findings) };
}

describe('kronkoll audit', () => {
  it('audits the corpus with no error-level finding and exits 0', async () => {
    const { code, json } = await auditJson(['corpus']);
    expect(code).toBe(0);
    expect(json.summary.errors).toBe(0);
  });

  it('seed 001 with Kalmar 77 624 347 → 77 624 374: column-total error, expected 3000000000, actual 3000000027, exit 1', async () => {
    const file = mutatedSeed(SEED_001, 'Kalmar\t77 624 347', 'Kalmar\t77 624 374');
    const { code, findings } = await auditJson([file]);
    expect(code).toBe(1);
    const f = findings.find((x) => x.ruleId === 'table/column-total');
    expect(f).toMatchObject({ severity: 'error', expected: '3000000000', actual: '3000000027' });
    expect(f!.message).toBe('21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr) i kolumnen "Fördelade medel (kr)"');
    // The Summa cell: line 80, after "Summa\t".
    expect(f!.location).toMatchObject({ line: 80, column: 7 });
  });

  it('seed 004 without its Gotland row: region/missing names Gotland', async () => {
    const file = mutatedSeed(SEED_004, '| Region Gotland | 9 416 241 |\n', '');
    const { findings } = await auditJson([file]);
    const missing = findings.filter((x) => x.ruleId === 'region/missing');
    expect(missing.length).toBe(1);
    expect(missing[0]!.message).toMatch(/Gotland/);
  });

  it('prints compiler-style diagnostics with the source line and a caret', async () => {
    const file = mutatedSeed(SEED_001, 'Kalmar\t77 624 347', 'Kalmar\t77 624 374');
    const { out } = await runCli(['audit', file, '--no-color']);
    const lines = out.split('\n');
    const head = lines.findIndex((l) => l.endsWith(':80:7: error table/column-total'));
    expect(head).toBeGreaterThanOrEqual(0);
    expect(lines.slice(head + 3, head + 5)).toEqual(['80 | Summa   3 000 000 000', '   |         ^^^^^^^^^^^^^']);
  });

  it('--fail-on warning turns the corpus warnings into exit 1; never always exits 0', async () => {
    // The corpus has warnings and no errors: exit 0 by default and with --fail-on error, 1 with warning.
    const warned = await auditJson(['corpus', '--fail-on', 'warning']);
    expect(warned.json.summary.errors).toBe(0);
    expect(warned.json.summary.warnings).toBeGreaterThan(0);
    expect(warned.code).toBe(1);
    expect((await runCli(['audit', 'corpus', '--fail-on', 'error', '--format', 'json'])).code).toBe(0);
    // never: 0 with warnings (the corpus) and with errors (a mutated seed that exits 1 by default).
    expect((await runCli(['audit', 'corpus', '--fail-on', 'never', '--format', 'json'])).code).toBe(0);
    const file = mutatedSeed(SEED_001, 'Kalmar\t77 624 347', 'Kalmar\t77 624 374');
    expect((await runCli(['audit', file, '--format', 'json'])).code).toBe(1);
    expect((await runCli(['audit', file, '--fail-on', 'never', '--format', 'json'])).code).toBe(0);
  });

  it('--rule and --disable choose the rules', async () => {
    const file = mutatedSeed(SEED_001, 'Kalmar\t77 624 347', 'Kalmar\t77 624 374');
    // The corpus gives findings of many families; --rule region keeps region/variant's only.
    const only = await auditJson(['corpus', '--rule', 'region']);
    expect([...new Set(only.findings.map((f) => f.ruleId))]).toEqual(['region/variant']);
    expect(only.code).toBe(0);
    // The mutated seed's one finding is column-total's error; disabling it leaves none and exit 0.
    expect((await auditJson([file])).findings.map((f) => f.ruleId)).toEqual(['table/column-total']);
    const without = await auditJson([file, '--disable', 'table/column-total', '--disable', 'text/table-total']);
    expect(without.findings).toEqual([]);
    expect(without.code).toBe(0);
    // Disabling one rule of the corpus leaves the others.
    const noGrouping = await auditJson(['corpus', '--disable', 'format/digit-grouping']);
    expect(noGrouping.findings.some((f) => f.ruleId === 'format/digit-grouping')).toBe(false);
    expect(noGrouping.findings.some((f) => f.ruleId === 'format/unit')).toBe(true);
    const bad = await runCli(['audit', file, '--rule', 'table/nonsense']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown rule 'table\/nonsense'/);
  });

  it('reports unreadable input on one line, audits the rest, and exits 2', async () => {
    const garbage = tempFile('trasig.txt', new Uint8Array([0, 1, 2, 3, 0, 255]));
    const file = mutatedSeed(SEED_001, 'Kalmar\t77 624 347', 'Kalmar\t77 624 374');
    const { code, json, err } = await auditJson([garbage, file]);
    expect(code).toBe(2);
    expect(err.trim()).toMatch(/trasig\.txt: binary content/);
    expect(json.documents.length).toBe(1);
    expect(json.summary.errors).toBeGreaterThan(0);
  });

  it('writes SARIF 2.1.0 that validates against the official schema', async () => {
    const file = mutatedSeed(SEED_001, 'Kalmar\t77 624 347', 'Kalmar\t77 624 374');
    const { code, out } = await runCli(['audit', file, 'corpus', '--format', 'sarif']);
    expect(code).toBe(1);
    const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-schema-2.1.0.json', 'utf8'));
    const ajv = new Ajv.default({ allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const log = JSON.parse(out);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].results.some((r: { ruleId: string; level: string }) => r.ruleId === 'table/column-total' && r.level === 'error')).toBe(true);
  });
});

describe('kronkoll audit --quiet', () => {
  it('leaves out infos but keeps warnings', async () => {
    const { json } = await auditJson(['corpus', '--quiet']);
    const all = json.documents.flatMap((d) => d.findings);
    expect(all.some((f) => f.severity === 'info')).toBe(false);
    expect(all.filter((f) => f.severity === 'warning').map((f) => f.ruleId).sort()).toContain('format/digit-grouping');
  });
});
