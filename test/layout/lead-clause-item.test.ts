import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';

/** A lead line right above a region list, no full stop (lead-clause-item.ts), in wordings written for this test. */
const rows = (t: Table) => t.rows.map((r) => [r.label, r.kind, r.region?.code ?? null, r.cells[0]?.value?.toFixed() ?? null]);

describe('a lead line that shares out the whole right above the regions', () => {
  it('is no row of the list: "delar ut … till" over lines linked by "får", closed by a total', () => {
    const text = 'Mer pengar till busslinjer\n\nTrafikverket delar ut 12 miljoner kronor till tre län för nya busslinjer\nDalarnas län får 5 miljoner kronor\nJämtlands län får 4 miljoner kronor\nNorrbottens län får 3 miljoner kronor\nTotalt 12 miljoner kronor\n';
    const doc = docOf({ text });
    expect(doc.tables).toHaveLength(1);
    expect(rows(doc.tables[0]!)).toEqual([
      ['Dalarnas län', 'data', '20', '5000000'],
      ['Jämtlands län', 'data', '23', '4000000'],
      ['Norrbottens län', 'data', '25', '3000000'],
      ['Totalt', 'total', null, '12000000'],
    ]);
    // Read as a row, the lead made the total look a thousand times too small (table/scale-slip).
    expect([...runRules([doc], ALL_RULES).values()].flat().map((f) => f.ruleId)).toEqual([]);
  });

  it('is no row of the list: "beviljar … för" over lines with a dash', () => {
    const text = 'Länsstyrelsen beviljar 2,5 miljoner kronor för vattenvård i år\nRegion Kalmar län – 1,2 miljoner kronor\nRegion Kronoberg – 0,8 miljoner kronor\nRegion Blekinge – 0,5 miljoner kronor\n';
    const doc = docOf({ text });
    expect(doc.tables).toHaveLength(1);
    expect(rows(doc.tables[0]!)).toEqual([
      ['Region Kalmar län', 'data', '08', '1200000'],
      ['Region Kronoberg', 'data', '07', '800000'],
      ['Region Blekinge', 'data', '10', '500000'],
    ]);
    expect(doc.sentences.map((s) => s.text)).toContain('Länsstyrelsen beviljar 2,5 miljoner kronor för vattenvård i år');
  });

  it('keeps a region whose line has a verb of sharing as an item', () => {
    const text = 'Så fördelas pengarna:\n\nRegion Skåne tilldelas 4 miljoner kronor\nRegion Halland tilldelas 3 miljoner kronor\nGotland tilldelas 2 miljoner kronor\n';
    expect(rows(docOf({ text }).tables[0]!).map((r) => r[2])).toEqual(['12', '13', '09']);
  });
});
