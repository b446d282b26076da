import { describe, expect, it } from 'vitest';
import { amountLine, detectLabelAmountLines } from '../../src/layout/label-amount-lines.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** One amount a line after its label, written for this test in layouts of its own. */
const rowsOf = (text: string) =>
  docOf({ file: 'a.txt', text }).tables.map((t) => ({
    unit: t.unit ? `${t.unit}×${t.scale}` : null,
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

const split = (raw: string) => {
  const a = amountLine({ raw, line: 1 });
  return a ? [raw.slice(0, a.labelEnd), raw.slice(a.valueStart, a.valueEnd)] : null;
};

describe('amountLine', () => {
  it('takes the longest run of digit groups that ends the line as the amount', () => {
    expect(split('3:2 Bidrag till idrotten 1 204 300')).toEqual(['3:2 Bidrag till idrotten', '1 204 300']);
    expect(split('Räntekostnader m.m. -12 450,5')).toEqual(['Räntekostnader m.m.', '-12 450,5']);
    expect(split('Övrigt (netto) 845')).toEqual(['Övrigt (netto)', '845']);
  });

  it('refuses a label that ends in a number, a sentence, a bullet and a lone figure', () => {
    expect(split('Utgiftsområde 2 4 150')).toBeNull();
    expect(split('Det blev fler. Antalet ökade till 1 200')).toBeNull();
    expect(split('- Kultur 1 200')).toBeNull();
    expect(split('1 200')).toBeNull();
  });

  it('reads a clipped word or an initial in a name as no sentence end', () => {
    expect(split('Idrottsfören. Gnistan 12 000')).toEqual(['Idrottsfören. Gnistan', '12 000']);
    expect(split('Kungl. Musikaliska akademien 45 500')).toEqual(['Kungl. Musikaliska akademien', '45 500']);
    expect(split('K. Berg Bygg AB 8 750')).toEqual(['K. Berg Bygg AB', '8 750']);
    expect(split('Beviljas i år. Hembygden 8 750')).toBeNull();
  });
});

describe('tables of one amount column', () => {
  it('reads lines under a unit line, with a label wrapped over two lines', () => {
    const text = [
      'Resultaträkning',
      '',
      'Tusental kronor',
      'Verksamhetens intäkter 412 330',
      'Verksamhetens kostnader -1 240 118',
      'Avskrivningar och nedskrivningar av materiella',
      'anläggningstillgångar -38 200,5',
      'Verksamhetens nettokostnader -865 988,5',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      {
        unit: 'SEK×1000',
        rows: [
          ['Verksamhetens intäkter', '412330000'],
          ['Verksamhetens kostnader', '-1240118000'],
          ['Avskrivningar och nedskrivningar av materiella anläggningstillgångar', '-38200500'],
          ['Verksamhetens nettokostnader', '-865988500'],
        ],
      },
    ]);
  });

  it('joins a table continued after a page number under its repeated unit line, and keeps two titled tables apart', () => {
    const page = [
      'Miljoner kronor',
      '4:1 Polismyndigheten 28 400',
      '4:2 Säkerhetspolisen 1 560',
      '4:3 Åklagarmyndigheten 1 890',
      '',
      '12',
      '',
      'Prop. 2025/26:1 Utgiftsområde 4',
      '',
      'Miljoner kronor',
      '4:4 Ekobrottsmyndigheten 710',
      '4:5 Domstolsverket 6 050',
      '4:6 Kriminalvården 11 200',
      '',
    ].join('\n');
    const joined = rowsOf(page);
    expect(joined.map((t) => t.rows.length)).toEqual([6]);
    expect(joined[0]!.rows[3]).toEqual(['4:4 Ekobrottsmyndigheten', '710000000']);

    const titled = [
      'Intäkter per enhet',
      'Tusental kronor',
      'Förskola 12 300',
      'Grundskola 45 800',
      'Gymnasieskola 31 050',
      '',
      'Kostnader per enhet',
      '',
      'Tusental kronor',
      'Förskola 98 100',
      'Grundskola 301 250',
      'Gymnasieskola 210 900',
      '',
    ].join('\n');
    expect(rowsOf(titled).map((t) => t.rows.length)).toEqual([3, 3]);
  });

  it('leaves lists that end in small numbers alone', () => {
    expect(rowsOf(['Innehåll', 'Inledning 3', 'Bakgrund 7', 'Förslag 12', ''].join('\n'))).toEqual([]);
  });

  it('makes a sum that disagrees over such cells a warning, never an error', () => {
    const text = ['Kronor', 'Hyresintäkter 12 400', 'Arrenden 2 100', 'Parkering 1 050', 'Summa 15 600', ''].join('\n');
    const found = findingsOf(columnTotal, [{ file: 'case.txt', text }]).map((f) => [f.severity, /enkla mellanslag/.test(f.message)]);
    expect(found).toEqual([['warning', true]]);
  });
});

describe('tables of one amount column after other lines', () => {
  it('are found under a title line, after a run of small numbers and after a failed start', () => {
    const text = ['Intäkter', 'Avgifter 12 400', 'Bidrag 8 150', 'Hyror 3 900', ''].join('\n');
    expect(rowsOf(text).map((t) => t.rows.length)).toEqual([3]);
  });
});

describe('labels that end in a range', () => {
  it('reads the amount after a range as the label’s last word, in two layouts', () => {
    expect(split('Elever i årskurs 7-9 1 245')).toEqual(['Elever i årskurs 7-9', '1 245']);
    expect(split('Investeringsplan 2024–2026 12 500')).toEqual(['Investeringsplan 2024–2026', '12 500']);
    const text = ['Personal och snittlön', '', 'Lärare F-3 34 120', 'Lärare 4-6 35 010', 'Fritidspedagog 31 900', 'Rektor 49 850', ''].join('\n');
    expect(rowsOf(text)[0]!.rows).toEqual([
      ['Lärare F-3', '34120'],
      ['Lärare 4-6', '35010'],
      ['Fritidspedagog', '31900'],
      ['Rektor', '49850'],
    ]);
  });
});

describe('one amount a line under a title of its year, signs, notes and sections', () => {
  it('reads small figures under a title line whose figure title is a year, with or without a unit, in three layouts', () => {
    const kommun = ['Elever per kommun', '', 'Kommun 2023', 'Ludvika 412', 'Smedjebacken 168', 'Avesta 307', ''].join('\n');
    expect(rowsOf(kommun)).toEqual([{ unit: null, rows: [['Ludvika', '412'], ['Smedjebacken', '168'], ['Avesta', '307']] }]);
    // The unit set in the label column's title.
    const stub = ['Bidrag per förening', '', 'tkr 2022', 'Scouterna 45', 'IK Falken 120', 'Musikkåren 18', ''].join('\n');
    expect(rowsOf(stub)[0]!.rows).toEqual([['Scouterna', '45000'], ['IK Falken', '120000'], ['Musikkåren', '18000']]);
    // The year and its unit alone over the figures; a label of two letters.
    const share = ['Andel av kostnaderna', '', '2021 (%)', 'IT 7,5', 'Lokaler 31,0', 'Personal 61,5', ''].join('\n');
    expect(rowsOf(share)[0]!.rows).toEqual([['IT', '7.5'], ['Lokaler', '31'], ['Personal', '61.5']]);
    expect(docOf({ file: 'a.txt', text: share }).tables[0]!.columns.map((c) => [c.header.join(' '), c.unit])).toEqual([['2021 (%)', 'percent']]);
  });

  it('reads amounts with a plus or minus sign, after a label that ends in a number, and without digit groups', () => {
    const signed = ['Förändring mot budget', 'Tusental kronor', 'Projekt 12 −8 724', 'Fas 3 +2 150', 'Övrigt +310', ''].join('\n');
    expect(rowsOf(signed)[0]!.rows).toEqual([['Projekt 12', '-8724000'], ['Fas 3', '2150000'], ['Övrigt', '310000']]);
    const ungrouped = ['Län Kostnad per invånare', 'Dalarna 9135,85', 'Gävleborg 12480,5', 'Jämtland 10012,25', ''].join('\n');
    expect(rowsOf(ungrouped)[0]!.rows).toEqual([
      ['Dalarna', '9135.85'],
      ['Gävleborg', '12480.5'],
      ['Jämtland', '10012.25'],
    ]);
  });

  it('keeps section headings between the rows, and a note mark after an amount, in two layouts', () => {
    const sections = [
      'Tabell 3. Medel per kommun, miljoner kronor',
      '',
      'Kommun 2024',
      'Intäkter',
      'Alingsås 2 415',
      'Lerum 1 120¹',
      'Summa intäkter 3 535',
      'Kostnader',
      'Alingsås 1 900',
      'Lerum 1 035*',
      'Summa kostnader 2 935',
      '',
    ].join('\n');
    expect(rowsOf(sections)).toEqual([
      {
        unit: 'SEK×1000000',
        rows: [
          ['Intäkter', null],
          ['Alingsås', '2415000000'],
          ['Lerum', '1120000000'],
          ['Summa intäkter', '3535000000'],
          ['Kostnader', null],
          ['Alingsås', '1900000000'],
          ['Lerum', '1035000000'],
          ['Summa kostnader', '2935000000'],
        ],
      },
    ]);
    const headed = ['Kronor', 'Driftbidrag', 'Föreningen Norr 12 400', 'Föreningen Syd 8 150', 'Investeringsbidrag', 'Föreningen Norr 3 900', 'Föreningen Öst 5 020', ''].join('\n');
    expect(rowsOf(headed)[0]!.rows.map((r) => r[0])).toEqual(['Driftbidrag', 'Föreningen Norr', 'Föreningen Syd', 'Investeringsbidrag', 'Föreningen Norr', 'Föreningen Öst']);
  });

  it('takes neither a bare year after a label for an amount nor a heading-like line as a table alone', () => {
    expect(split('Budget 2024')).toBeNull();
    expect(rowsOf(['Rapporten', 'Inledning', 'Bakgrund 2019', 'Slutsatser 2021', ''].join('\n'))).toEqual([]);
  });
});

describe('rows that give no figure in a table of one amount column', () => {
  const read = (text: string) =>
    docOf({ file: 'b.txt', text }).tables.map((t) => t.rows.map((r) => [r.code ?? null, r.label, r.kind, r.region?.name ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? c.raw)]));

  it('keeps a code column whole over an empty cell, "..", a dash and a note mark set apart', () => {
    const text = ['Beviljade ansökningar per län', '', 'Kod Antal', '01 Stockholms län 412', '03 Uppsala län 96', '04 Södermanlands län', '05 Östergötlands län ..', '06 Jönköpings län 57 *', '07 Kronobergs län –', 'Summa 565', ''].join('\n');
    expect(read(text)).toEqual([
      [
        ['01', 'Stockholms län', 'data', 'Region Stockholm', '412'],
        ['03', 'Uppsala län', 'data', 'Region Uppsala', '96'],
        ['04', 'Södermanlands län', 'data', 'Region Sörmland', ''],
        ['05', 'Östergötlands län', 'data', 'Region Östergötland', '..'],
        ['06', 'Jönköpings län', 'data', 'Region Jönköpings län', '57'],
        // A dash is read as zero, marked uncertain.
        ['07', 'Kronobergs län', 'data', 'Region Kronoberg', '0'],
        [null, 'Summa', 'total', null, '565'],
      ],
    ]);
  });

  it('keeps a table under a unit line whole over blank markers and a figure with its note apart', () => {
    const text = ['Bidrag per region', '', 'Tusental kronor', 'Region Norrbotten 1 204', 'Region Västerbotten ..', 'Region Jämtland Härjedalen 3 310 ¹', 'Region Västernorrland –', 'Region Gävleborg 2 118', 'Summa 6 632', '', '¹ Preliminärt.', ''].join('\n');
    const rows = read(text)[0]!.map((r) => [r[1], r[4]]);
    expect(rows).toEqual([
      ['Region Norrbotten', '1204000'],
      ['Region Västerbotten', '..'],
      ['Region Jämtland Härjedalen', '3310000'],
      ['Region Västernorrland', '0'],
      ['Region Gävleborg', '2118000'],
      ['Summa', '6632000'],
    ]);
    // 1 204 + 3 310 + 2 118 = 6 632 thousand: the sum agrees.
    expect(findingsOf(columnTotal, text)).toEqual([]);
  });

  it('does not open a table at a line whose figure is only a blank marker, nor take a sentence ending in a dash', () => {
    expect(split('Region Västerbotten ..')).toEqual(['Region Västerbotten', '..']);
    expect(split('Det här gäller inte. Se nedan –')).toBeNull();
    const text = ['Region Norrbotten ..', 'Region Västerbotten –', 'Region Gävleborg ..', ''].join('\n');
    expect(docOf({ file: 'c.txt', text }).tables).toEqual([]);
  });
});

describe('a label that ends in a number the amount cannot go on from', () => {
  it('is a row among rows that end in a letter: the amount opens with fewer than three digits and has no groups', () => {
    expect(split('Insats 4.2 86')).toEqual(['Insats 4.2', '86']);
    expect(split('Fas 3 0,5')).toEqual(['Fas 3', '0,5']);
    // Three digits go on from the number, which the digit groups read into the amount; a grouped
    // amount after a number could give its first group to the label: no row.
    expect(split('Fas 3 400')).toEqual(['Fas', '3 400']);
    expect(split('Utgiftsområde 2 4 150')).toBeNull();
  });

  it('reads such rows in a table of grouped amounts under a unit line', () => {
    const text = ['Kostnader', '', 'Tusental kronor', 'Anslag 1:1 Polismyndigheten 12 400', 'Insats 4.2 86', 'Fas 3 40', 'Övriga kostnader 2 310', 'Drift 1 020', 'Summa 15 856', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      {
        unit: 'SEK×1000',
        rows: [
          ['Anslag 1:1 Polismyndigheten', '12400000'],
          ['Insats 4.2', '86000'],
          ['Fas 3', '40000'],
          ['Övriga kostnader', '2310000'],
          ['Drift', '1020000'],
          ['Summa', '15856000'],
        ],
      },
    ]);
  });

  it('reads them under a title line of small figures, a code with a colon closing a label', () => {
    const text = ['Utfall per post', '', 'Post 2023', 'Bidrag enligt SFS 2016:874 45', 'Etapp 2 (2020) 18', 'Projekt 12 7', 'Lokaler 30', 'Summa 100', ''].join('\n');
    expect(rowsOf(text)[0]!.rows).toEqual([
      ['Bidrag enligt SFS 2016:874', '45'],
      ['Etapp 2 (2020)', '18'],
      ['Projekt 12', '7'],
      ['Lokaler', '30'],
      ['Summa', '100'],
    ]);
  });

  it('is no row where most rows end so: those are lines of two figures', () => {
    const text = ['Tusental kronor', 'Fas 1 12 400', 'Fas 2 86', 'Fas 3 40', 'Fas 4 2 310', ''].join('\n');
    const lines = text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
    expect(detectLabelAmountLines('f.txt', lines, 0)).toBeNull();
  });
});

describe('news lists that group digits with dots', () => {
  it('reads "Namn 33.000" lines set apart by blank lines, a sentence stop, a currency word on one line and a dash slip kept unread', () => {
    const text = [
      'Dessa klubbar i kommunen fick stöd i omgången:',
      '',
      'Norrby Skidklubb 41.000',
      '',
      'Sjöstads Roddarsällskap 2.500 kr.',
      '',
      'Västra Bollklubben 117.000',
      '',
      'Ekbacka Ryttarförening 6-000',
      '',
      'Åsens IF 28.000.',
      '',
    ].join('\n');
    const doc = docOf({ file: 'a.txt', text });
    expect(doc.tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]))).toEqual([
      [
        ['Norrby Skidklubb', '41000'],
        ['Sjöstads Roddarsällskap', '2500'],
        ['Västra Bollklubben', '117000'],
        ['Ekbacka Ryttarförening', null],
        ['Åsens IF', '28000'],
      ],
    ]);
    // The slip is no figure, and the document says so.
    expect(doc.problems.map((p) => p.message)).toEqual(['cellen "6-000" i raden "Ekbacka Ryttarförening", kolumnen "" är inget tal']);
  });

  it('reads "Namn: 120.000" lines, the first with its unit, as one list', () => {
    const text = ['Kulturarrangemang 2025:', 'Vårkonserten: 38.000 kronor.', 'Stadsteaterns gästspel: 145.000.', 'Litteraturfestivalen: 72.500.', 'Konstrundan: 19.000.', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      {
        unit: null,
        rows: [
          ['Vårkonserten', '38000'],
          ['Stadsteaterns gästspel', '145000'],
          ['Litteraturfestivalen', '72500'],
          ['Konstrundan', '19000'],
        ],
      },
    ]);
  });

  it('keeps a first line that carries its currency word in a list of bare spaced figures', () => {
    const text = ['Bidragen för året:', '', 'Scoutkåren Ugglan 8 215 kronor', '', 'Dansföreningen Virvel 14 930', '', 'Schackklubben Löparen 3 377', '', 'Musikkåren 126 040', ''].join('\n');
    expect(rowsOf(text)[0]!.rows).toEqual([
      ['Scoutkåren Ugglan', '8215'],
      ['Dansföreningen Virvel', '14930'],
      ['Schackklubben Löparen', '3377'],
      ['Musikkåren', '126040'],
    ]);
  });

  it('leaves a dash between figures a range where no figure groups by dots', () => {
    const text = ['Antal anställda 10-100', 'Omsättning 12 400', 'Resultat 1 850', 'Eget kapital 4 075', ''].join('\n');
    const lines = text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
    expect(detectLabelAmountLines('f.txt', lines, 0)).toBeNull();
    expect(rowsOf(text)[0]!.rows).toEqual([
      ['Omsättning', '12400'],
      ['Resultat', '1850'],
      ['Eget kapital', '4075'],
    ]);
  });

  it('warns, never errs, when such a list misses its total: the dots are read as groups by a guess', () => {
    const list = (total: string) => ['Fördelat stöd:', 'Hembygdsföreningen 12.000', 'Idrottsalliansen 30.500', 'Bygdegården 8.250', `Summa ${total}`, ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'ok.txt', text: list('50.750') }])).toEqual([]);
    const wrong = findingsOf(columnTotal, [{ file: 'fel.txt', text: list('51.750') }]);
    expect(wrong.map((f) => f.severity)).toEqual(['warning']);
    expect(wrong[0]!.message).toContain('1 000');
  });
});

describe('two lists each under its heading and closed by its sum', () => {
  const tables = (text: string) => docOf({ file: 'a.txt', text }).tables.map((t) => ({ caption: t.caption, rows: t.rows.map((r) => [r.label, r.kind, r.cells[0]?.value?.toFixed() ?? null]) }));

  it('reads the heading between them as the end of the first and the caption of the second, no line between', () => {
    const text = 'Projektets ekonomi\n\nHärifrån kommer pengarna\nStatsbidrag 450 000\nKommunalt bidrag 200 000\nEgen insats 50 000\nSumma 700 000\nHit går pengarna\nLöner 400 000\nLokaler 120 000\nResor 30 000\nSumma 550 000\n\nResten sparas.\n';
    // 450 000 + 200 000 + 50 000 = 700 000; 400 000 + 120 000 + 30 000 = 550 000.
    expect(tables(text)).toEqual([
      { caption: 'Härifrån kommer pengarna', rows: [['Statsbidrag', 'data', '450000'], ['Kommunalt bidrag', 'data', '200000'], ['Egen insats', 'data', '50000'], ['Summa', 'total', '700000']] },
      { caption: 'Hit går pengarna', rows: [['Löner', 'data', '400000'], ['Lokaler', 'data', '120000'], ['Resor', 'data', '30000'], ['Summa', 'total', '550000']] },
    ]);
  });

  it('reads them so with a blank line before the second heading, sums named for their lists, and checks each sum alone', () => {
    const text = (out: string) => `Vad vi får in\nMedlemsavgifter 82 500\nBidrag från regionen 140 000\nTotalt in 222 500\n\nVad vi lägger ut\nHyra 96 000\nAktiviteter 71 000\nTotalt ut ${out}\n`;
    // 82 500 + 140 000 = 222 500; 96 000 + 71 000 = 167 000.
    const read = tables(text('167 000'));
    expect(read.map((t) => t.caption)).toEqual(['Vad vi får in', 'Vad vi lägger ut']);
    expect(read[0]!.rows).toEqual([['Medlemsavgifter', 'data', '82500'], ['Bidrag från regionen', 'data', '140000'], ['Totalt in', 'subtotal', '222500']]);
    expect(read[1]!.rows).toEqual([['Hyra', 'data', '96000'], ['Aktiviteter', 'data', '71000'], ['Totalt ut', 'subtotal', '167000']]);
    // 177 000 is not 96 000 + 71 000: found on its own line, the first list's sum untouched.
    expect(findingsOf(columnTotal, text('177 000')).map((f) => f.location.line)).toEqual([9]);
  });
});
