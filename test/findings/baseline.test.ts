import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, formatBaseline, updateBaseline, type Baseline } from '../../src/findings/baseline.js';
import type { Finding } from '../../src/model/finding.js';
import { runCli } from '../cli/run-cli.js';

const SEED_001 = readFileSync('corpus/001_e7b5af15c7845b07.txt', 'utf8');
const SEED_004 = readFileSync('corpus/004_8696a5bf70867187.txt', 'utf8');
// Seed 001 with Kalmar misprinted (…374 for …347): a column-total error, 27 kr over the Summa row.
const KALMAR_MISPRINT = SEED_001.replace('Kalmar\t77 624 347', 'Kalmar\t77 624 374');
// Seed 004 with Gotland 9 416 242 for 9 416 241: the rows then sum 1 kr over the caption's total.
const GOTLAND_MISPRINT = SEED_004.replace('| Region Gotland | 9 416 241 |', '| Region Gotland | 9 416 242 |');

interface AuditOut {
  documents: { file: string; findings: { ruleId: string; severity: string; message: string; fingerprint: string }[] }[];
  baseline?: { file: string; suppressed: number; stale: { rule: string; file: string; message: string; fingerprint: string }[] };
}

function corpus(): { dir: string; run: (...extra: string[]) => Promise<{ code: number; json: AuditOut; err: string }> } {
  const dir = mkdtempSync(join(tmpdir(), 'kronkoll-baseline-'));
  writeFileSync(join(dir, 'kronkoll.config.json'), '{}\n');
  const run = async (...extra: string[]) => {
    const r = await runCli(['audit', dir, '--config', join(dir, 'kronkoll.config.json'), '--format', 'json', '--fail-on', 'warning', ...extra]);
    return { code: r.code, json: JSON.parse(r.out) as AuditOut, err: r.err };
  };
  return { dir, run };
}

const failing = (j: AuditOut) => j.documents.flatMap((d) => d.findings.filter((f) => f.severity !== 'info').map((f) => ({ ...f, file: d.file })));

describe('baseline', () => {
  it('written, a re-run passes, a new defect is reported alone, a fixed one is listed stale and pruned', async () => {
    const { dir, run } = corpus();
    const baseline = join(dir, 'kronkoll-baseline.json');
    writeFileSync(join(dir, 'a.txt'), KALMAR_MISPRINT);
    writeFileSync(join(dir, 'b.md'), SEED_004);

    // Without a baseline: the column-total error in a.txt and seed 004's known digit-grouping warning.
    const first = await run();
    expect(first.code).toBe(1);
    expect(failing(first.json).map((f) => `${f.ruleId} ${f.severity}`).sort()).toEqual(['format/digit-grouping warning', 'table/column-total error']);

    // Written: sorted by file, reviewable, with a version.
    const written = await run('--update-baseline', '--baseline', baseline);
    expect(written.code).toBe(0);
    const file = JSON.parse(readFileSync(baseline, 'utf8')) as Baseline;
    expect(file.version).toBe(1);
    expect(file.findings.map((e) => `${e.file} ${e.rule}`)).toEqual(['a.txt table/column-total', 'b.md format/digit-grouping']);
    expect(file.findings[0]!.message).toBe('21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr) i kolumnen "Fördelade medel (kr)"');
    expect(Object.keys(file.findings[0]!)).toEqual(['rule', 'file', 'message', 'fingerprint']);

    // A re-run against it passes.
    const again = await run('--baseline', baseline);
    expect(again.code).toBe(0);
    expect(failing(again.json)).toEqual([]);
    expect(again.json.baseline).toMatchObject({ suppressed: 2, stale: [] });

    // A new defect in one document is reported alone.
    writeFileSync(join(dir, 'b.md'), GOTLAND_MISPRINT);
    const fresh = await run('--baseline', baseline);
    expect(fresh.code).toBe(1);
    const news = failing(fresh.json);
    expect(news.every((f) => f.file === join(dir, 'b.md'))).toBe(true);
    expect(news.map((f) => f.ruleId).sort()).toEqual(['text/near-miss', 'text/table-total']);
    expect(news.find((f) => f.ruleId === 'text/table-total')!.message).toBe('rubriken anger 1 874 253 165 kr; tabellens 21 rader summerar till 1 874 253 166 kr (skillnad 1 kr)');

    // The Kalmar misprint fixed: its entry is stale, in JSON and (text mode) on stderr.
    writeFileSync(join(dir, 'b.md'), SEED_004);
    writeFileSync(join(dir, 'a.txt'), SEED_001);
    const fixed = await run('--baseline', baseline);
    expect(fixed.code).toBe(0);
    expect(fixed.json.baseline!.stale.map((e) => `${e.file} ${e.rule}`)).toEqual(['a.txt table/column-total']);
    const text = await runCli(['audit', dir, '--config', join(dir, 'kronkoll.config.json'), '--baseline', baseline]);
    expect(text.err).toMatch(/1 post motsvarar inget fynd längre/);
    expect(text.err).toMatch(/a\.txt: table\/column-total [0-9a-f]{32}:1: 21 rader summerar/);

    // Pruned: the stale entry goes, the accepted warning stays.
    await run('--baseline', baseline, '--prune-baseline');
    const pruned = JSON.parse(readFileSync(baseline, 'utf8')) as Baseline;
    expect(pruned.findings.map((e) => `${e.file} ${e.rule}`)).toEqual(['b.md format/digit-grouping']);
    expect((await run('--baseline', baseline)).json.baseline!.stale).toEqual([]);
  });

  it('judges staleness only for documents and rules of this run', () => {
    const baseline: Baseline = {
      version: 1,
      findings: [
        { rule: 'table/column-total', file: 'a.txt', message: 'm', fingerprint: 'x:1' },
        { rule: 'table/column-total', file: 'b.txt', message: 'm', fingerprint: 'y:1' },
        { rule: 'region/missing', file: 'a.txt', message: 'm', fingerprint: 'z:1' },
      ],
    };
    const found: Finding[][] = [[]];
    const out = applyBaseline(found, baseline, { root: '/r', files: ['/r/a.txt'], rules: ['table/column-total'] });
    expect(out.stale.map((e) => e.fingerprint)).toEqual(['x:1']);
  });

  it('writes entries sorted by file, rule and fingerprint whatever the order given', () => {
    const text = formatBaseline([
      { rule: 'text/sum', file: 'b.md', message: 'm', fingerprint: 'b:1' },
      { rule: 'table/row-total', file: 'a.txt', message: 'm', fingerprint: 'c:1' },
      { rule: 'table/column-total', file: 'a.txt', message: 'm', fingerprint: 'd:1' },
    ]);
    expect((JSON.parse(text) as Baseline).findings.map((e) => e.fingerprint)).toEqual(['d:1', 'c:1', 'b:1']);
  });

  it('an update replaces entries of the documents and rules of the run and keeps the others', () => {
    const previous: Baseline = {
      version: 1,
      findings: [
        { rule: 'table/column-total', file: 'a.txt', message: 'fixed since', fingerprint: 'x:1' },
        { rule: 'region/missing', file: 'a.txt', message: 'rule not run', fingerprint: 'z:1' },
        { rule: 'table/column-total', file: 'b.txt', message: 'file not audited', fingerprint: 'y:1' },
      ],
    };
    const now = [{ rule: 'table/column-total', file: 'a.txt', message: 'new', fingerprint: 'w:1' }];
    const out = updateBaseline(previous, now, { root: '/r', files: ['/r/a.txt'], rules: ['table/column-total'] });
    expect(out.map((e) => e.message)).toEqual(['rule not run', 'new', 'file not audited']);
  });

  it('a missing or malformed baseline is one line and exit 2', async () => {
    const { dir } = corpus();
    writeFileSync(join(dir, 'a.txt'), SEED_001);
    const missing = await runCli(['audit', dir, '--baseline', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim()).toBe(`kronkoll: ${join(dir, 'nope.json')}: kan inte läsas (ENOENT)`);
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ version: 1, findings: [{ rule: 'table/column-total', file: 'a.txt' }] }));
    const malformed = await runCli(['audit', dir, '--baseline', join(dir, 'old.json')]);
    expect(malformed.code).toBe(2);
    expect(malformed.err.trim()).toBe(`kronkoll: ${join(dir, 'old.json')}: $.findings[0].message ska vara en textsträng`);
  });
});
