import { describe, expect, it } from 'vitest';
import { setOneSpaceRows } from '../../src/layout/one-space-row.js';
import { groupings } from '../../src/layout/run-together-rows.js';
import { buildDocument } from '../../src/document/build.js';
import { readText } from '../../src/readers/text.js';

const lines = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('a figure of several digit groups never opens with a zero group', () => {
  it('does not group "000 000" as one figure', () => {
    const figs = ['4', '000', '000'].map((text) => ({ text, hard: false }));
    // One value: "4 000 000" only; "4" and "000 000" is no reading.
    expect(groupings(figs, 1)).toEqual([[[0, 3]]]);
    expect(groupings(figs, 2)).toEqual([[[0, 2], [2, 3]]]);
  });

  it('keeps a one-space row whole when the other rows have fewer groups', () => {
    const text = ['Anläggning  Kronor', 'Ekgården  150 000', 'Björkhagen  240 000', 'Granbacken 3 000 000', 'Lindås  90 000', ''].join('\n');
    const out = setOneSpaceRows(lines(text)).lines.map((l) => l.raw);
    expect(out[3]!.trim().split(/\s{2,}/)).toEqual(['Granbacken', '3 000 000']);
  });

  it('reads the figure whole in the table', () => {
    const text = ['Bidrag per objekt', '', 'Objekt  Kronor', 'Ekgården  150 000', 'Björkhagen  240 000', 'Granbacken 3 000 000', 'Lindås  90 000', 'Sjöviken  60 000', ''].join('\n');
    const rows = buildDocument(readText('a.txt', text)).tables[0]!.rows;
    expect(rows.map((r) => [r.label, r.cells[0]!.value?.toFixed() ?? null])).toEqual([
      ['Ekgården', '150000'],
      ['Björkhagen', '240000'],
      ['Granbacken', '3000000'],
      ['Lindås', '90000'],
      ['Sjöviken', '60000'],
    ]);
  });
});
