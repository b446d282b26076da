import { describe, expect, it } from 'vitest';
import { sum } from '../../src/rules/text/sum.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A summing word broken over a paragraph by a copy ("… kronor. Total" / "t blir detta …"): the
 * paragraphs are read as one and the word whole. Examples written here; sums by hand.
 */
describe.each([
  ['plain text', 'n.txt'],
  ['Markdown', 'n.md'],
])('a summing word broken over a paragraph, %s', (_, file) => {
  // 120 400 + 98 250 + 31 350 = 250 000; the page says 250 001.
  const years = 'Under 2025 får förbundet 120 400 kronor, under 2026 blir det 98 250 kronor och 2027 31 350 nya kronor.';
  it('reads the total sentence and warns of its 1 krona', () => {
    const text = `${years} Total\n\nt blir detta 250 001 kronor.\n`;
    const found = findingsOf(sum, [{ file, text }]);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toContain('250 000 kr');
    expect(found[0]!.message).toContain('250 001 kr');
    expect(found[0]!.message).toContain('skillnad 1 kr');
  });

  it('finds nothing where the broken total holds ("Samman" / "lagt blir det …")', () => {
    const text = `${years}\nSamman\n\nlagt blir det 250 000 kronor för de tre åren.\n`;
    const doc = docOf({ file, text });
    expect(doc.sentences.some((s) => s.text.startsWith('Sammanlagt blir det 250 000 kronor'))).toBe(true);
    expect(findingsOf(sum, [{ file, text }])).toEqual([]);
  });

  it('leaves paragraphs whose fragments make no summing word, or that end with a stop', () => {
    const other = docOf({ file, text: `${years} Total\n\ntid för ansökan är tre veckor.\n` });
    expect(other.sentences.map((s) => s.text)).toContain('tid för ansökan är tre veckor.');
    const stopped = docOf({ file, text: `${years} Total.\n\nt blir detta 250 001 kronor.\n` });
    expect(stopped.sentences.map((s) => s.text)).toContain('t blir detta 250 001 kronor.');
  });
});
