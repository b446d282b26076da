import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/document/load.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';

/** Inputs the fuzz campaign (npm run fuzz) found crashing; each must now read or be refused in one line. */
const dir = mkdtempSync(join(tmpdir(), 'kronkoll-robust-'));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('inputs found by fuzzing', () => {
  it('HTML nested 12 000 elements deep is refused in one line, not a stack overflow', async () => {
    const file = write('deep.html', `<html><body>${'<div><table><tr><td>'.repeat(12_000)}1 000 kr${'</td></tr></table></div>'.repeat(12_000)}</body></html>`);
    await expect(loadDocument(file)).rejects.toThrow(/deep\.html: nested too deeply to read/);
  }, 60_000);

  it('a page with a 1 MB line of text reads (its pieces are not spread into one call)', async () => {
    const file = write('long.html', `<html><body><p>Region Skåne får 1 000 kr.</p>\n${'('.repeat(1024 * 1024)}\n</body></html>`);
    const doc = await loadDocument(file);
    expect(doc.amounts.map((a) => a.value.toString())).toEqual(['1000']);
  }, 60_000);

  it('a line of 150 000 grouped numbers reads every one of them and runs the rules', async () => {
    const file = write('numbers.txt', `Belopp: ${'1 000 '.repeat(150_000)}\n`);
    const doc = await loadDocument(file);
    expect(doc.amounts.length).toBe(150_000);
    expect(() => runRules([doc], ALL_RULES)).not.toThrow();
  }, 120_000);
});
