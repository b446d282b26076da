import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Two region items under a lead-in ending in a colon, in wordings and layouts written for this test. */
const rows = (t: Table | undefined) => t?.rows.map((r) => [r.label, r.region?.name ?? null, r.cells[0]?.value?.toFixed() ?? null]);

describe('two regions after a lead-in', () => {
  it('reads two region items under a colon lead-in as a region table, in text and Markdown', () => {
    const text = 'Beslutet gäller två län.\n\nPengarna går till:\n\n- Gotland (1 250 tkr)\n- Blekinge (980 tkr)\n\nRedovisning ska ske senast i mars.\n';
    expect(rows(docOf({ text }).tables[0])).toEqual([
      ['Gotland', 'Region Gotland', '1250000'],
      ['Blekinge', 'Region Blekinge', '980000'],
    ]);
    const md = 'Fördelning (belopp i miljoner kronor):\n\n* Norrbottens län – 12,4\n* Region Västerbotten – 9,1\n';
    expect(rows(docOf({ text: md, file: 'a.md' }).tables[0])).toEqual([
      ['Norrbottens län', 'Region Norrbotten', '12400000'],
      ['Region Västerbotten', 'Region Västerbotten', '9100000'],
    ]);
  });

  it('reads the same two items from an HTML list under a lead-in paragraph', () => {
    const html = '<p>Medlen fördelas enligt följande:</p><ul><li>Region Kalmar län: 3 400 000 kronor</li><li>Region Kronoberg: 2 100 000 kronor</li></ul>';
    expect(rows(docOf({ text: html, file: 'a.html' }).tables[0])).toEqual([
      ['Region Kalmar län', 'Region Kalmar län', '3400000'],
      ['Region Kronoberg', 'Region Kronoberg', '2100000'],
    ]);
  });

  it('reads two regions run on in a sentence after a colon, joined by "och" or a comma', () => {
    const och = docOf({ text: 'Bidraget fördelas så här: Region Dalarna 6,5 miljoner kronor och Region Gävleborg 4 miljoner kronor.\n' }).tables[0];
    expect(rows(och)).toEqual([
      ['Region Dalarna', 'Region Dalarna', '6500000'],
      ['Region Gävleborg', 'Region Gävleborg', '4000000'],
    ]);
    // Where an item ends is read from the words between them: the figures carry that doubt.
    expect(och!.rows.every((r) => r.cells[0]!.readBy === 'spaced')).toBe(true);
    const comma = docOf({ text: 'Två län får stöd i år: Värmlands län: 820 tkr, Örebro län: 1 140 tkr.\n' }).tables[0];
    expect(rows(comma)).toEqual([
      ['Värmlands län', 'Region Värmland', '820000'],
      ['Örebro län', 'Region Örebro län', '1140000'],
    ]);
  });

  it('leaves two items as prose without a colon lead-in, or when one names no region', () => {
    expect(docOf({ text: 'Region Dalarna får 6,5 miljoner kronor och Region Gävleborg 4 miljoner kronor.\n' }).tables).toHaveLength(0);
    expect(docOf({ text: 'Bidraget fördelas så här: Region Dalarna 6,5 miljoner kronor och Länsmuseet 4 miljoner kronor.\n' }).tables).toHaveLength(0);
    // No lead-in announcing a list: two bullets in a news text.
    expect(docOf({ text: 'Nyheter i korthet.\n\n- Gotland (1 250 tkr)\n- Blekinge (980 tkr)\n' }).tables).toHaveLength(0);
    // One item is no region.
    expect(docOf({ text: 'Pengarna går till:\n\n- Gotland (1 250 tkr)\n- Länsmuseet (980 tkr)\n' }).tables).toHaveLength(0);
    expect(docOf({ text: '<p>Medlen fördelas enligt följande:</p><ul><li>Region Kalmar län: 3 400 000 kronor</li><li>Idrottsförbundet: 2 100 000 kronor</li></ul>', file: 'b.html' }).tables).toHaveLength(0);
  });
});
