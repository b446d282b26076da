import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERIES } from '../corpus/ledger-series.js';
import { runCli } from './run-cli.js';

/** `kronkoll explain` on the made-up series in test/fixtures/ledger/ (the W1 series of ledger-series.ts, shown in the README). */
const DIR = 'test/fixtures/ledger';

describe('kronkoll explain: the payout ledger', () => {
  it('the fixture files are the W1 series', () => {
    for (const s of SERIES.w1()) expect(readFileSync(`${DIR}/${s.file}`, 'utf8')).toBe(s.text);
  });
  it('prints the frame with sources, the payouts by date, the restatement and the remainder equation', async () => {
    const r = await runCli(['explain', DIR]);
    expect(r.code).toBe(0);
    const from = r.out.indexOf('Liggare: överenskommelsen om kortare vårdköer 2025');
    expect(from).toBeGreaterThanOrEqual(0);
    const section = r.out.slice(from).split('\n');
    expect(section).toEqual(
      expect.arrayContaining([
        '  Dokument: 1-overenskommelsen.md (2025-01-20), 2-mars.md (2025-03-14), 3-augusti.md (2025-08-20), 4-december.md (2025-12-10)',
        '    totalt: 2 000 000 000 kr ("2 000 000 000 kronor")  [1-overenskommelsen.md:7, 2025-01-20]',
        '    varav prestationsbaserat: 412 000 000 kr ("412 000 000 kronor")  [1-overenskommelsen.md:7, 2025-01-20]',
        '    SKR: 20 000 000 kr ("20 000 000 kronor")  [1-overenskommelsen.md:7, 2025-01-20]',
        '    totalt: 2 000 000 000 kr ("2 miljarder kronor")  [2-mars.md:7, 2025-03-14]',
        '    utbetalt i mars: 300 000 000 kr ("300 000 000 kronor")  [2-mars.md:5, 2025-03-14]',
        '    utbetalt: 412 000 000 kr ("412 000 000 kronor")  [3-augusti.md:5, 2025-08-20]',
        '    resterande i december: 1 268 000 000 kr ("1 268 000 000 kronor")  [4-december.md:5, 2025-12-10]',
        '    (återger 300 000 000 kronor (2-mars.md)) utbetalt i mars: 300 000 000 kr ("300 miljoner kronor")  [3-augusti.md:7, 2025-08-20]',
        '  ✓ resterande 1 268 000 000 kr; 2 000 000 000 kronor (totalt, 1-overenskommelsen.md) − 20 000 000 kronor (SKR, 1-overenskommelsen.md) − 300 000 000 kronor (mars, 2-mars.md) − 412 000 000 kronor (3-augusti.md) = 1 268 000 000 kr',
        '  Kvar av ramen efter SKR och utbetalningar: 0 kr',
      ]),
    );
    // The ledger explains the amounts it reads: none of the series' figures is left unexplained.
    expect(r.out).not.toContain('Oförklarade belopp');
  });
  it('gives the ledger as JSON with decimal strings', async () => {
    const r = await runCli(['explain', '--format', 'json', DIR]);
    const json = JSON.parse(r.out) as { ledgers: { agreement: string; payouts: { what: string; value: string; file: string }[]; balances: { remaining: string; computed: string; verdict: string }[]; left: string }[] };
    expect(json.ledgers).toHaveLength(1);
    const l = json.ledgers[0]!;
    expect(l.agreement).toBe('överenskommelsen om kortare vårdköer 2025');
    expect(l.payouts.map((p) => [p.what, p.value, p.file])).toEqual([
      ['utbetalt i mars', '300000000', '2-mars.md'],
      ['utbetalt', '412000000', '3-augusti.md'],
      ['resterande i december', '1268000000', '4-december.md'],
    ]);
    expect(l.balances).toEqual([expect.objectContaining({ remaining: '1268000000', computed: '1268000000', verdict: 'exact' })]);
    expect(l.left).toBe('0');
  });
});
