import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignFingerprints, contentHash, maskLineNumbers, rootRelative } from '../../src/findings/fingerprint.js';
import type { Finding } from '../../src/model/finding.js';
import { runCli } from '../cli/run-cli.js';

const SEED_001 = readFileSync('corpus/001_e7b5af15c7845b07.txt', 'utf8');
const KALMAR = 'Kalmar\t77 624 347';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  fingerprint: string;
  location: { line?: number };
}

/** Audits one file in its own folder (the folder is the run root) and returns its column-total finding. */
async function columnTotal(dir: string, text: string): Promise<JsonFinding> {
  writeFileSync(join(dir, 'beslut.txt'), text);
  writeFileSync(join(dir, 'kronkoll.config.json'), '{}');
  const r = await runCli(['audit', join(dir, 'beslut.txt'), '--format', 'json', '--config', join(dir, 'kronkoll.config.json')]);
  const all = (JSON.parse(r.out) as { documents: { findings: JsonFinding[] }[] }).documents.flatMap((d) => d.findings);
  const hits = all.filter((f) => f.ruleId === 'table/column-total');
  expect(hits.length).toBe(1);
  return hits[0]!;
}

describe('fingerprints', () => {
  it('survive lines inserted above the finding; change when the figure changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-fp-'));
    // Kalmar misprinted 77 624 374 for 77 624 347: the column sums 27 kr over the Summa row on line 80.
    const before = await columnTotal(dir, SEED_001.replace(KALMAR, 'Kalmar\t77 624 374'));
    expect(before.location.line).toBe(80);
    const shifted = SEED_001.replace('Tabell', 'Ett nytt stycke.\n\nTvå rader till.\n\nTabell').replace(KALMAR, 'Kalmar\t77 624 374');
    const after = await columnTotal(dir, shifted);
    expect(after.location.line).toBe(84);
    expect(after.fingerprint).toBe(before.fingerprint);
    // Another misprint of the same cell: 77 624 384 sums 37 kr over; another defect, another fingerprint.
    const other = await columnTotal(dir, SEED_001.replace(KALMAR, 'Kalmar\t77 624 384'));
    expect(other.message).toMatch(/skillnad 37 kr/);
    expect(other.fingerprint).not.toBe(before.fingerprint);
  });

  it('masks line references in two wordings, keeps row numbering', () => {
    expect(maskLineNumbers('summan står i 000.txt:80:7 och i bilaga.md:12')).toBe('summan står i 000.txt:# och i bilaga.md:#');
    expect(maskLineNumbers('beloppet på rad 80 skiljer sig från (rad 91)')).toBe('beloppet på rad # skiljer sig från (rad #)');
    expect(maskLineNumbers('raden 1.2 saknar sin överordnade rad 1')).toBe('raden 1.2 saknar sin överordnade rad 1');
  });

  it('uses the path relative to the run root (paths given are relative to the working directory), with forward slashes', () => {
    expect(rootRelative('/srv/corpus/beslut/a.txt', '/srv/corpus')).toBe('beslut/a.txt');
    expect(rootRelative('corpus/001.txt', process.cwd())).toBe('corpus/001.txt');
    expect(rootRelative('corpus/001.txt', join(process.cwd(), 'corpus'))).toBe('001.txt');
  });

  it('two identical findings in one document get :1 and :2; the same finding in another file differs', () => {
    const f = (file: string, line: number): Finding => ({
      ruleId: 'table/column-total',
      severity: 'error',
      message: '3 rader summerar till 10 kr; summaraden anger 11 kr (skillnad 1 kr)',
      location: { file, line },
      expected: '11',
      actual: '10',
    });
    const one = [f('/r/a.txt', 10), f('/r/a.txt', 40)];
    const two = [f('/r/b.txt', 10)];
    assignFingerprints([one, two], '/r');
    const hash = contentHash(one[0]!, '/r');
    expect(one.map((x) => x.fingerprint)).toEqual([`${hash}:1`, `${hash}:2`]);
    expect(two[0]!.fingerprint).not.toBe(one[0]!.fingerprint);
    expect(two[0]!.fingerprint!.endsWith(':1')).toBe(true);
  });

  it('the same sums in two tables are told apart by their captions, as tab-separated text and as GFM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-fp-'));
    // Two tables, the same rows, each Summa 10 000 kr over its rows; only the captions differ.
    // (Figures not all ending in 000, so the column does not read as rounded and the mismatch is an error.)
    const rows = (cell: (a: string, b: string) => string) => [cell('Region', 'Belopp (kr)'), cell('Region Stockholm', '100 123'), cell('Region Uppsala', '50 456'), cell('Summa', '160 579')];
    const tab = (a: string, b: string) => `${a}\t${b}`;
    const gfm = (a: string, b: string) => `| ${a} | ${b} |`;
    const text = ['Beslut om medel', '', 'Tabell 1. Medel till regionerna 2024 (kr)', '', ...rows(tab), '', 'Tabell 2. Medel till regionerna 2025 (kr)', '', ...rows(tab), ''].join('\n');
    const md = ['# Beslut om medel', '', 'Tabell 1. Medel till regionerna 2024', '', ...rows(gfm).flatMap((r, i) => (i === 0 ? [r, '|---|---|'] : [r])), '', 'Tabell 2. Medel till regionerna 2025', '', ...rows(gfm).flatMap((r, i) => (i === 0 ? [r, '|---|---|'] : [r])), ''].join('\n');
    writeFileSync(join(dir, 'two.txt'), text);
    writeFileSync(join(dir, 'two.md'), md);
    writeFileSync(join(dir, 'kronkoll.config.json'), '{}');
    const r = await runCli(['audit', dir, '--format', 'json', '--config', join(dir, 'kronkoll.config.json')]);
    const docs = (JSON.parse(r.out) as { documents: { file: string; findings: JsonFinding[] }[] }).documents;
    expect(docs.map((d) => d.file.slice(dir.length + 1))).toEqual(['two.md', 'two.txt']);
    for (const d of docs) {
      const totals = d.findings.filter((f) => f.ruleId === 'table/column-total');
      expect(totals.map((f) => f.message)).toEqual(Array(2).fill('2 rader summerar till 150 579 kr; summaraden anger 160 579 kr (skillnad 10 000 kr) i kolumnen "Belopp (kr)"'));
      const [a, b] = totals.map((f) => f.fingerprint);
      // Not the same hash with :1 and :2, but two hashes: the caption is part of it.
      expect(a!.endsWith(':1') && b!.endsWith(':1')).toBe(true);
      expect(a!.split(':')[0]).not.toBe(b!.split(':')[0]);
    }
  });
});
