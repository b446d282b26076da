import { describe, expect, it } from 'vitest';
import { htmlItemDepth } from '../../../src/rules/support/html-list-depth.js';
import { docOf } from '../rule-tester.js';

/** Depths of HTML list items among nested lists, in pages written for this test. */
describe('htmlItemDepth', () => {
  it('counts the lists open where an item opens, on one line or over several', () => {
    const doc = docOf({ file: 'a.html', text: '<ul>\n<li>Ett\n<ul><li>Ett a</li>\n<li><strong>Ett b</strong></li></ul></li>\n<li>Två</li>\n</ul>\n' });
    expect(htmlItemDepth(doc, 2, 5)).toBe(1);
    expect(htmlItemDepth(doc, 3, 9)).toBe(2);
    expect(htmlItemDepth(doc, 4, 13)).toBe(2);
    expect(htmlItemDepth(doc, 5, 5)).toBe(1);
  });
  it('gives null where the sentence does not open an item', () => {
    const doc = docOf({ file: 'b.html', text: '<ol>\n<li>Första. Andra meningen.</li>\n</ol>\n<p>Stycke.</p>\n' });
    expect(htmlItemDepth(doc, 2, 13)).toBeNull();
    expect(htmlItemDepth(doc, 4, 4)).toBeNull();
    expect(htmlItemDepth(doc, 2, 5)).toBe(1);
  });
});
