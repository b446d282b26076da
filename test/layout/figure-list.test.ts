import { describe, expect, it } from 'vitest';
import { parseFigureItem } from '../../src/layout/figure-list.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Lists of named things with two or more amounts each, in wordings written for this test; values in kronor. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('lists with several amounts per item', () => {
  it('reads bullets "Name, amount (applied for amount)" with labels that are not regions as two columns', () => {
    const text =
      'Beslut i första omgången\n\n- Åre kommun, 12,5 miljoner kronor (ansökt 20 mnkr)\n- Tranås kommun, 3 miljoner kronor (ansökt 3,25 mnkr)\n- Region Gävleborg, 40 miljoner kronor (ansökt 61,5 mnkr)\n';
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.rows.map((r) => r.label)).toEqual(['Åre kommun', 'Tranås kommun', 'Region Gävleborg']);
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual([null, null, '21']);
    expect(values(t!, 0)).toEqual(['12500000', '3000000', '40000000']);
    expect(values(t!, 1)).toEqual(['20000000', '3250000', '61500000']);
  });

  it('reads "Name: amount (asked for amount)" in thousands, the same unit in both figures', () => {
    const text = ['Föreningarna får följande bidrag:', '', '- Stadsmissionen: 450 tkr (begärt 600 tkr)', '- Röda korset: 320 tkr (begärt 320 tkr)', '- Kvinnojouren: 275 tkr (begärt 400 tkr)', ''].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.rows.map((r) => r.label)).toEqual(['Stadsmissionen', 'Röda korset', 'Kvinnojouren']);
    expect(values(t!, 0)).toEqual(['450000', '320000', '275000']);
    expect(values(t!, 1)).toEqual(['600000', '320000', '400000']);
  });

  it('reads plain lines after a lead-in with a colon, amounts joined by words ("i år och sedan …")', () => {
    const text =
      'Så här mycket får kommunerna i länet:\n\nLuleå – 4,2 miljoner första året, därefter 9 miljoner per år.\n\nPiteå – 2 miljoner i år, sedan 5,5 miljoner årligen.\n\nBoden – 1,75 miljoner i år och 3 miljoner därefter.\n';
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.rows.map((r) => r.label)).toEqual(['Luleå', 'Piteå', 'Boden']);
    expect(values(t!, 0)).toEqual(['4200000', '2000000', '1750000']);
    expect(values(t!, 1)).toEqual(['9000000', '5500000', '3000000']);
  });

  it('ends an item at a new sentence that describes it, digits and all', () => {
    const text =
      'Beviljat i år:\n\n1. Vansbro kommun, 2 miljoner kronor (sökt 3 mnkr). Pengarna går till 2 nya förskolor och en fritidsgård i centralorten.\n2. Malung-Sälens kommun, 1,2 miljoner kronor (sökt 1,5 mnkr).\n3. Älvdalens kommun, 0,8 miljoner kronor (sökt 2 mnkr). Ansökan gällde vägar.\n';
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Vansbro kommun', 'Malung-Sälens kommun', 'Älvdalens kommun']);
    expect(values(t!, 0)).toEqual(['2000000', '1200000', '800000']);
    expect(values(t!, 1)).toEqual(['3000000', '1500000', '2000000']);
  });

  it('reads a bare figure in parentheses in the scale of the list, when the list has one', () => {
    const text = 'Beslut:\n\n- Åre kommun, 12,5 miljoner kronor (sökt 20)\n- Tranås kommun, 3 miljoner kronor (sökt 3,25 mnkr)\n- Mora kommun, 24,5 miljoner kronor (sökt 61,5)\n';
    const [t] = docOf({ text }).tables;
    expect(values(t!, 0)).toEqual(['12500000', '3000000', '24500000']);
    expect(values(t!, 1)).toEqual(['20000000', '3250000', '61500000']);
    // Two scales in the list: which one a bare figure is in, the page does not say.
    expect(docOf({ text: 'Beslut:\n\n- Åre, 12,5 miljoner kronor (2023: 900 000 kronor)\n- Mora, 3 miljoner kronor (2023: 20)\n- Orsa, 2 miljoner kronor (2023: 400 000 kronor)\n' }).tables).toEqual([]);
  });

  it('reads a colon list with a negative amount and tkr', () => {
    const text = '* Kultur: 1 250 tkr, budget 1 300 tkr\n* Teknik: −320 tkr, budget 150 tkr\n* Skola: 9 800 tkr, budget 9 750 tkr\n';
    const [t] = docOf({ text }).tables;
    expect(values(t!, 0)).toEqual(['1250000', '-320000', '9800000']);
    expect(values(t!, 1)).toEqual(['1300000', '150000', '9750000']);
  });

  it('leaves one amount per item, plain lines without a lead-in colon, and long prose as text', () => {
    // One amount an item of other things than places: no table of figures; a list table that stays prose, where the text rules check it against its lead-in (item-amount-list.ts).
    const [posts] = docOf({ text: 'Fördelas så:\n\n- Skolan, 12,5 miljoner kronor\n- Vården, 3 miljoner kronor\n- Omsorgen, 4 miljoner kronor\n' }).tables;
    expect(posts!.alsoProse).toBe(true);
    expect(posts!.columns).toHaveLength(1);
    // Municipalities with one amount each are a list of places (place-list.ts), not of figures.
    const [places] = docOf({ text: 'Fördelas så:\n\n- Åre kommun, 12,5 miljoner kronor\n- Tranås kommun, 3 miljoner kronor\n- Mora kommun, 4 miljoner kronor\n' }).tables;
    expect(places!.columns).toHaveLength(1);
    // Plain lines with no lead-in that opens a list.
    expect(docOf({ text: 'Utfallet blev bra.\n\nLuleå – 4,2 miljoner i år och 9 miljoner sedan.\nPiteå – 2 miljoner i år och 5,5 miljoner sedan.\nBoden – 1 miljon i år och 3 miljoner sedan.\n' }).tables).toEqual([]);
    // Many words between the amounts: a sentence, not a row.
    expect(parseFigureItem('- Åre, 12 miljoner kronor som kommunen i samråd med regionen och länsstyrelsen ska använda till 3 miljoner kronor')).toBeNull();
    // A year is no amount: every figure must carry its unit word.
    expect(parseFigureItem('- Åre, 12 miljoner kronor under 2025 och 2026')).toBeNull();
  });

  it('reads a single item in the same shape under a second lead-in as a list of its own', () => {
    const text =
      'Beviljade:\n\n* Åre kommun – 12,5 mnkr, ansökt 20 mnkr\n* Mora kommun – 3 mnkr, ansökt 4 mnkr\n* Orsa kommun – 1,5 mnkr, ansökt 2 mnkr\n\nÄndrat beslut:\n\n* Region Dalarna – 8 mnkr, ansökt 9,5 mnkr\n';
    const tables = docOf({ text }).tables;
    expect(tables.map((t) => t.rows.length)).toEqual([3, 1]);
    expect(tables[1]!.rows[0]!.region?.code).toBe('20');
    expect(values(tables[1]!, 0)).toEqual(['8000000']);
    expect(values(tables[1]!, 1)).toEqual(['9500000']);
    // Alone, or in another shape, one item stays prose.
    expect(docOf({ text: 'Ändrat beslut:\n\n* Region Dalarna – 8 mnkr, ansökt 9,5 mnkr\n' }).tables).toEqual([]);
    expect(docOf({ text: 'Beviljade:\n\n* Åre kommun – 12,5 mnkr, ansökt 20 mnkr\n* Mora kommun – 3 mnkr, ansökt 4 mnkr\n* Orsa kommun – 1,5 mnkr, ansökt 2 mnkr\n\nÄndrat:\n\n* Region Dalarna – 8 mnkr, ansökt 9 500 tkr\n' }).tables.length).toBe(1);
  });

  it('does not mix items whose first amounts are in different units', () => {
    const text = 'Medlen:\n\n- Åre, 12 miljoner kronor (sökt 20 mnkr)\n- Mora, 800 000 kronor (sökt 1 mnkr)\n- Orsa, 3 miljoner kronor (sökt 4 mnkr)\n';
    expect(docOf({ text }).tables).toEqual([]);
  });
});
