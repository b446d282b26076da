import { describe, expect, it } from 'vitest';
import { ENGLISH, foreignWords, SWEDISH } from '../messages/words.js';
import { runCli, tempFile } from './run-cli.js';

/**
 * What the CLI itself says (usage errors, unreadable input, help, summaries) is in one
 * language: Swedish by default, English with --lang en. Document text (titles, captions) is
 * left out of the check by looking only at the CLI's own lines.
 */
const CASES: [string, () => string[]][] = [
  ['an unknown command', () => ['nonsense']],
  ['an unknown option', () => ['audit', '--nonsense', 'corpus']],
  ['an option without its value', () => ['audit', 'corpus', '--format']],
  ['a bad format', () => ['extract', '--format', 'xml', 'corpus/001_e7b5af15c7845b07.txt']],
  ['no paths', () => ['regions']],
  ['a bad limit', () => ['extract', '--timeout', 'soon', 'corpus/001_e7b5af15c7845b07.txt']],
  ['an unknown rule', () => ['audit', '--rule', 'table/nonsense', 'corpus/001_e7b5af15c7845b07.txt']],
  ['an unknown region', () => ['regions', 'corpus/001_e7b5af15c7845b07.txt', '--region', 'Atlantis']],
  ['a bad date', () => ['regions', 'corpus/001_e7b5af15c7845b07.txt', '--from', 'igår']],
  ['a missing file', () => ['extract', '/nonexistent/beslut.txt']],
  ['an unknown extension', () => ['extract', tempFile('beslut.docx', 'x')]],
  ['binary content', () => ['extract', tempFile('trasig.txt', new Uint8Array([0x89, 0x50, 0, 0, 13, 255, 0]))]],
  ['an empty document', () => ['extract', tempFile('tom.md', '  \n\n')]],
  ['a PDF without text', () => ['extract', 'test/fixtures/pdf/scan.pdf']],
  ['an encrypted PDF', () => ['extract', 'test/fixtures/pdf/encrypted.pdf']],
  ['a PDF over the page limit', () => ['extract', '--max-pages', '1', 'corpus/pdf/000.lo.pdf']],
  ['help', () => ['--help']],
  ['the rule list', () => ['rules']],
];

describe('the CLI speaks one language', () => {
  it.each(CASES)('%s: Swedish by default, English with --lang en', async (_, args) => {
    const a = args();
    const sv = await runCli(a);
    const en = await runCli(['--lang', 'en', ...a]);
    const said = (r: { out: string; err: string }) => `${r.err}\n${r.out}`;
    expect(said(sv).trim()).not.toBe('');
    expect(foreignWords(said(sv), ENGLISH)).toEqual([]);
    expect(foreignWords(said(en), SWEDISH)).toEqual([]);
    expect(en.code).toBe(sv.code);
  });

  it('region findings in English with --lang en (seed 000 prints "Norrbottnen")', async () => {
    const sv = await runCli(['audit', '--rule', 'region', 'corpus/000_cc938031a1688a8c.txt']);
    const en = await runCli(['--lang', 'en', 'audit', '--rule', 'region', 'corpus/000_cc938031a1688a8c.txt']);
    expect(sv.out).toContain('"Norrbottnen" tolkas som Region Norrbotten (redigeringsavstånd 1)');
    expect(en.out).toContain('"Norrbottnen" is read as Region Norrbotten (edit distance 1)');
    expect(en.out).toContain('0 errors, 0 warnings, 1 info in 1 document');
    expect(foreignWords(en.out, SWEDISH)).toEqual([]);
  });

  it('rejects an unknown language', async () => {
    const r = await runCli(['--lang', 'fi', 'rules']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe("kronkoll: --lang ska vara ett av sv, en (fick 'fi')");
  });
});
