import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { readText } from '../../src/readers/text.js';
import { findingsOf } from '../rules/rule-tester.js';
import { regionDuplicate } from '../../src/rules/region/duplicate.js';

// Solna (0184) and Nacka (0182) lie in Stockholms län (01), Enköping (0381) in Uppsala län (03).
const md = ['| Län | Kommun | Belopp (kr) |', '|---|---|---|', '| Stockholms län | Solna | 100 400 |', '| Stockholms län | Nacka | 50 250 |', '| Uppsala län | Enköping | 30 125 |', '| Totalt | | 180 775 |', ''].join('\n');
const tab = ['Kommun\tRegion\tBelopp (kr)', 'Solna\tRegion Stockholm\t100 400', 'Nacka\tRegion Stockholm\t50 250', 'Enköping\tRegion Uppsala\t30 125', 'Totalt\t\t180 775', ''].join('\n');

describe('a table of municipalities with a county column', () => {
  it('gives each municipality row its county, in a Markdown table and a tab-separated one', () => {
    for (const doc of [buildDocument(readMarkdown('a.md', md)), buildDocument(readText('b.txt', tab))]) {
      const rows = doc.tables[0]!.rows;
      expect(rows.map((r) => [r.region, r.county?.code ?? null])).toEqual([
        [null, '01'],
        [null, '01'],
        [null, '03'],
        [null, null],
      ]);
    }
  });
  it('names no county when the municipality does not lie in it', () => {
    const wrong = md.replace('| Uppsala län | Enköping |', '| Uppsala län | Nacka |');
    expect(buildDocument(readMarkdown('a.md', wrong)).tables[0]!.rows[2]!.county).toBeUndefined();
  });
  it('reports no county named twice as a duplicate region', () => {
    expect(findingsOf(regionDuplicate, md)).toEqual([]);
  });
});
