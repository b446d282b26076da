import { describe, expect, it } from 'vitest';
import { parseListItem } from '../../src/layout/region-list.js';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Region list items whose amount is approximate or a decrease, in wordings and layouts written for this test. */
const rows = (t: Table) => t.rows.map((r) => [r.label, r.region?.code ?? null, r.cells[0]?.value?.toFixed() ?? null, r.cells[0]?.uncertain !== undefined]);

describe('region list items with an approximate amount', () => {
  it('keeps the qualifier with the amount, not the label', () => {
    const raw = '* Region Halland: cirka 4,5 mnkr';
    const item = parseListItem(raw)!;
    expect(raw.slice(...item.label)).toBe('Region Halland');
    expect(raw.slice(...item.values[0]!)).toBe('cirka 4,5 mnkr');
    const dash = 'Gotland – ca 12 miljoner kronor';
    const d = parseListItem(dash)!;
    expect([dash.slice(...d.label), dash.slice(...d.values[0]!)]).toEqual(['Gotland', 'ca 12 miljoner kronor']);
  });

  it('reads lines with a separator, a dash or none as rows whose approximate cells are uncertain', () => {
    const text =
      'Medlen fördelas så här.\n\nRegion Halland: cirka 4,5 mnkr\nRegion Skåne: 12,3 mnkr\nGotland – ca 1,2 mnkr\nVästra Götaland drygt 30 mnkr\nTotalt: 48 mnkr\n';
    const [t] = docOf({ text }).tables;
    expect(rows(t!)).toEqual([
      ['Region Halland', '13', '4500000', true],
      ['Region Skåne', '12', '12300000', false],
      ['Gotland', '09', '1200000', true],
      ['Västra Götaland', '14', '30000000', true],
      ['Totalt', null, '48000000', false],
    ]);
  });

  it('reads an HTML list with the unit written once the same way', () => {
    const html =
      '<p>Bidrag per region, miljoner kronor:</p><ul><li>Uppsala: ungefär 7,5</li><li>Örebro: 6,0</li><li>Västmanland: knappt 2</li><li>Dalarna: 5,0</li></ul>';
    const [t] = docOf({ file: 'a.html', text: html }).tables;
    expect(rows(t!)).toEqual([
      ['Uppsala', '03', '7500000', true],
      ['Örebro', '18', '6000000', false],
      ['Västmanland', '19', '2000000', true],
      ['Dalarna', '20', '5000000', false],
    ]);
  });

  it('makes a sum over an approximate figure a warning, never an error', () => {
    // 10 + 20 + 5 = 35 against 50: "omkring 20" may be anything near 20, so the sum can only warn.
    const text = 'Fördelning:\n\n- Kronoberg: 10 mnkr\n- Kalmar: omkring 20 mnkr\n- Blekinge: 5 mnkr\n- Summa: 50 mnkr\n';
    expect(findingsOf(columnTotal, text).map((f) => [f.severity, /omkring 20 mnkr/.test(f.message)])).toEqual([['warning', true]]);
  });
});

describe('region list items whose amount is a decrease', () => {
  it('makes a sum over a decrease a warning, never an error', () => {
    // 12 + 7 + 5 = 24 against 10, which 12 − 7 + 5 makes: which reading the page means is not certain.
    const text = 'Medlen till regionerna:\n\n* Region Halland: 12 miljoner kronor\n* Region Kalmar län förlorar 7 miljoner kronor\n* Region Gotland: 5 miljoner kronor\n* Summa: 10 miljoner kronor\n';
    expect(findingsOf(columnTotal, text).map((f) => f.severity)).toEqual(['warning']);
  });

  it('takes the verb out of the label and marks the amount uncertain', () => {
    const text = 'Stödet fördelas enligt följande:\n\n- Uppsala: 10 mnkr\n- Skåne: 20 mnkr\n- Halland minskar med 5 mnkr\n- Kalmar: 5 mnkr\n- Totalt: 30 mnkr\n';
    const [t] = docOf({ text }).tables;
    expect(rows(t!)).toEqual([
      ['Uppsala', '03', '10000000', false],
      ['Skåne', '12', '20000000', false],
      ['Halland', '13', '5000000', true],
      ['Kalmar', '08', '5000000', false],
      ['Totalt', null, '30000000', false],
    ]);
  });

  it('reads "mindre" after the amount as a decrease', () => {
    const text =
      'Förändring per region:\n\n- Region Örebro län får 10 miljoner kronor\n- Region Värmland får 20 miljoner kronor\n- Region Gävleborg får 8 miljoner kronor mindre än i fjol\n- Region Dalarna får 5 miljoner kronor\n- Totalt: 27 miljoner kronor\n';
    const [t] = docOf({ text }).tables;
    expect(rows(t!)).toEqual([
      ['Region Örebro län', '18', '10000000', false],
      ['Region Värmland', '17', '20000000', false],
      ['Region Gävleborg', '21', '8000000', true],
      ['Region Dalarna', '20', '5000000', false],
      ['Totalt', null, '27000000', false],
    ]);
    expect(findingsOf(columnTotal, text).map((f) => f.severity)).toEqual(['warning']);
  });

  it('reads "förlorar" in a numbered list and in a list run on in one sentence', () => {
    const numbered = 'Medlen till regionerna:\n\n1. Region Halland – 12 miljoner kronor\n2. Region Kalmar län förlorar 7 miljoner kronor\n3. Region Gotland – 5 miljoner kronor\n';
    const [t] = docOf({ text: numbered }).tables;
    expect(rows(t!)).toEqual([
      ['Region Halland', '13', '12000000', false],
      ['Region Kalmar län', '08', '7000000', true],
      ['Region Gotland', '09', '5000000', false],
    ]);
    const inline = 'Pengarna fördelas så här: Region Blekinge får 4 miljoner kronor, Region Skåne 12 miljoner kronor, Region Jämtland Härjedalen tappar 3 miljoner kronor och Region Gotland 2 miljoner kronor.\n';
    const [u] = docOf({ text: inline }).tables;
    expect(u!.rows.map((r) => [r.region?.code, r.cells[0]?.uncertain !== undefined])).toEqual([
      ['10', false],
      ['12', false],
      ['23', true],
      ['09', false],
    ]);
  });
});
