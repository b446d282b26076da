import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** An amount-first region list closed by a total written label first. Wordings written for this test. */
const rows = (t: Table) => t.rows.map((r) => [r.kind, r.label, r.cells[0]?.value?.toFixed() ?? null]);

describe('an amount-first list closed by a label-first total', () => {
  it('reads "- Totalt: … tkr" as the list\'s total row', () => {
    const text = 'Beslutet omfattar dessa mottagare:\n\n- 1 250 tkr till Uppsala\n- 980 tkr till Gotland\n- 2 005 tkr till Blekinge\n- Totalt: 4 235 tkr\n\nFrågor besvaras av handläggaren.\n';
    const [t] = docOf({ text }).tables;
    expect(rows(t!)).toEqual([
      ['data', 'Uppsala', '1250000'],
      ['data', 'Gotland', '980000'],
      ['data', 'Blekinge', '2005000'],
      ['total', 'Totalt', '4235000'],
    ]);
    expect(findingsOf(columnTotal, text)).toEqual([]);
  });

  it('reads a plain "Summa … miljoner kronor" line after numbered items, and a changed item is an error', () => {
    // 12,5 + 3 + 7,25 = 22,75, not 23,75.
    const text = 'Så fördelas medlen:\n\n1. 12,5 miljoner kronor till Region Skåne\n2. 3 miljoner kronor till Region Gotland\n3. 7,25 miljoner kronor till Region Halland\n\nSumma 23,75 miljoner kronor.\n';
    const [t] = docOf({ text }).tables;
    expect(rows(t!).at(-1)).toEqual(['total', 'Summa', '23750000']);
    const found = findingsOf(columnTotal, text);
    expect(found.map((f) => [f.severity, f.location.line])).toEqual([['error', 7]]);
    expect(found[0]!.message).toContain('3 rader summerar till 22 750 000 kr; summaraden anger 23 750 000 kr');
  });

  it('leaves a total in another unit, or with more words, out of the list', () => {
    for (const closing of ['- Totalt: 4,2 miljoner kronor', '- Totalt fördelas 4 235 tkr till regionerna']) {
      const text = `Beslutet omfattar dessa mottagare:\n\n- 1 250 tkr till Uppsala\n- 980 tkr till Gotland\n- 2 005 tkr till Blekinge\n${closing}\n`;
      const [t] = docOf({ text }).tables;
      expect(t!.rows.map((r) => r.label)).toEqual(['Uppsala', 'Gotland', 'Blekinge']);
    }
  });
});
