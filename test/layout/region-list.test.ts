import { describe, expect, it } from 'vitest';
import { parseListItem, regionListFromItems } from '../../src/layout/region-list.js';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import type { Grid } from '../../src/layout/types.js';
import { isRegionLabel } from '../../src/readers/region-label.js';
import { docOf } from '../rules/rule-tester.js';

/** Examples written for these tests, each form in at least two wordings. */
const cut = (raw: string) => {
  const p = parseListItem(raw);
  return p && { label: raw.slice(...p.label), values: p.values.map((v) => raw.slice(...v)) };
};
const blocks = (text: string) =>
  linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })), { isListLabel: isRegionLabel });
const texts = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text));

describe('parseListItem', () => {
  it('reads a label and one amount, with bullets, numbers and separators', () => {
    expect(cut('* Örebro: 5 600 000')).toEqual({ label: 'Örebro', values: ['5 600 000'] });
    expect(cut('2) Region Dalarna – 7,25 mnkr')).toEqual({ label: 'Region Dalarna', values: ['7,25 mnkr'] });
    expect(cut('Kronoberg 310 tkr;')).toEqual({ label: 'Kronoberg', values: ['310 tkr'] });
  });

  it('reads a second figure in parentheses, after words or a year', () => {
    expect(cut('Västmanland: 42,0 miljoner kronor (i fjol 39,5 miljoner kronor)')).toEqual({
      label: 'Västmanland',
      values: ['42,0 miljoner kronor', '39,5 miljoner kronor'],
    });
    expect(cut('- Jämtland 1 450 (2022: 1 390)')).toEqual({ label: 'Jämtland', values: ['1 450', '1 390'] });
    expect(cut('Halland: 12 (2 000)')).toEqual({ label: 'Halland', values: ['12', '2 000'] });
  });

  it('takes no part of the amount in parentheses ("varav", "därav", "inkl.") for a second column', () => {
    // "varav" and "därav" give a part of the amount: a note the amount's cell keeps.
    expect(cut('Västmanland: 42,0 miljoner kronor (varav 4,0 miljoner)')).toEqual({ label: 'Västmanland', values: ['42,0 miljoner kronor (varav 4,0 miljoner)'] });
    expect(cut('- Jämtland 1 450 (därav 390 till vårdcentraler)')).toEqual({ label: 'Jämtland', values: ['1 450 (därav 390 till vårdcentraler)'] });
    for (const raw of ['Halland: 2 000 tkr (inkl. 150 tkr)', 'Halland: 2 000 tkr (exkl. moms 150 tkr)']) expect(cut(raw)).toBeNull();
  });

  it('allows a describing sentence after the amounts, nothing else', () => {
    expect(cut('Norrbotten: 8,1 miljoner (7,9 miljoner). Pengarna går till glesbygdens vårdcentraler.')).toEqual({
      label: 'Norrbotten',
      values: ['8,1 miljoner', '7,9 miljoner'],
    });
    expect(cut('Norrbotten: 8,1 miljoner till 12 vårdcentraler')).toBeNull();
    expect(cut('Gävleborg: 4 (varav 2 i år)')).toEqual({ label: 'Gävleborg', values: ['4 (varav 2 i år)'] });
    expect(cut('Uppsala fick 2019 tre nya')).toBeNull();
  });
});

describe('region lists in text', () => {
  it('gives a second column when items carry a figure in parentheses; a bare one takes the first figure\'s unit', () => {
    const [lead, grid] = blocks(
      'Bidraget per region, med 2023 inom parentes:\n\n- Västmanland: 42,0 miljoner kronor (39,5)\n- Jämtland: 18,2 miljoner kronor (17,0)\n- Blekinge: 9,9 miljoner kronor\n',
    ) as [unknown, Grid];
    expect(lead).toMatchObject({ kind: 'text' });
    expect(grid.source).toBe('list');
    expect(texts(grid)).toEqual([
      ['Västmanland', '42,0', '39,5'],
      ['Jämtland', '18,2', '17,0'],
      ['Blekinge', '9,9', ''],
    ]);
    expect(grid.unitNote?.text).toBe('miljoner kronor');
    expect(grid.rows[0]!.cells[2]!.location).toMatchObject({ line: 3, column: 38, endColumn: 42 });
  });

  it('keeps each cell\'s own unit words when the items differ in them', () => {
    const [grid] = blocks('1. Uppsala: 2 mnkr\n2. Gotland: 450 000 kronor\n3. Kalmar: 1,5 mnkr (1,2 mnkr)\n') as [Grid];
    expect(texts(grid)).toEqual([
      ['Uppsala', '2 mnkr', ''],
      ['Gotland', '450 000 kronor', ''],
      ['Kalmar', '1,5 mnkr', '1,2 mnkr'],
    ]);
    expect(grid.unitNote).toBeUndefined();
  });
});

describe('region records: facts under each region\'s name', () => {
  it('reads blocks "Name / unit line / Key: value" as one grid with the keys as header', () => {
    const text = [
      'Västmanland',
      'Tusental kronor',
      'Drift: 120',
      'Investering: 30,5',
      '',
      'Jämtland',
      'Tusental kronor',
      'Drift: 95',
      'Investering: 12',
      '',
      'Blekinge',
      'Tusental kronor',
      'Drift: 80',
      '',
      'Det var allt.',
    ].join('\n');
    const [grid, after] = blocks(text) as [Grid, unknown];
    expect(grid.source).toBe('list');
    expect(grid.headerRows).toBe(1);
    expect(texts(grid)).toEqual([
      ['', 'Drift', 'Investering'],
      ['Västmanland', '120', '30,5'],
      ['Jämtland', '95', '12'],
      ['Blekinge', '80', ''],
    ]);
    expect(grid.unitNote).toEqual({ text: 'Tusental kronor', location: { file: 't.txt', line: 2, column: 1 } });
    expect(after).toMatchObject({ kind: 'text' });
  });

  it('reads headings with bulleted facts and no unit line', () => {
    const text = '## Kalmar\n\n- Invånare: 246 000\n- Andel äldre: 24 %\n\n## Dalarna\n\n- Invånare: 288 000\n- Andel äldre: 25 %\n\n## Gotland\n\n- Invånare: 61 000\n- Andel äldre: 26 %\n';
    const [grid] = blocks(text) as [Grid];
    expect(texts(grid)).toEqual([
      ['', 'Invånare', 'Andel äldre'],
      ['Kalmar', '246 000', '24 %'],
      ['Dalarna', '288 000', '25 %'],
      ['Gotland', '61 000', '26 %'],
    ]);
    expect(grid.unitNote).toBeUndefined();
  });

  it('leaves blocks under other headings, or fewer than three regions, as text', () => {
    const others = blocks('Skolor\n\nElever: 300\nLärare: 25\n\nVården\n\nPatienter: 40\n\nKultur\n\nBesök: 9\n');
    expect(others.every((b) => b.kind === 'text')).toBe(true);
    const two = blocks('Kalmar\n\nInvånare: 246 000\n\nDalarna\n\nInvånare: 288 000\n');
    expect(two.every((b) => b.kind === 'text')).toBe(true);
  });
});

describe('regionListFromItems (HTML list items)', () => {
  const line = (text: string, n: number) => ({ text, location: { file: 'p.html', line: n, column: 5 }, columns: [...text].map((_, i) => 5 + i) });

  it('reads items into a list grid, placing cells by the line\'s columns', () => {
    const grid = regionListFromItems([line('Örebro: 5,5 mnkr (5,0 mnkr)', 3), line('Kalmar: 4 mnkr', 4), line('Uppsala: 6 mnkr', 5)], isRegionLabel)!;
    expect(texts(grid)).toEqual([
      ['Örebro', '5,5', '5,0'],
      ['Kalmar', '4', ''],
      ['Uppsala', '6', ''],
    ]);
    expect(grid.unitNote?.text).toBe('mnkr');
    expect(grid.rows[0]!.cells[1]!.location).toEqual({ file: 'p.html', line: 3, column: 13, endColumn: 16 });
  });

  it('refuses items that are not all amounts, or not regions', () => {
    expect(regionListFromItems([line('Örebro: 5 mnkr', 1), line('Kalmar: se nedan', 2), line('Uppsala: 6 mnkr', 3)], isRegionLabel)).toBeNull();
    expect(regionListFromItems([line('Skolan: 5 mnkr', 1), line('Vården: 4 mnkr', 2), line('Kulturen: 6 mnkr', 3)], isRegionLabel)).toBeNull();
  });
});

describe('region lists: amounts in parentheses, rule lines, page breaks', () => {
  it('reads the whole amount in parentheses after the label', () => {
    expect(cut('- Region Kalmar (3,4 miljoner kronor)')).toEqual({ label: 'Region Kalmar', values: ['3,4 miljoner kronor'] });
    expect(cut('Västerbottens län (1 250 000 kr).')).toEqual({ label: 'Västerbottens län', values: ['1 250 000 kr'] });
    // Words after the figure inside the parentheses are no amount of the label.
    expect(cut('- Region Kalmar (3,4 miljoner till två projekt)')).toBeNull();
    expect(cut('Halland (2019')).toBeNull();
  });

  it('reads a list under a header and a rule line, with a rule line over its total', () => {
    const [grid] = blocks('LÄN          BELOPP\n=====================\nKalmar       1 200\nGotland        400\nHalland        900\n---------------------\nSumma        2 500\n') as [Grid];
    expect(texts(grid)).toEqual([
      ['LÄN', 'BELOPP'],
      ['Kalmar', '1 200'],
      ['Gotland', '400'],
      ['Halland', '900'],
      ['Summa', '2 500'],
    ]);
  });

  it('goes on over a page break: page number, form feed, running head', () => {
    const [grid] = blocks('- Dalarna: 4,0 mnkr\n- Gävleborg: 3,5 mnkr\n\n– 2 –\n\fPM Fördelning av medel\n\n- Värmland: 2,5 mnkr\n- Örebro: 1,5 mnkr\n') as [Grid];
    expect(texts(grid).map((r) => r[0])).toEqual(['Dalarna', 'Gävleborg', 'Värmland', 'Örebro']);
    const [other] = blocks('Region Dalarna 4,0\nRegion Gävleborg 3,5\nRegion Värmland 2,5\n\nSida 2 av 4\n\nRegion Örebro 1,5\n') as [Grid];
    expect(other.rows).toHaveLength(4);
  });
});

describe('a region list split in two by a lead-in of its own', () => {
  it('reads both parts as one list, the lead-in a row without figures and the second part marked as a reading', () => {
    const [grid] = blocks('Medlen fördelas så här:\n\n* Kalmar: 1,2 mnkr\n* Gotland: 0,4 mnkr\n\nTill regionerna i norr går:\n\n* Norrbotten: 2,0 mnkr\n* Västerbotten: 1,5 mnkr\n').slice(1) as [Grid];
    expect(texts(grid).map((r) => r[0])).toEqual(['Kalmar', 'Gotland', 'Till regionerna i norr går:', 'Norrbotten', 'Västerbotten']);
    expect(grid.rows[2]!.cells[1]!.text).toBe('');
    expect(grid.rows.map((r) => r.cells[1]!.uncertain !== undefined)).toEqual([false, false, false, true, true]);
    const [other] = blocks('1. Region Skåne 12\n2. Region Halland 8\nDärutöver:\n3. Region Blekinge 3\n') as [Grid];
    expect(other.rows).toHaveLength(4);
  });

  it('stops at a sentence with figures, one that does not open a list, or a region named again', () => {
    for (const between of ['Förra året fick de 3,1 mnkr:', 'Övriga regioner får inget.', 'Förra året fick regionerna:']) {
      const second = between.startsWith('Förra året fick regionerna') ? '* Kalmar: 1,0 mnkr\n* Halland: 0,9 mnkr' : '* Norrbotten: 2,0 mnkr\n* Västerbotten: 1,5 mnkr';
      const found = blocks(`Medlen fördelas så här:\n\n* Kalmar: 1,2 mnkr\n* Gotland: 0,4 mnkr\n* Halland: 0,8 mnkr\n\n${between}\n\n${second}\n`);
      const grid = found.find((b) => b.kind === 'grid') as Grid;
      expect(texts(grid).map((r) => r[0]), between).toEqual(['Kalmar', 'Gotland', 'Halland']);
    }
  });
});

describe('region list items that say what the amount is for', () => {
  it('reads the amount before a clause without figures', () => {
    expect(cut('- Region Uppsala får 12,3 miljoner kronor för att korta vårdköerna.')).toEqual({ label: 'Region Uppsala', values: ['12,3 miljoner kronor'] });
    expect(cut('Gotland: 4 mnkr till utbyggd kollektivtrafik')).toEqual({ label: 'Gotland', values: ['4 mnkr'] });
    expect(cut('* Kalmar län tilldelas 900 000 kronor som ska gå till skyddsjakt.')).toEqual({ label: 'Kalmar län', values: ['900 000 kronor'] });
  });
  it('leaves a clause with figures or one that is not about the amount alone', () => {
    expect(cut('- Region Uppsala får 12,3 miljoner kronor för 3 projekt.')).toBeNull();
    expect(cut('Gotland: 4 mnkr och Kalmar 3 mnkr')).toBeNull();
  });
});

describe('a lead-in with a year and words after it', () => {
  it('is no item, though a clause of purpose may follow an amount with its unit', () => {
    expect(cut('Bidraget per region, med 2023 inom parentes.')).toBeNull();
    expect(cut('Stödet till Kalmar 2024 avser hela länet.')).toBeNull();
  });
});

describe('a title over the list whose only figure is a year', () => {
  const grids = (text: string) => blocks(text).filter((b): b is Grid => b.kind === 'grid');
  it('is no row of the list, and stays text above it', () => {
    const text = 'Medel per region 2025\n\n- Region Halland, 14,2 mnkr\n- Region Kronoberg, 9,8 mnkr\n- Region Blekinge, 7,1 mnkr\n';
    const [g] = grids(text);
    expect(texts(g!)).toEqual([
      ['Region Halland', '14,2'],
      ['Region Kronoberg', '9,8'],
      ['Region Blekinge', '7,1'],
    ]);
    expect(blocks(text)[0]).toMatchObject({ kind: 'text', lines: [{ text: 'Medel per region 2025' }] });
    const [h] = grids('Länsstyrelsernas ramar 2022\n\nLänsstyrelsen i Kalmar län 61 295 tkr\nLänsstyrelsen i Gotlands län 20 410 tkr\nLänsstyrelsen i Blekinge län 33 020 tkr\n');
    expect(texts(h!).map((r) => r[0])).toEqual(['Länsstyrelsen i Kalmar län', 'Länsstyrelsen i Gotlands län', 'Länsstyrelsen i Blekinge län']);
  });

  it('stays a row when it names a region, or when the items are years too', () => {
    const [g] = grids('Region Skåne 2019\nRegion Halland 2021\nRegion Gotland 2020\n');
    expect(texts(g!).map((r) => r[0])).toEqual(['Region Skåne', 'Region Halland', 'Region Gotland']);
  });
});

describe('a total printed above the regions', () => {
  const grids = (text: string) => blocks(text).filter((b): b is Grid => b.kind === 'grid');
  it('is the list\'s first row, and the caption\'s unit holds for the list', () => {
    const [g] = grids('Fördelning per region (mnkr)\n\nTotalt 148,7\nRegion Stockholm 61,3\nRegion Uppsala 75,4\nRegion Skåne 12,0\n');
    expect(texts(g!)).toEqual([
      ['Totalt', '148,7'],
      ['Region Stockholm', '61,3'],
      ['Region Uppsala', '75,4'],
      ['Region Skåne', '12,0'],
    ]);
    const [h] = grids('Summa: 40 500 000 kronor\nKalmar län: 20 000 000 kronor\nGotlands län: 8 000 000 kronor\nBlekinge län: 12 500 000 kronor\n');
    expect(texts(h!).map((r) => r[0])).toEqual(['Summa', 'Kalmar län', 'Gotlands län', 'Blekinge län']);
  });

  it('is no list of its own when no regions follow it', () => {
    expect(grids('Totalt 148,7\n\nPengarna går till vården.\n')).toEqual([]);
  });
});

describe('region list items with a year or a phrase after the amount', () => {
  it('reads an item whose amount is followed by the year it is for', () => {
    expect(cut('Region Skåne – 45 miljoner kronor för 2024')).toEqual({ label: 'Region Skåne', values: ['45 miljoner kronor'] });
    expect(cut('Gotland: 4,5 mnkr år 2025.')).toEqual({ label: 'Gotland', values: ['4,5 mnkr'] });
    expect(cut('Kalmar län 12 300 000 kronor under 2023–2024')).toEqual({ label: 'Kalmar län', values: ['12 300 000 kronor'] });
  });

  it('reads a second figure in parentheses followed by its year', () => {
    expect(cut('Gotland: 4,5 miljoner kronor (4,1 miljoner kronor 2022)')).toEqual({ label: 'Gotland', values: ['4,5 miljoner kronor', '4,1 miljoner kronor'] });
    expect(cut('Region Halland 12,0 mnkr (11,2 mnkr år 2023)')).toEqual({ label: 'Region Halland', values: ['12,0 mnkr', '11,2 mnkr'] });
  });

  it('reads an amount followed by what kind of money it is ("i projektmedel")', () => {
    expect(cut('Region Skåne: 45 miljoner kronor i projektmedel')).toEqual({ label: 'Region Skåne', values: ['45 miljoner kronor'] });
    expect(cut('Norrbotten 8,2 mnkr i statsbidrag.')).toEqual({ label: 'Norrbotten', values: ['8,2 mnkr'] });
  });

  it('leaves a figure that is no year after the amount, and a bare figure followed by a year', () => {
    expect(cut('Gotland: 4,5 miljoner kronor till 12 projekt')).toBeNull();
    expect(cut('Region Skåne – 45 miljoner kronor för 150 000 invånare')).toBeNull();
    expect(cut('Region Skåne 45 2024')).toBeNull();
  });
});

describe('a region list over a page break whose page number the reader took out', () => {
  // The text reader drops the page number and the form feed; the running head of two lines stays between the items.
  it('goes on after a running head of one or two lines', () => {
    const doc = docOf({ text: 'Fördelning per region:\n\nRegion Dalarna 4,0 mnkr\nRegion Gävleborg 3,5 mnkr\nRegion Värmland 2,5 mnkr\n\n2 (3)\n\f\nPromemoria\n2024-05-04\n\nRegion Örebro län 1,5 mnkr\nRegion Västmanland 2,0 mnkr\nTotalt 13,5 mnkr\n' });
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows.map((r) => r.label)).toEqual(['Region Dalarna', 'Region Gävleborg', 'Region Värmland', 'Region Örebro län', 'Region Västmanland', 'Totalt']);
    const other = docOf({ text: 'Medel per län:\n\nKalmar län: 12 000 000 kronor\nGotlands län: 4 000 000 kronor\nBlekinge län: 6 000 000 kronor\n\nSida 1 av 2\n\f\nFördelning av medel till länen\n\nKronobergs län: 7 000 000 kronor\nSumma: 29 000 000 kronor\n' });
    expect(other.tables).toHaveLength(1);
    expect(other.tables[0]!.rows).toHaveLength(5);
  });
});

describe('a rule line the reader took out', () => {
  it('is no page break: a short line after it ends the list', () => {
    const doc = docOf({ text: 'Region Dalarna 4,0 mnkr\nRegion Gävleborg 3,5 mnkr\nRegion Värmland 2,5 mnkr\n----------\nNorra regioner\nRegion Norrbotten 1,5 mnkr\nRegion Västerbotten 2,0 mnkr\nRegion Jämtland Härjedalen 1,0 mnkr\n' });
    expect(doc.tables.map((t) => t.rows.length)).toEqual([3, 3]);
  });
});

describe('more ways a list line links a region to its amount', () => {
  it('reads the kronor sign ":-" after the figure as its unit', () => {
    expect(cut('Kalmar 20 000 000:-')).toEqual({ label: 'Kalmar', values: ['20 000 000:-'] });
    expect(cut('- Region Gotland: 4 500 000 :-')).toEqual({ label: 'Region Gotland', values: ['4 500 000 :-'] });
  });
  it('reads "med" between the region and its amount', () => {
    expect(cut('Dalarna med 27 miljoner kronor')).toEqual({ label: 'Dalarna', values: ['27 miljoner kronor'] });
    expect(cut('• Region Västerbotten med 20,5 mnkr.')).toEqual({ label: 'Region Västerbotten', values: ['20,5 mnkr'] });
    // "med" links, but is no verb: a clause after a bare figure is still no item.
    expect(cut('Region Skåne med 2023 som jämförelse.')).toBeNull();
  });
  it('reads "Till X går N", one region a line', () => {
    expect(cut('Till Region Kalmar län går 20,0 miljoner kronor.')).toEqual({ label: 'Region Kalmar län', values: ['20,0 miljoner kronor'] });
    expect(cut('Till Tierp betalas 3 400 000 kronor ut')).toBeNull();
    expect(cut('- Till Gotland gick 4,5 mnkr')).toEqual({ label: 'Gotland', values: ['4,5 mnkr'] });
  });
  it('keeps a county code before the name in the label, with the amount and its unit after', () => {
    expect(cut('08 Kalmar län 20 000 000 kr')).toEqual({ label: '08 Kalmar län', values: ['20 000 000 kr'] });
    expect(cut('* 25 Norrbottens län: 12,5 mnkr')).toEqual({ label: '25 Norrbottens län', values: ['12,5 mnkr'] });
  });
  it('makes a table of coded county lines, each row its region', () => {
    const doc = docOf({ text: 'Medlen per län:\n\n08 Kalmar län 20 000 000 kr\n07 Kronobergs län 14 000 000 kr\n10 Blekinge län 15 000 000 kr\n' });
    expect(doc.tables[0]!.rows.map((r) => [r.label, r.region?.code])).toEqual([
      ['08 Kalmar län', '08'],
      ['07 Kronobergs län', '07'],
      ['10 Blekinge län', '10'],
    ]);
    const signs = docOf({ text: 'Beviljat:\n\nUppsala 1 250 000:-\nGävleborg 980 000:-\nDalarna 1 040 000:-\n' });
    expect(signs.tables[0]!.rows.map((r) => [r.region?.code, r.cells[0]!.value?.toFixed()])).toEqual([
      ['03', '1250000'],
      ['21', '980000'],
      ['20', '1040000'],
    ]);
  });
  it('leaves leader dots out of the label', () => {
    expect(cut('Region Skåne …………… 12,3 mnkr')).toEqual({ label: 'Region Skåne', values: ['12,3 mnkr'] });
    expect(cut('- Kalmar län ........ 20 000 000')).toEqual({ label: 'Kalmar län', values: ['20 000 000'] });
  });
});


describe('sentences around a region list that carry a figure', () => {
  const grids = (text: string) => blocks(text).filter((b): b is Grid => b.kind === 'grid');
  it('a sentence that ends in a colon is the lead-in, not the first item', () => {
    expect(cut('Totalt omfattar satsningen 25,5 mnkr. Så här fördelas stödet:')).toBeNull();
    expect(cut('Sammanlagt 40 miljoner kronor. Pengarna fördelas så här:')).toBeNull();
    const text = 'Totalt omfattar satsningen 25,5 mnkr. Så här fördelas stödet:\n\nGotland – 4,5 mnkr\nBlekinge – 6 mnkr\nNorrbotten – 9 mnkr\n';
    const [g] = grids(text);
    expect(texts(g!)).toEqual([['Gotland', '4,5'], ['Blekinge', '6'], ['Norrbotten', '9']]);
    expect(blocks(text)[0]).toMatchObject({ kind: 'text' });
  });

  it('a sentence whose only figure is the year after a preposition is no item after the list', () => {
    expect(cut('Stödet ska användas under 2022.')).toBeNull();
    expect(cut('Bidraget gäller från 2024.')).toBeNull();
    const text = '- Region Halland: 14,2 mnkr\n- Region Kronoberg: 9,8 mnkr\n- Region Blekinge: 7,1 mnkr\n\nMedlen ska redovisas före 2026.\n';
    expect(texts(grids(text)[0]!).map((r) => r[0])).toEqual(['Region Halland', 'Region Kronoberg', 'Region Blekinge']);
  });

  it('still reads items whose amount has a year after it, or is itself a region\'s figure', () => {
    expect(cut('Region Skåne: 12,3 mnkr för 2024')).toEqual({ label: 'Region Skåne', values: ['12,3 mnkr'] });
    expect(cut('Region Gotland 2020')).toEqual({ label: 'Region Gotland', values: ['2020'] });
  });
});

describe('a sentence with an amount set apart from the regions by a blank line', () => {
  const grids = (text: string) => blocks(text).filter((b): b is Grid => b.kind === 'grid');
  it('above the list opens it: text, not the first row', () => {
    const text = 'Regeringen har i dag beslutat att betala ut 52 miljoner kronor till sex regioner.\n\nRegion Norrbotten får 10 miljoner kronor.\nRegion Västerbotten får 9 miljoner kronor.\nRegion Dalarna får 9 miljoner kronor.\n';
    expect(texts(grids(text)[0]!).map((r) => r[0])).toEqual(['Region Norrbotten', 'Region Västerbotten', 'Region Dalarna']);
    expect(blocks(text)[0]).toMatchObject({ kind: 'text' });
    const other = 'Sammanlagt delar länsstyrelserna på 4,2 mnkr i år.\n\nUppsala – 1,5 mnkr\nGotland – 0,9 mnkr\nKalmar – 1,8 mnkr\n';
    expect(texts(grids(other)[0]!).map((r) => r[0])).toEqual(['Uppsala', 'Gotland', 'Kalmar']);
  });

  it('below the list closes it: text, not the last row', () => {
    const text = '- Region Halland: 14,2 mnkr\n- Region Kronoberg: 9,8 mnkr\n- Region Blekinge: 7,1 mnkr\n\nMedlen ska redovisas senast 31 mars 2025.\n';
    expect(texts(grids(text)[0]!).map((r) => r[0])).toEqual(['Region Halland', 'Region Kronoberg', 'Region Blekinge']);
    const other = 'Uppsala: 1,5 mnkr\nGotland: 0,9 mnkr\nKalmar: 1,8 mnkr\n\nDe övriga länen fick tillsammans 12 mnkr.\n';
    expect(texts(grids(other)[0]!).map((r) => r[0])).toEqual(['Uppsala', 'Gotland', 'Kalmar']);
  });

  it('a short label that names no region stays a row, as does a sentence without a blank line', () => {
    const text = 'Övriga: 2 mnkr\n\nUppsala: 1,5 mnkr\nGotland: 0,9 mnkr\nKalmar: 1,8 mnkr\n';
    expect(texts(grids(text)[0]!).map((r) => r[0])).toEqual(['Övriga', 'Uppsala', 'Gotland', 'Kalmar']);
    // Long, but an item's shape (a colon, no full stop): a row of the list, which a lead's total may count.
    const long = 'Uppsala: 1,5 mnkr\nGotland: 0,9 mnkr\nKalmar: 1,8 mnkr\n\nÖvriga län och myndigheter: 5 mnkr\n';
    expect(texts(grids(long)[0]!).map((r) => r[0])).toEqual(['Uppsala', 'Gotland', 'Kalmar', 'Övriga län och myndigheter']);
  });
});
