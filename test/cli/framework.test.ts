import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mutatedSeed, runCli, tempFile } from './run-cli.js';

describe('kronkoll framework', () => {
  it('prints the frame derived from seed 003 in the framework language', async () => {
    const r = await runCli(['framework', 'corpus/003_6c5901d824c186aa.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('överenskommelse "ökad tillgänglighet i hälso- och sjukvården" 2024\n');
    expect(r.out).toMatch(/^belopp totalt +?= 2 937 miljoner kr "Totalt"$/m);
    expect(r.out).toMatch(/^belopp utan_rekvisition +?= 1 687,5 miljoner kr/m);
    expect(r.out).toContain('summa totalt = regioner + skr\n');
    expect(r.out).toContain('nyckel exkl_bup = befolkning\n');
  });
  it('checks a pinned frame and prints it back', async () => {
    const r = await runCli(['framework', 'corpus/frames/tillganglighet-2024.frame']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('dnr S2023/03331\n');
  });
  it('reports parse errors with file, line and column', async () => {
    const file = tempFile('bad.frame', 'belopp a = 1 kr\nsumma a = a + b\nnyckel a = 50 % befolkning\n');
    const r = await runCli(['framework', file]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${file}:2:15: okänt belopp 'b' i summan\n${file}:3:8: andelarna i nyckeln 'a' summerar till 50 %, inte 100 %\n`);
  });
  it('reads under the same limits as every reading command', async () => {
    // 0.001 MB is 1 048 bytes; the agreement is larger, so the size limit must fire.
    const r = await runCli(['framework', 'corpus/003_6c5901d824c186aa.txt', '--max-size', '0.001']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^kronkoll: corpus\/003_6c5901d824c186aa\.txt: för stor \(32 743 byte; gränsen är 1 048 byte\)\n$/);
    expect((await runCli(['framework', 'corpus/003_6c5901d824c186aa.txt', '--pdf-engine', 'nope'])).code).toBe(2);
  });
  it('needs exactly one file', async () => {
    expect((await runCli(['framework'])).code).toBe(2);
  });
});

type Audit = { documents: { file: string; findings: { ruleId: string; severity: string; message: string }[] }[]; summary: { errors: number } };

async function auditWithAgreement(from: string, to: string): Promise<Audit> {
  const decision = mutatedSeed('000_cc938031a1688a8c.txt', from, to);
  copyFileSync('corpus/003_6c5901d824c186aa.txt', join(dirname(decision), '003_6c5901d824c186aa.txt'));
  const r = await runCli(['audit', dirname(decision), '--format', 'json', '--rule', 'framework']);
  return JSON.parse(r.out) as Audit;
}

describe('kronkoll audit: decisions against their frame', () => {
  it('the corpus links 000 to 003 and raises no error', async () => {
    const r = await runCli(['audit', 'corpus', '--format', 'json']);
    const json = JSON.parse(r.out) as Audit;
    expect(json.summary.errors).toBe(0);
    const d000 = json.documents.find((d) => d.file === 'corpus/000_cc938031a1688a8c.txt')!;
    expect(d000.findings.filter((f) => f.ruleId === 'framework/link').map((f) => f.message)).toEqual([
      '000_cc938031a1688a8c.txt hör till överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024 (003_6c5901d824c186aa.txt) (via diarienummer, fastställd ram tillganglighet-2024.frame)',
    ]);
    expect(d000.findings.filter((f) => f.ruleId === 'framework/stated-amount' && f.severity === 'info')).toHaveLength(4);
  });
  it('"avsatt 2 973 000 000" is an error naming both figures', async () => {
    const json = await auditWithAgreement('avsatt 2 937 000 000', 'avsatt 2 973 000 000');
    const errors = json.documents.flatMap((d) => d.findings).filter((f) => f.severity === 'error' && f.ruleId === 'framework/stated-amount');
    expect(errors.map((f) => f.message)).toEqual([
      '000_cc938031a1688a8c.txt anger det avsatta beloppet till 2 973 000 000 kr; överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024 (003_6c5901d824c186aa.txt) anger 2 937 miljoner kr (totalt) (skillnad 36 000 000 kr, avrundning tillåter ±500 000 kr)',
    ]);
  });
  it('"SKR tilldelades 21 000 000" is an error naming both figures', async () => {
    const json = await auditWithAgreement('SKR tilldelades 12 000 000', 'SKR tilldelades 21 000 000');
    const errors = json.documents.flatMap((d) => d.findings).filter((f) => f.severity === 'error' && f.ruleId === 'framework/stated-amount');
    expect(errors.map((f) => f.message)).toEqual([
      '000_cc938031a1688a8c.txt anger SKR:s del till 21 000 000 kr; överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024 (003_6c5901d824c186aa.txt) anger 12 miljoner kr (skr) (skillnad 9 000 000 kr, avrundning tillåter ±500 000 kr)',
    ]);
  });
});
