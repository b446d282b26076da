import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SEEDS = ['corpus/000_cc938031a1688a8c.txt', 'corpus/002_1364b70c4248b79d.txt', 'corpus/003_6c5901d824c186aa.txt'];

describe('kronkoll explain', () => {
  it('prints the frame tree, the ties of 000 to it and the fitted keys', async () => {
    const r = await runCli(['explain', ...SEEDS]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ totalt "Totalt": 2 937 000 000 kr = regioner + skr');
    expect(r.out).toContain('✓ till SKR "12 000 000 kronor": 12 000 000 kr = skr 12 000 000 kr i överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024');
    expect(r.out).toContain('≈ kolumnen "Exkl BUP / Befolkning totalt": 1 197 500 000 kr = efter_rekvisition_befolkning 1 197 000 000 kr (fördelas efter befolkning)');
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
  it('ties every figure it does not reconcile to an audit finding, or says why there is none', async () => {
    // Seed 001 with Kalmar misprinted (…374 for …347): the column sums 27 kr over "Summa" (line 80).
    const r = await runCli(['explain', 'test/fixtures/text/001-kalmar-misprint.txt', ...SEEDS]);
    const lines = r.out.split('\n');
    const i = lines.findIndex((l) => l.includes('✗ Tabell 1. Fördelning av 3 000 000 000 kronor — Fördelade medel (kr): 3 000 000 000 kr = summan av 21 rader (3 000 000 027)'));
    expect(i).toBeGreaterThan(0);
    expect(lines[i + 1]!.trim()).toBe('↳ fynd: table/column-total (fel) rad 80:7');
    // In documents (not frames), every ✗ or · line is followed by what audit says about it.
    let doc = false;
    for (const [k, line] of lines.entries()) {
      if (/^\S.*\((regeringsbeslut|överenskommelse|pressmeddelande|webbsida|okänd)\)/.test(line)) doc = true;
      if (/^Ram: /.test(line)) doc = false;
      if (doc && /^\s+[✗·] /.test(line) && !/Oförklarade/.test(lines[k - 1] ?? '')) {
        const next = lines[k + 1] ?? '';
        const explained = /↳ (fynd: \S+ \((fel|varning|info)\)|inget fynd: )/.test(next) || lines.slice(0, k).reverse().find((l) => /^\s{2}\S/.test(l))?.includes('Oförklarade belopp');
        expect(explained, line).toBeTruthy();
      }
    }
    expect(r.out).toContain('· detta beslut "1 545 740 465 kronor": 1 545 740 465 kr beslutets egen räkning (framework/arithmetic)');
    expect(r.out).toContain('(inget fynd: beloppet ingår inte i någon summa, tabell eller ram som det kan stämmas av mot; det är oförklarat, inte motsagt)');
  });

  it('speaks English with --lang en, figures comma-grouped (quotes of the document as printed)', async () => {
    const r = await runCli(['explain', '--lang', 'en', ...SEEDS]);
    expect(r.out).toContain('✓ to SKR "12 000 000 kronor": 12,000,000 kr = skr 12,000,000 kr in');
    expect(r.out).not.toMatch(/Summor i dokumentet|Oförklarade|inget fynd/);
  });

  it('rejects an unknown format', async () => {
    expect((await runCli(['explain', '--format', 'xml', SEEDS[0]!])).code).toBe(2);
  });
});
