import { describe, expect, it } from 'vitest';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/**
 * A list of label and amount lines in sections whose headings are numbered and end in a colon, or only end in one,
 * closed by one total over every section: one table, the headings its section rows; written for
 * this test in two wordings.
 */
const numbered = [
  'Så fördelas bidragen 2022',
  '',
  '1. Ungdomsföreningar:',
  'Rädda Barnen 2 250',
  'Scouterna 5 000',
  'KFUM 7 000',
  '2. Hembygdsföreningar:',
  'Byns hembygdsförening 15 000',
  'Åsens hembygdsgård 15 000',
  'Sjöbacka hembygdsförening 10 000',
  '3. Studieförbund:',
  'ABF 18 224',
  'Bilda 20 111',
  'Sensus 1 573',
  'Summa 94 158',
  '',
].join('\n');
const colonned = [
  'Fördelade medel per område, kronor',
  '',
  'Idrott',
  'Fotbollsklubben 120 000',
  'Skidklubben 45 500',
  'Simklubben 60 250',
  'Kultur:',
  'Musikskolan 30 000',
  'Teaterföreningen 22 750',
  'Fritidsgårdar:',
  'Ungdomens hus 80 000',
  'Totalt 358 500',
  '',
].join('\n');

describe('a list of amounts in numbered sections', () => {
  for (const [name, text, headings, total] of [
    ['numbered and closed by a colon', numbered, ['2. Hembygdsföreningar:', '3. Studieförbund:'], '94158'],
    ['closed by a colon, not numbered', colonned, ['Kultur:', 'Fritidsgårdar:'], '358500'],
  ] as const) {
    it(`reads one table with the headings as rows (${name})`, () => {
      const doc = docOf({ file: 'list.txt', text });
      expect(doc.tables).toHaveLength(1);
      const rows = doc.tables[0]!.rows;
      for (const h of headings) expect(rows.find((r) => r.label === h)?.cells.every((c) => c.value === null)).toBe(true);
      expect(rows[rows.length - 1]!.cells[0]!.value?.toFixed()).toBe(total);
    });

    it(`finds the total over every section in agreement (${name})`, () => {
      expect(findingsOf(columnTotal, [{ file: 'list.txt', text }]).filter((f) => f.severity !== 'info')).toEqual([]);
    });
  }

  it('keeps "Varav:" over the parts of a total out of the table', () => {
    const doc = docOf({ file: 'list.txt', text: 'Intäkter per slag, tkr\n\nSkatter 30 000\nBidrag 70 000\nSumma 100 000\nVarav:\nStatsbidrag 60 000\nEU-bidrag 40 000\nÖvrigt 1 000\n' });
    expect(doc.tables.flatMap((t) => t.rows.map((r) => r.label))).not.toContain('Varav:');
  });

  it('takes no row from a lead-in above the first row', () => {
    const doc = docOf({ file: 'list.txt', text: numbered });
    expect(doc.tables[0]!.rows.map((r) => r.label)).not.toContain('1. Ungdomsföreningar:');
  });
});
