import { describe, expect, it } from 'vitest';
import { blankSeparatedTableAhead, detectBlankSeparatedCells } from '../../src/layout/blank-separated-cells.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/**
 * Tables copied one cell a line with a blank line between every two cells, an empty cell a line
 * of only a no-break space: written for this test in two shapes or wordings each, values checked
 * by hand.
 */
const E = '\u00a0';
/** Paragraphs of text, then the cells, each a line, a blank line between every two. */
const page = (before: string[], cells: string[], after: string[] = []): string => [...before, ...cells, ...after].join('\n\n') + '\n';
const doc = (text: string) => docOf({ file: 't.txt', text });
const rows = (text: string, t = 0): string[][] => doc(text).tables[t]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('a code column: a total or a part row leaves its code cell empty', () => {
  it('reads a total at the head and "varav" rows without codes', () => {
    const text = page(
      ['Uppgifterna redovisas i tkr.', 'Tabell 3 Bidrag per kommun'],
      ['Kod', 'Kommun', 'Bidrag', 'Utbetalt',
        E, 'Summa', '1 500', '1 200',
        '0180', 'Stockholm', '900', '700',
        E, 'varav skola', '400', '300',
        '0115', 'Vallentuna', '600', '500'],
      ['Källa: kommunerna.'],
    );
    expect(doc(text).tables[0]!.caption).toBe('Tabell 3 Bidrag per kommun');
    expect(rows(text)).toEqual([
      ['Summa', '1500000', '1200000'],
      ['Stockholm', '900000', '700000'],
      ['varav skola', '400000', '300000'],
      ['Vallentuna', '600000', '500000'],
    ]);
  });

  it('reads codes in no order, an empty value cell, and a total at the foot under a caption', () => {
    const text = page(
      ['Tabell 2. Medel per län 2024'],
      ['Länskod', 'Län', '2023', '2024', '2025',
        '12', 'Skåne län', '40', E, '44',
        '01', 'Stockholms län', '75', '80', '82',
        E, 'därav Stockholms stad', '30', '31', '33',
        '03', 'Uppsala län', '20', '21', E,
        E, 'Totalt', '135', '101', '126'],
    );
    const d = doc(text);
    expect(d.tables[0]!.caption).toBe('Tabell 2. Medel per län 2024');
    expect(rows(text)).toEqual([
      ['Skåne län', '40', '', '44'],
      ['Stockholms län', '75', '80', '82'],
      ['därav Stockholms stad', '30', '31', '33'],
      ['Uppsala län', '20', '21', ''],
      ['Totalt', '135', '101', '126'],
    ]);
  });
});

describe('a wide table of few rows', () => {
  it('reads three rows under fourteen titles', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec', 'Helår'];
    const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const b = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const row = (label: string, xs: number[]) => [label, ...xs.map(String), String(sum(xs))];
    const total = a.map((x, i) => x + b[i]!);
    const text = page(['Antal ärenden per månad'], ['Enhet', ...months, ...row('Norr', a), ...row('Söder', b), ...row('Hela landet', total)]);
    expect(rows(text)).toEqual([row('Norr', a), row('Söder', b), row('Hela landet', total)]);
  });

  it('reads three rows under titles of quarters, one cell left empty', () => {
    const titles = ['Område', 'Kvartal 1', 'Kvartal 2', 'Kvartal 3', 'Kvartal 4', 'Kvartal 5', 'Kvartal 6', 'Kvartal 7', 'Kvartal 8', 'Kvartal 9', 'Kvartal 10', 'Kvartal 11', 'Kvartal 12'];
    const text = page(['Utbetalt per kvartal.'], [
      ...titles,
      'Väst', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16',
      'Öst', '1', E, '3', '4', '5', '6', '7', '8', '9', '10', '11', '12',
      'Alla', '6', '6', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28',
    ]);
    expect(rows(text)).toEqual([
      ['Väst', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16'],
      ['Öst', '1', '', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
      ['Alla', '6', '6', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28'],
    ]);
  });
});

describe('text above the header', () => {
  it('keeps a sentence naming the unit out of a header whose label column is untitled, and reads the unit from it', () => {
    const text = page(
      ['Regeringen har beslutat om fördelningen.', 'Beloppen anges i tusental kronor.', 'Tabell 5 Kostnader per verksamhet'],
      ['Nr', E, 'Budget', 'Utfall', '1', 'Skola', '120', '118', '2', 'Vård', '300', E, '3', 'Omsorg', '210', '205', E, 'Summa', '630', '323'],
    );
    // The sentences above the caption are text: a table of this layout opens a few cells on; the caption is its own.
    const lines = src(text);
    expect([0, 2, 4].map((i) => blankSeparatedTableAhead(lines, i))).toEqual([true, true, false]);
    const found = detectBlankSeparatedCells('t.txt', lines, 4);
    expect(found?.grid.caption?.text).toBe('Tabell 5 Kostnader per verksamhet');
    expect(found?.grid.rows[0]!.cells.map((c) => c.text)).toEqual(['Nr', '', 'Budget', 'Utfall']);
    expect(doc(text).tables[0]!.caption).toBe('Tabell 5 Kostnader per verksamhet');
    expect(rows(text)).toEqual([
      ['Skola', '120000', '118000'],
      ['Vård', '300000', ''],
      ['Omsorg', '210000', '205000'],
      ['Summa', '630000', '323000'],
    ]);
  });

  it('takes a caption right above the header for the caption, not a title', () => {
    const text = page(
      ['Bidrag per förening 2023, kronor'],
      ['Förening', 'Sökt', 'Beviljat', 'Idrott', '5 000', '4 000', 'Kultur', '3 000', '2 500', 'Natur', E, '1 000', 'Musik', '800', '800'],
    );
    const found = detectBlankSeparatedCells('t.txt', src(text), 0);
    expect(found?.grid.caption?.text).toBe('Bidrag per förening 2023, kronor');
    expect(found?.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Förening', 'Sökt', 'Beviljat'],
      ['Idrott', '5 000', '4 000'],
      ['Kultur', '3 000', '2 500'],
      ['Natur', '', '1 000'],
      ['Musik', '800', '800'],
    ]);
  });
});

describe('titles over groups of columns', () => {
  it('puts each group over its run of repeated titles', () => {
    const text = page(
      ['Kostnader per nämnd'],
      ['Budget', 'Utfall', 'Nämnd', '2023', '2024', '2023', '2024',
        'Barn', '10', '11', '9', '12',
        'Miljö', '4', '5', '4', E,
        'Kultur', '6', '6', '7', '6'],
    );
    const found = detectBlankSeparatedCells('t.txt', src(text), 0);
    expect(found?.grid.caption?.text).toBe('Kostnader per nämnd');
    expect(found?.grid.headerRows).toBe(2);
    expect(found?.grid.rows[0]!.cells.map((c) => [c.text, c.colspan])).toEqual([['', 1], ['Budget', 2], ['Utfall', 2]]);
    expect(rows(text)).toEqual([
      ['Barn', '10', '11', '9', '12'],
      ['Miljö', '4', '5', '4', ''],
      ['Kultur', '6', '6', '7', '6'],
    ]);
    expect(doc(text).tables[0]!.columns.map((c) => c.header)).toEqual([['Budget', '2023'], ['Budget', '2024'], ['Utfall', '2023'], ['Utfall', '2024']]);
  });

  it('reads a last group shorter than the others', () => {
    const text = page(
      ['Tabell 7. Elever per skola'],
      ['Flickor', 'Pojkar', 'Skola', 'HT', 'VT', 'HT',
        'Ekskolan', '20', '21', '19',
        'Björkskolan', '15', E, '14',
        'Tallskolan', '30', '29', '31',
        'Aspskolan', '12', '12', '13'],
    );
    expect(doc(text).tables[0]!.columns.map((c) => c.header)).toEqual([['Flickor', 'HT'], ['Flickor', 'VT'], ['Pojkar', 'HT']]);
    expect(rows(text)).toEqual([
      ['Ekskolan', '20', '21', '19'],
      ['Björkskolan', '15', '', '14'],
      ['Tallskolan', '30', '29', '31'],
      ['Aspskolan', '12', '12', '13'],
    ]);
    const years = page(['Utgifter per område, tkr'], ['Utfall', 'Budget', 'Område', '2023', '2024', '2023', 'Norr', '1', '2', '3', 'Mitt', '4', '5', '6', 'Syd', '7', '8', '9', 'Väst', '1', '1', '1']);
    const found = detectBlankSeparatedCells('t.txt', src(years), 0);
    expect(found?.grid.caption?.text).toBe('Utgifter per område, tkr');
    expect(found?.grid.rows[0]!.cells.map((c) => [c.text, c.colspan])).toEqual([['', 1], ['Utfall', 2], ['Budget', 1]]);
  });

  it('reads a title over every group as the caption, the unit in a caption above it', () => {
    const text = page(
      ['Tabell 4. Stöd per region, tkr'],
      ['Stöd och ansökningar', 'Norra', 'Södra', 'Region', 'Antal', 'Belopp', 'Antal', 'Belopp',
        'Kiruna', '3', '120', '2', '80',
        'Luleå', '5', '200', E, E,
        'Umeå', '4', '150', '6', '260'],
    );
    expect(rows(text)).toEqual([
      ['Kiruna', '3', '120000', '2', '80000'],
      ['Luleå', '5', '200000', '', ''],
      ['Umeå', '4', '150000', '6', '260000'],
    ]);
  });
});

describe('one title above the groups', () => {
  const body = ['Norr', '3', '120', '2', '80', 'Syd', '5', '200', '4', '150', 'Väst', '4', '150', '6', '260'];

  it('is a title over every group when written as one, after a sentence', () => {
    for (const top of ['Regionalt företagsstöd', 'Statligt stöd, totalt']) {
      const text = page(['Beloppen anges i tusental kronor.'], [top, '2023', '2024', 'Region', 'Antal', 'Belopp', 'Antal', 'Belopp', ...body]);
      const found = detectBlankSeparatedCells('t.txt', src(text), 2);
      expect(found?.grid.caption).toBeNull();
      expect(found?.grid.rows[0]!.cells.map((c) => [c.text, c.colspan])).toEqual([['', 1], [`${top} 2023`, 2], [`${top} 2024`, 2]]);
      expect(doc(text).tables[0]!.columns.map((c) => c.header)).toEqual([[`${top} 2023`, 'Antal'], [`${top} 2023`, 'Belopp'], [`${top} 2024`, 'Antal'], [`${top} 2024`, 'Belopp']]);
    }
  });

  it('is the unit when it names the unit alone', () => {
    for (const [unit, scale] of [['Belopp i tusental kronor', '000'], ['mnkr', '000000']] as const) {
      const text = page(['Stöd per region och år'], [unit, '2023', '2024', 'Region', 'Antal', 'Belopp', 'Antal', 'Belopp', ...body]);
      expect(rows(text)).toEqual([
        ['Norr', '3', '120' + scale, '2', '80' + scale],
        ['Syd', '5', '200' + scale, '4', '150' + scale],
        ['Väst', '4', '150' + scale, '6', '260' + scale],
      ]);
      expect(doc(text).tables[0]!.columns.map((c) => c.header)).toEqual([['2023', 'Antal'], ['2023', 'Belopp'], ['2024', 'Antal'], ['2024', 'Belopp']]);
    }
  });

  it('is a title over every column under the caption, the unit in the caption', () => {
    const text = page(['Tabell 6. Stöd per region, tkr'], ['Stöd', 'Region', 'Sökt', 'Beviljat', 'Norr', '10', '8', 'Syd', '20', '15', 'Väst', '30', E, 'Öst', '5', '5']);
    expect(doc(text).tables[0]!.caption).toBe('Tabell 6. Stöd per region, tkr');
    expect(doc(text).tables[0]!.columns.map((c) => c.header)).toEqual([['Stöd', 'Sökt'], ['Stöd', 'Beviljat']]);
    expect(rows(text)).toEqual([
      ['Norr', '10000', '8000'],
      ['Syd', '20000', '15000'],
      ['Väst', '30000', ''],
      ['Öst', '5000', '5000'],
    ]);
  });
});

describe('the label column\'s title set before the groups', () => {
  it('reads "Län" over the groups "Antal" and "Andel (%)", each over "Kvinnor" and "Män"', () => {
    const text = page(
      ['Sysselsatta efter län och kön 2023.'],
      ['Län', 'Antal', 'Andel (%)', 'Kvinnor', 'Män', 'Kvinnor', 'Män',
        'Stockholms län', '612 300', '650 100', '48,5', '51,5',
        'Uppsala län', '98 200', '101 400', '49,2', '50,8',
        'Skåne län', '350 800', '372 900', '48,5', '51,5',
        'Riket', '1 061 300', '1 124 400', '48,6', '51,4'],
    );
    const t = doc(text).tables[0]!;
    expect(t.labelHeader).toBe('Län');
    expect(t.columns.map((c) => c.header)).toEqual([['Antal', 'Kvinnor'], ['Antal', 'Män'], ['Andel (%)', 'Kvinnor'], ['Andel (%)', 'Män']]);
    expect(t.rows.map((r) => r.region?.code ?? null)).toEqual(['01', '03', '12', null]);
    expect(rows(text)).toEqual([
      ['Stockholms län', '612300', '650100', '48.5', '51.5'],
      ['Uppsala län', '98200', '101400', '49.2', '50.8'],
      ['Skåne län', '350800', '372900', '48.5', '51.5'],
      ['Riket', '1061300', '1124400', '48.6', '51.4'],
    ]);
  });

  it('reads a caption, "Kommun", then the groups, and checks the total over each column', () => {
    const cells = (total: string) => [
      'Tabell 2. Anställda per kommun, 2022', 'Kommun', 'Tillsvidare', 'Visstid', 'Kvinnor', 'Män', 'Kvinnor', 'Män',
      'Ale', '1 200', '400', '150', '80',
      'Alingsås', '1 650', '520', '210', '95',
      'Borås', '4 900', '1 800', '610', '330',
      'Summa', '7 750', '2 720', '970', total,
    ];
    const text = page([], cells('505'));
    const t = doc(text).tables[0]!;
    expect(t.caption).toBe('Tabell 2. Anställda per kommun, 2022');
    expect(t.labelHeader).toBe('Kommun');
    expect(t.columns.map((c) => c.header)).toEqual([['Tillsvidare', 'Kvinnor'], ['Tillsvidare', 'Män'], ['Visstid', 'Kvinnor'], ['Visstid', 'Män']]);
    expect(rows(text)).toEqual([
      ['Ale', '1200', '400', '150', '80'],
      ['Alingsås', '1650', '520', '210', '95'],
      ['Borås', '4900', '1800', '610', '330'],
      ['Summa', '7750', '2720', '970', '505'],
    ]);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity !== 'info')).toEqual([]);
    // 80 + 95 + 330 = 505: a total of 515 is misprinted, read from a certain header.
    const wrong = findingsOf(columnTotal, page([], cells('515')));
    expect(wrong.map((f) => f.severity)).toEqual(['error']);
  });

  it('takes a caption worded as one for the caption, the title after it for the rows\' title', () => {
    for (const caption of ['Elever per län', 'Antal elever efter län och termin']) {
      const text = page([], [caption, 'Län', 'Hösten', 'Våren', 'Flickor', 'Pojkar', 'Flickor', 'Pojkar', 'Hallands län', '10', '11', '9', '12', 'Gotlands län', '20', '21', '19', '22', 'Kalmar län', '3', '4', '3', '4']);
      const t = doc(text).tables[0]!;
      expect(t.caption).toBe(caption);
      expect(t.labelHeader).toBe('Län');
      expect(t.columns.map((c) => c.header)).toEqual([['Hösten', 'Flickor'], ['Hösten', 'Pojkar'], ['Våren', 'Flickor'], ['Våren', 'Pojkar']]);
      expect(rows(text)).toEqual([['Hallands län', '10', '11', '9', '12'], ['Gotlands län', '20', '21', '19', '22'], ['Kalmar län', '3', '4', '3', '4']]);
    }
  });
});

describe('what is not a table of this layout', () => {
  it('starts no table inside a header: a unit row under the titles is no header of its own', () => {
    // "st" / "tkr" under "Antal" / "Belopp": read from there, the titles above would be left out.
    const text = page(['Ansökningar per län'], ['Beviljat', 'Avslaget', 'Län', 'Antal', 'Belopp', 'Antal', 'Belopp', 'st', 'tkr', 'st', 'tkr', 'Norr', '12', '3 600', '4', '900', 'Syd', '9', '2 700', '3', '600', 'Väst', '5', '1 500', '2', '400']);
    const lines = src(text);
    for (let i = 0; i <= 20; i += 2) expect(detectBlankSeparatedCells('t.txt', lines, i)).toBeNull();
    const other = page([], ['Kommun', 'Elever', 'Lärare', 'Elever', 'Lärare', 'antal', 'antal', 'antal', 'antal', 'Ale', '10', '1', '11', '1', 'Bollebygd', '20', '2', '21', '2', 'Borås', '30', '3', '31', '3']);
    expect(detectBlankSeparatedCells('t.txt', src(other), 10)).toBeNull();
  });


  it('reads nothing where the cells do not fall into rows of the header width', () => {
    expect(detectBlankSeparatedCells('t.txt', src(page([], ['Enhet', 'Inkomna', 'Avgjorda', 'Norr', '1', '2', 'Söder', '3', 'Öster', '5', '6', 'Väster', '7', '8'])), 0)).toBeNull();
    expect(detectBlankSeparatedCells('t.txt', src(page([], ['Ort', 'Antal', 'Andel', 'Norr', '1', '2', 'Söder', '3', '4'])), 0)).toBeNull();
  });

  it('leaves a table whose empty cells are a blank line more to the reader of that layout', () => {
    // "Resultat" leaves its note cell empty: two blank lines between its label and its first figure.
    const text = 'Post\n\nNot\n\n2023\n\n2022\n\nIntäkter\n\n1\n\n10\n\n9\n\nKostnader\n\n2\n\n-8\n\n-7\n\nSkatt\n\n3\n\n-1\n\n-1\n\nResultat\n\n\n1\n\n1\n';
    expect(detectBlankSeparatedCells('t.txt', src(text), 0)).toBeNull();
    // Read whole by that reader (the note column is no figures').
    expect(rows(text)).toEqual([
      ['Intäkter', '10', '9'],
      ['Kostnader', '-8', '-7'],
      ['Skatt', '-1', '-1'],
      ['Resultat', '1', '1'],
    ]);
    // The same with its last row cut mid-row by the blank line more.
    const cut = 'Ort\n\nNot\n\nAntal\n\nAndel\n\nNorr\n\n1\n\n10\n\n9\n\nSöder\n\n2\n\n8\n\n7\n\nÖster\n\n3\n\n1\n\n1\n\nVäster\n\n\n1\n\n1\n';
    expect(detectBlankSeparatedCells('t.txt', src(cut), 0)).toBeNull();
  });

  it('ends the table at a note under it', () => {
    const text = page([], ['Enhet', 'Inkomna', 'Avgjorda', 'Norr', '1', '2', 'Söder', '3', '4', 'Öster', '5', '6', 'Väster', '7', '8'], ['Uppgifterna avser hela året.', '12']);
    const found = detectBlankSeparatedCells('t.txt', src(text), 0);
    expect(found?.grid.rows.map((r) => r.cells[0]!.text)).toEqual(['Enhet', 'Norr', 'Söder', 'Öster', 'Väster']);
    expect(found?.end).toBe(29);
  });
});
