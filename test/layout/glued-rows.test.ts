import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Label/figure lines that lost the space between them, written for this test in two layouts. */
const rowsOf = (text: string, file = 'g.txt') =>
  docOf({ file, text }).tables.map((t) => t.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('labels run into their figures', () => {
  it('splits "Anslag (ram)897 000" lines into label and amount, in the unit stated a few titles above', () => {
    const text = [
      'Medel för året (belopp angivna i tkr)',
      '',
      'Område 4 Kultur',
      '',
      '2:1',
      '',
      'Stöd till museer (Ramanslag)',
      '',
      'Disponeras av Museiverket12 500',
      'ap.1Regionala museer (ram)10 000',
      'ap.2Digitalisering (ram)2 500',
      'ap.4Utställningar (ram)0',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Disponeras av Museiverket', null, '12500000'],
        ['ap.1 Regionala museer (ram)', null, '10000000'],
        ['ap.2 Digitalisering (ram)', null, '2500000'],
        ['ap.4 Utställningar (ram)', null, '0'],
      ],
    ]);
  });

  it('reads "Summa1 234" rows with blank lines between them, and a county board as its county', () => {
    const text = [
      'Bidrag per län, kronor:',
      '',
      'Länsstyrelsen i Hallands län45 000',
      '',
      'Länsstyrelsen i Jämtlands län3 250,50',
      '',
      '2.1Länsstyrelsen i Kalmar län (ram)1 000',
      '',
      'Summa49 250,50',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Länsstyrelsen i Hallands län', '13', '45000'],
        ['Länsstyrelsen i Jämtlands län', '23', '3250.5'],
        ['2.1 Länsstyrelsen i Kalmar län (ram)', '08', '1000'],
        ['Summa', null, '49250.5'],
      ],
    ]);
  });

  it('leaves prose lines, footnote marks and broken digit groups alone', () => {
    // Footnote marks glued to words are one digit: no figure of three digits, no table.
    expect(rowsOf('Stöd till regionerna1\nBidrag till kommunerna2\nMedel till länen3\n')).toEqual([]);
    // "12 34" is no amount: the line is not a row.
    expect(rowsOf('Museer12 34\nBibliotek1 200\nArkiv300\n')).toEqual([]);
  });
});

describe('spaced rows after glued ones', () => {
  it('keeps several rows that kept their space between glued rows, blank lines between or not', () => {
    const blank = ['Investeringar 2025 (tkr)', '', 'Ny förskola i Ås12 000', '', 'Konstgräsplan Norr 6 500', '', 'Cykelväg längs ån 2 250', '', 'Nytt kök på skolan3 800', ''].join('\n');
    expect(rowsOf(blank)).toEqual([
      [
        ['Ny förskola i Ås', null, '12000000'],
        ['Konstgräsplan Norr', null, '6500000'],
        ['Cykelväg längs ån', null, '2250000'],
        ['Nytt kök på skolan', null, '3800000'],
      ],
    ]);
    const tight = ['Driftbudget, tkr', 'Kultur och fritid1 450', 'Bibliotek 820', 'Fritidsgårdar 610', 'Simhall1 900', ''].join('\n');
    expect(rowsOf(tight)[0]!.map((r) => r[2])).toEqual(['1450000', '820000', '610000', '1900000']);
  });
});

describe('labels run into their figures, each figure followed by its unit', () => {
  it('reads county posts glued to amounts in "tkr", pairs set apart by blank lines', () => {
    const text = [
      'Fördelade medel',
      '',
      '2:3 Insatser för landsbygden (Ramanslag)',
      '',
      'Disponeras av Länsstyrelsen i Kalmar län2 400 tkr',
      'ap.8Länsstyrelsen i Kalmar län (ram)2 400 tkr',
      '',
      'Disponeras av Länsstyrelsen i Gotlands län950 tkr',
      'ap.9Länsstyrelsen i Gotlands län (ram)950 tkr',
      '',
      'Disponeras av Länsstyrelsen i Blekinge län1 100 tkr',
      'ap.10Länsstyrelsen i Blekinge län (ram)1 100 tkr',
      '',
    ].join('\n');
    expect(rowsOf(text)[0]!.filter((r) => r[0]!.toString().startsWith('ap.'))).toEqual([
      ['ap.8 Länsstyrelsen i Kalmar län (ram)', '08', '2400000'],
      ['ap.9 Länsstyrelsen i Gotlands län (ram)', '09', '950000'],
      ['ap.10 Länsstyrelsen i Blekinge län (ram)', '10', '1100000'],
    ]);
  });

  it('reads lines of items glued to amounts in kronor, no blank lines between them', () => {
    const text = ['Bidrag 2024', '', 'Föreningsbidrag12 500 kr', 'Lokalbidrag8 000 kr', 'Aktivitetsbidrag3 250 kr', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Föreningsbidrag', null, '12500'],
        ['Lokalbidrag', null, '8000'],
        ['Aktivitetsbidrag', null, '3250'],
      ],
    ]);
  });
});
