import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Tables and lists as people publish them, each written here in at least two wordings or
 * layouts. Values are in base units (kronor), checked by hand against the example text.
 */
const tablesOf = (text: string, file = 'case.txt'): readonly Table[] => docOf({ file, text }).tables;
const values = (t: Table, col = 0): (string | null)[] => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);
const labels = (t: Table): string[] => t.rows.map((r) => r.label);

describe('region lists become tables of kind list', () => {
  it('reads bullets "Region: belopp" with the lead-in as caption and its amount as the stated total', () => {
    const [t] = tablesOf(
      'Bidrag till regionerna\n\nMedlen, 100 miljoner kronor, fördelas så här:\n\n* Uppsala: 40 000 000\n* Region Skåne: 35 000 000\n* Gotland: 25 000 000\n',
    );
    expect(t!.kind).toBe('list');
    expect(t!.caption).toBe('Medlen, 100 miljoner kronor, fördelas så här:');
    expect(t!.statedTotal?.value.toFixed()).toBe('100000000');
    expect(labels(t!)).toEqual(['Uppsala', 'Region Skåne', 'Gotland']);
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['03', '12', '09']);
    expect(values(t!)).toEqual(['40000000', '35000000', '25000000']);
  });

  it('reads plain lines with units and dashes ("Region Skåne 12,3 miljoner kronor", "Gotland – 4,5 mnkr")', () => {
    const [t] = tablesOf(
      'Regeringen fördelar medlen enligt följande:\n\nRegion Skåne 12,3 miljoner kronor\nGotland – 4,5 mnkr\nRegion Halland 7 miljoner kronor\nTotalt 23,8 miljoner kronor\n',
    );
    expect(t!.kind).toBe('list');
    expect(labels(t!)).toEqual(['Region Skåne', 'Gotland', 'Region Halland', 'Totalt']);
    expect(t!.rows.map((r) => r.kind)).toEqual(['data', 'data', 'data', 'total']);
    expect(values(t!)).toEqual(['12300000', '4500000', '7000000', '23800000']);
  });

  it('leaves a list of other things with amounts as prose', () => {
    const doc = docOf({ text: 'Satsningen fördelas så här:\n\n- Forskning: 30 000 000\n- Utbildning: 20 000 000\n- Vård: 10 000 000\n' });
    expect(doc.tables).toEqual([]);
    expect(doc.sentences.filter((s) => s.role === 'list-item')).toHaveLength(3);
  });
});

describe('web tables pasted as text, one cell per line', () => {
  it('reads cells separated by blank lines, a header wrapped over two lines and the caption line above', () => {
    const text =
      'Tabell 2. Bidrag till länen 2023\n\nLän\n\nBelopp i\ntkr\n\nAntal projekt\n\nStockholms län\n\n12 500\n\n14\n\nUppsala län\n\n3 200\n\n4\n\n' +
      'Skåne län\n\n8 100\n\n9\n\nGotlands län\n\n450\n\n1\n\nTotalt\n\n24 250\n\n28\n';
    const [t] = tablesOf(text);
    expect(t!.caption).toBe('Tabell 2. Bidrag till länen 2023');
    expect(t!.columns.map((c) => [c.header.join(' / '), c.unit, c.scale])).toEqual([
      ['Belopp i tkr', 'SEK', 1000],
      ['Antal projekt', 'count', 1],
    ]);
    expect(values(t!)).toEqual(['12500000', '3200000', '8100000', '450000', '24250000']);
    expect(values(t!, 1)).toEqual(['14', '4', '9', '1', '28']);
    expect(t!.rows[4]!.kind).toBe('total');
  });

  it('reads two columns pasted with blank lines and a header cell wrapped as "Belopp" / "(kronor)"', () => {
    const text = 'Region\n\nBelopp\n(kronor)\n\nVärmland\n\n100\n\nÖrebro\n\n200\n\nDalarna\n\n300\n\nGävleborg\n\n400\n\nSumma\n\n1 000\n';
    const [t] = tablesOf(text);
    expect(t!.columns[0]!.header).toEqual(['Belopp (kronor)']);
    expect(t!.columns[0]!.unit).toBe('SEK');
    expect(labels(t!)).toEqual(['Värmland', 'Örebro', 'Dalarna', 'Gävleborg', 'Summa']);
    expect(values(t!)).toEqual(['100', '200', '300', '400', '1000']);
  });
});

describe('header rows web pages get wrong', () => {
  it('GFM: an empty first row, the real header in bold in the first body row', () => {
    const md = '|  |  |\n|---|---|\n| **Region** | **Belopp (kr)** |\n| Kalmar | 10 |\n| Kronoberg | 20 |\n| **Totalt** | **30** |\n';
    const [t] = tablesOf(md, 'case.md');
    expect(t!.labelHeader).toBe('Region');
    expect(t!.columns[0]!.header).toEqual(['Belopp (kr)']);
    expect(labels(t!)).toEqual(['Kalmar', 'Kronoberg', 'Totalt']);
  });

  it('GFM: an empty first row, years as the header in the first body row', () => {
    const md = 'Beloppen anges i hela miljoner kronor:\n\n|  |  |  |\n|---|---|---|\n| Region | 2023 | 2024 |\n| Kalmar | 87 | 90 |\n| Kronoberg | 13 | 10 |\n';
    const [t] = tablesOf(md, 'case.md');
    expect(t!.columns.map((c) => c.header.join())).toEqual(['2023', '2024']);
    expect(values(t!)).toEqual(['87000000', '13000000']);
  });

  it('HTML: an empty thead, the real header in <strong> in the first body row', () => {
    const html =
      '<table><thead><tr><th></th><th></th></tr></thead><tbody><tr><td><strong>Post</strong></td><td><strong>Belopp (tkr)</strong></td></tr>' +
      '<tr><td>A</td><td>5</td></tr><tr><td>B</td><td>7</td></tr></tbody></table>';
    const [t] = tablesOf(html, 'case.html');
    expect(t!.labelHeader).toBe('Post');
    expect(values(t!)).toEqual(['5000', '7000']);
  });

  it('GFM and HTML: a caption set as a one-cell first row', () => {
    const md = '| Tabell 3. Medel per region, tkr | | |\n|---|---|---|\n| Region | Kod | Belopp |\n| Kalmar | 08 | 500 |\n| Gotland | 09 | 300 |\n';
    const [g] = tablesOf(md, 'case.md');
    expect(g!.caption).toBe('Tabell 3. Medel per region, tkr');
    expect(g!.columns.map((c) => c.header.join())).toEqual(['Belopp']);
    expect(values(g!)).toEqual(['500000', '300000']);
    const html =
      '<table><tr><td colspan="2">Tabell 4. Bidrag per län (miljoner kronor)</td></tr><tr><td>Län</td><td>Belopp</td></tr>' +
      '<tr><td>Kalmar län</td><td>2</td></tr><tr><td>Gotlands län</td><td>1</td></tr></table>';
    const [h] = tablesOf(html, 'case.html');
    expect(h!.caption).toBe('Tabell 4. Bidrag per län (miljoner kronor)');
    expect(values(h!)).toEqual(['2000000', '1000000']);
  });
});

describe('units from where people write them', () => {
  it('a first-column header cell: "Belopp i miljoner kronor"', () => {
    const [t] = tablesOf('Belopp i miljoner kronor\t2023\nKalmar\t87\nGotland\t13\n');
    expect(t!.columns[0]!.scale).toBe(1e6);
    expect(values(t!)).toEqual(['87000000', '13000000']);
  });

  it('the sentence just before the table, in two wordings', () => {
    const a = tablesOf('Beloppen anges i hela miljoner kronor:\n\nPost\tBelopp\nA\t87\nB\t13\n')[0]!;
    expect(values(a)).toEqual(['87000000', '13000000']);
    const b = tablesOf('Fördelningen redovisas i tusentals kronor.\n\nPost\tBelopp\nA\t87\nB\t13\n')[0]!;
    expect(values(b)).toEqual(['87000', '13000']);
    expect(b.columns[0]!.unitGuessed).toBeUndefined();
  });

  it('a unit only guessed from "Belopp" is marked as guessed', () => {
    const [t] = tablesOf('Post\tBelopp\nA\t87\nB\t13\n');
    expect(t!.columns[0]!.unit).toBe('SEK');
    expect(t!.columns[0]!.unitGuessed).toBe(true);
  });
});

describe('cells with notes and blanks', () => {
  it('reads the number of a cell with a note and keeps the note', () => {
    const [t] = tablesOf('Skola\tAntal elever\nA\t75 (varav 40 under 2025)\nB\t1 200*\nC\t45¹\nD\t12 a)\n');
    expect(values(t!)).toEqual(['75', '1200', '45', '12']);
    expect(t!.rows.map((r) => r.cells[0]!.note)).toEqual(['(varav 40 under 2025)', '*', '¹', 'a)']);
  });

  it('reads "<5", "..", a dash and a phrase as blanks that are uncertain, not unreadable', () => {
    const doc = docOf({ text: 'Post\tBelopp (kr)\nA\t<5\nB\t..\nC\t–\nD\tRyms inom befintlig ram\nE\t10\n' });
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => r.kind)).toEqual(['data', 'data', 'data', 'data', 'data']);
    expect(values(t)).toEqual([null, null, '0', null, '10']);
    expect(t.rows.map((r) => r.cells[0]!.uncertain)).toEqual(['<5', '..', '–', 'Ryms inom befintlig ram', undefined]);
    expect(doc.problems).toEqual([]);
  });

  it('code columns ("Kod", "Länskod", or zero-padded codes) are labels, never summed', () => {
    const a = tablesOf('Län\tLänskod\tBelopp (kr)\nKalmar\t08\t100\nGotland\t09\t200\n')[0]!;
    expect(a.columns.map((c) => c.header.join())).toEqual(['Belopp (kr)']);
    expect(a.rows.map((r) => [r.label, r.code])).toEqual([
      ['Kalmar', '08'],
      ['Gotland', '09'],
    ]);
    const b = tablesOf('Kod\tRegion\tBelopp (kr)\n1\tStockholm\t100\n3\tUppsala\t200\n')[0]!;
    expect(b.labelHeader).toBe('Region');
    expect(b.columns.map((c) => c.header.join())).toEqual(['Belopp (kr)']);
    expect(b.rows.map((r) => r.region?.code)).toEqual(['01', '03']);
  });

  it('zero-led figures under a header of their own after the label are figures, not codes', () => {
    const a = tablesOf('Region\tBelopp (tkr)\tVarav kvalitet (tkr)\nKalmar\t1 230\t045\nGotland\t880\t092\nSumma\t2 110\t137\n')[0]!;
    expect(a.columns.map((c) => c.header.join())).toEqual(['Belopp (tkr)', 'Varav kvalitet (tkr)']);
    expect(values(a, 1)).toEqual(['45000', '92000', '137000']);
    // They might still be codes under an unusual header: read, but as a guess.
    expect(a.rows.map((r) => r.cells[1]!.uncertain)).toEqual(['045', '092', '137']);
    expect(a.rows.map((r) => r.cells[0]!.uncertain)).toEqual([undefined, undefined, undefined]);
    const b = tablesOf('| Län | Medel | Tillägg |\n|---|---:|---:|\n| Blekinge | 300 | 070 |\n| Halland | 500 | 030 |\n', 'case.md')[0]!;
    expect(b.columns.map((c) => c.header.join())).toEqual(['Medel', 'Tillägg']);
    expect(values(b, 1)).toEqual(['70', '30']);
    // Zero-led numbers before the label, under no header, are still the rows' codes.
    const c = tablesOf('\tRegion\tBelopp (kr)\n01\tStockholm\t100\n03\tUppsala\t200\n')[0]!;
    expect(c.columns.map((col) => col.header.join())).toEqual(['Belopp (kr)']);
    expect(c.rows.map((r) => r.region?.code)).toEqual(['01', '03']);
  });
});

describe('cell borders pasted with the cells', () => {
  it('reads cells that end in " |" with lines of only "|" between rows', () => {
    const text = 'Länsstyrelse |\nBelopp |\nLänsstyrelsen i Kalmar län |\n100\n|\nLänsstyrelsen i Gotlands län |\n200\n|\nLänsstyrelsen i Hallands län |\n300\n|\nLänsstyrelsen i Blekinge län |\n400\n|\n';
    const [t] = tablesOf(text);
    expect(labels(t!)).toEqual(['Länsstyrelsen i Kalmar län', 'Länsstyrelsen i Gotlands län', 'Länsstyrelsen i Hallands län', 'Länsstyrelsen i Blekinge län']);
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['08', '09', '13', '10']);
    expect(values(t!)).toEqual(['100', '200', '300', '400']);
  });

  it('reads the same with a border after every cell', () => {
    const text = 'Region |\nAntal |\nKalmar |\n1 |\nGotland |\n2 |\nHalland |\n3 |\nBlekinge |\n4 |\n';
    const [t] = tablesOf(text);
    expect(labels(t!)).toEqual(['Kalmar', 'Gotland', 'Halland', 'Blekinge']);
    expect(values(t!)).toEqual(['1', '2', '3', '4']);
  });
});
