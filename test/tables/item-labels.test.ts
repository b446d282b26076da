import { describe, expect, it } from 'vitest';
import { namesAPart } from '../../src/tables/item-labels.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Tables whose rows name parts by abbreviations in capitals, as items of a group; written for this test. */
const kindsOf = (text: string) => docOf({ file: 'a.md', text }).tables[0]!.rows.map((r) => [r.label, r.kind]);

describe('a label in capitals that names a part', () => {
  it('knows items of a group and abbreviations from section sums', () => {
    expect(namesAPart('- SMF')).toBe(true);
    expect(namesAPart('– FOI')).toBe(true);
    expect(namesAPart('• IKUS')).toBe(true);
    expect(namesAPart('NETTO')).toBe(false);
    expect(namesAPart('INTÄKTER')).toBe(false);
    expect(namesAPart('HÄLSO- OCH SJUKVÅRD')).toBe(false);
  });

  it('reads member organisations listed by abbreviation under their council as ordinary rows', () => {
    const text = [
      '| Organisation | Medlemmar |',
      '|---|---:|',
      '| Förbundet för idrott | 12 400 |',
      '| Samrådsgruppen: | |',
      '| - ABF | 3 100 |',
      '| - KFUM | 2 250 |',
      '| Kulturrådets förening | 890 |',
      '',
    ].join('\n');
    expect(kindsOf(text)).toEqual([
      ['Förbundet för idrott', 'data'],
      ['Samrådsgruppen:', 'other'],
      ['- ABF', 'data'],
      ['- KFUM', 'data'],
      ['Kulturrådets förening', 'data'],
    ]);
    expect(findingsOf(columnTotal, [{ file: 'a.md', text }])).toEqual([]);
  });

  it('keeps a section sum written as a word in capitals a subtotal', () => {
    const text = ['| Post | 2023 |', '|---|---:|', '| Avgifter | 1 200 |', '| Bidrag | 800 |', '| INTÄKTER | 2 000 |', '| Personal | -1 500 |', ''].join('\n');
    expect(kindsOf(text)[2]).toEqual(['INTÄKTER', 'subtotal']);
  });
});
