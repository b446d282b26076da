import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Tab tables whose first label (or a row's label) was broken over two lines; written for this test, figures invented. */
const read = (text: string) => {
  const doc = docOf({ file: 't.txt', text });
  const t = doc.tables[0]!;
  return { labelHeader: t.labelHeader, rows: t.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toString() ?? '')]) };
};

describe('a tab table whose label began on the line above (tab-label-wrap.ts)', () => {
  it("joins the label column's title broken after 'och', and one broken inside parentheses", () => {
    const och = ['Bidrag per kommun', '', 'Kommunens namn och', 'länstillhörighet\t2022\t2023', 'Ale\t1 200\t1 300', 'Borås\t3 400\t3 500', 'Summa\t4 600\t4 800', ''].join('\n');
    const r = read(och);
    expect(r.labelHeader).toBe('Kommunens namn och länstillhörighet');
    expect(r.rows.map((row) => row[0])).toEqual(['Ale', 'Borås', 'Summa']);
    const paren = ['Bidrag per kommun', '', 'Kommun (inklusive', 'Kommunalförbund)\t2022\t2023', 'Ale\t1 200\t1 300', 'Lerum\t900\t950', ''].join('\n');
    expect(read(paren).labelHeader).toBe('Kommun (inklusive Kommunalförbund)');
    // Not joined: a title line above a table whose first cell opens with a capital, and a section heading inside one.
    const titled = ['Bidrag per kommun', 'Kommun\t2022\t2023', 'Ale\t1 200\t1 300', 'Borås\t3 400\t3 500', ''].join('\n');
    expect(read(titled).labelHeader).toBe('Kommun');
    const heading = ['Kostnader', '', 'Post\t2022\t2023', 'Drift', 'Lokaler\t1 200\t1 300', 'Personal\t3 400\t3 500', ''].join('\n');
    expect(read(heading).rows.map((row) => row[0])).toEqual(['Drift', 'Lokaler', 'Personal']);
  });

  it("joins a first row's label, and a row's label inside the table, so that the region is found", () => {
    const first = ['Bidrag per län, tkr', '', 'Västra Götalands', 'län\t1 200\t1 300', 'Skåne län\t3 400\t3 500', 'Summa\t4 600\t4 800', ''].join('\n');
    expect(read(first).rows).toEqual([
      ['Västra Götalands län', '14', '1200000', '1300000'],
      ['Skåne län', '12', '3400000', '3500000'],
      ['Summa', null, '4600000', '4800000'],
    ]);
    // A hyphen that broke the first row's label: "EU-" keeps it, a word's closes up.
    const hyphen = ['Bidrag per projekt', '', 'EU-', 'projekt\t1 200\t1 300', 'Stats-', 'bidrag\t3 400\t3 500', 'Summa\t4 600\t4 800', ''].join('\n');
    expect(read(hyphen).rows.map((row) => row[0])).toEqual(['EU-projekt', 'Statsbidrag', 'Summa']);
    const inside = ['Bidrag per län', '', 'Län\t2022\t2023', 'Skåne län\t3 400\t3 500', 'Västra Götalands', 'län\t1 200\t1 300', 'Summa\t4 600\t4 800', ''].join('\n');
    expect(read(inside).rows).toEqual([
      ['Skåne län', '12', '3400', '3500'],
      ['Västra Götalands län', '14', '1200', '1300'],
      ['Summa', null, '4600', '4800'],
    ]);
  });
});
