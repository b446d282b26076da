import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Pages written for this test: a sentence right above a title right above an aligned table. */
describe('a line of text over a title over a table set apart by two spaces', () => {
  it('is text: the header is the line under the title, the title gives the unit', () => {
    const text = 'Kommunens ekonomi\n\nNämndernas utfall blev bättre än väntat under året.\nNettokostnader per nämnd, 1 000 euro\nNämnd  Utfall 2022  Budget 2023\nKultur  3 410  3 520\nFritid  2 205  2 300\nSammanlagt  5 615  5 820\n';
    const d = docOf({ file: 'a.txt', text });
    const table = d.tables[0]!;
    expect(table.labelHeader).toBe('Nämnd');
    expect(table.columns.map((c) => [c.header.join(' / '), c.unit, c.scale])).toEqual([
      ['Utfall 2022', 'EUR', 1000],
      ['Budget 2023', 'EUR', 1000],
    ]);
    expect(table.rows.map((r) => r.label)).toEqual(['Kultur', 'Fritid', 'Sammanlagt']);
  });

  it('also a line that ends in a colon, over a title in thousands of kronor', () => {
    const text = 'Rapport\n\nFördelningen framgår av tabellen nedan:\nBidrag per förening, 1 000 kr\nFörening  2021  2022\nScouterna  120  125\nIdrottsklubben  340  360\nTotalt  460  485\n';
    const d = docOf({ file: 'b.txt', text });
    const table = d.tables[0]!;
    expect(table.labelHeader).toBe('Förening');
    expect(table.columns.map((c) => [c.header.join(' / '), c.unit, c.scale])).toEqual([
      ['2021', 'SEK', 1000],
      ['2022', 'SEK', 1000],
    ]);
  });
});

describe('a line of text at the end of the page', () => {
  it('is read as text, with nothing after it to look at', () => {
    const d = docOf({ file: 'c.txt', text: 'Rapport\n\nPosten  2021  2022\nHyror  120  125\nLöner  340  360\nSumma  460  485\nSlutord' });
    expect(d.tables[0]!.rows.map((r) => r.label)).toEqual(['Hyror', 'Löner', 'Summa']);
  });
});
