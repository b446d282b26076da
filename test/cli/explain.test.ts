import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SEEDS = ['corpus/000_cc938031a1688a8c.txt', 'corpus/002_1364b70c4248b79d.txt', 'corpus/003_6c5901d824c186aa.txt'];

describe('kronkoll explain', () => {
  it('prints the frame tree, the ties of 000 to it and the fitted keys', async () => {
    const r = await runCli(['explain', ...SEEDS]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ totalt "Totalt": 2 937 000 000 kr = regioner + skr');
    expect(r.out).toContain('✓ skr "12 000 000 kronor": 12 000 000 kr = skr 12000000 i överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024');
    expect(r.out).toContain('≈ kolumnen "Exkl BUP / Befolkning totalt": 1 197 500 000 kr = efter_rekvisition_befolkning 1197000000 (fördelas efter befolkning)');
    expect(r.out).toContain('Ambulans (kronor): 500 000 kr per region + resten efter befolkning (kolumnen "Befolkning november 2023") — 21 av 21 regioner på kronan');
    expect(r.out).toContain('Nära vård (kronor): 50 % efter befolkning (kolumnen "Befolkning november 2023") + 50 % efter insatser (kolumnen "Antal insatser* per län") — 21 av 21 regioner på kronan');
    // The whole of 002's agreement is read into its payout ledger, no longer left unexplained.
    expect(r.out).toContain('    totalt: 3 430 250 000 kr ("3 430 250 000 kronor")  [002_1364b70c4248b79d.txt:65, 2023-12-22]');
    expect(r.out).not.toContain('· "3 430 250 000 kronor"');
  });
  it('gives the same tree as JSON with decimal strings', async () => {
    const r = await runCli(['explain', '--format', 'json', ...SEEDS]);
    const json = JSON.parse(r.out) as { frames: { tree: { value: string; label: string }[] }[]; documents: { file: string; keys: { column: string; key: string | null; matched: number }[] }[] };
    expect(json.frames[0]!.tree[0]).toMatchObject({ label: 'totalt "Totalt"', value: '2937000000' });
    const d000 = json.documents.find((d) => d.file.endsWith('000_cc938031a1688a8c.txt'))!;
    expect(d000.keys.find((k) => k.column === 'Exkl BUP / Befolkning totalt')).toMatchObject({ key: 'befolkning (referens befolkning-2023-11-01.csv)', matched: 21 });
  });
  it('rejects an unknown format', async () => {
    expect((await runCli(['explain', '--format', 'xml', SEEDS[0]!])).code).toBe(2);
  });
});
