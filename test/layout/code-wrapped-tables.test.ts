import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';
import { codeWrappedLabelEnd, opensWithCode } from '../../src/layout/code-wrapped-label.js';

/**
 * Tables of appropriations as committee reports and motions print them: codes before the names
 * ("1:1"), names wrapped over lines, deviation columns with "±0" and signed figures, and totals
 * "Summa för utgiftsområdet". Examples written here; sums worked out by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [(r.code ? `${r.code} ` : '') + r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);
const titlesOf = (t: Table): string[] => [t.labelHeader ?? '', ...t.columns.map((c) => c.header.join(' / '))];

describe('a code over the wrapped lines of its name, space-aligned', () => {
  it('begins the row: the name lines are no header and no end of the row above (long names)', () => {
    // 7 912 400 + 24 506 000 + 10 300 500 = 42 718 900; 450 000 − 1 200 000 + 0 = −750 000.
    const text = [
      'Utgiftsområde 14, tusental kronor',
      '',
      'Anslag                                            Regeringens förslag   Avvikelse (Q)',
      '1:1',
      'Arbetsförmedlingens förvaltnings-',
      'kostnader                                                   7 912 400         +450 000',
      '1:2',
      'Bidrag till arbetslöshets-',
      'ersättning och aktivitetsstöd                              24 506 000        −1 200 000',
      '1:3 Kostnader för arbetsmarknadspolitiska program',
      'och insatser                                               10 300 500          ±0',
      'Summa för utgiftsområdet                                   42 718 900          −750 000',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(titlesOf(t!)).toEqual(['Anslag', 'Regeringens förslag', 'Avvikelse (Q)']);
    expect(rowsOf(t!).map((r) => r.slice(1))).toEqual([
      ['7912400000', '450000000'],
      ['24506000000', '-1200000000'],
      ['10300500000', '0'],
      ['42718900000', '-750000000'],
    ]);
    expect(rowsOf(t!).map((r) => r[0]!.replace(/- /g, '-'))).toEqual([
      '1:1 Arbetsförmedlingens förvaltnings-kostnader',
      '1:2 Bidrag till arbetslöshets-ersättning och aktivitetsstöd',
      '1:3 Kostnader för arbetsmarknadspolitiska program och insatser',
      'Summa för utgiftsområdet',
    ]);
  });

  it('begins the row under short names too, each code over one or two lines of its name', () => {
    // 612,4 + 1 450,0 + 980,2 = 3 042,6; 0 + 320,5 − 125 = 195,5.
    const text = [
      'Miljoner kronor',
      '',
      'Anslag                          Förslag 2023     Förändring',
      '1:1',
      'Naturvårdsverkets',
      'förvaltning                           612,4             ±0',
      '1:2',
      'Skydd av',
      'värdefull natur                     1 450,0         +320,5',
      '1:3',
      'Sanering och',
      'återställning                         980,2           −125',
      'Summa                               3 042,6         +195,5',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(titlesOf(t!)).toEqual(['Anslag', 'Förslag 2023', 'Förändring']);
    expect(rowsOf(t!).map((r) => [r[0]!.replace(/- /g, '-'), ...r.slice(1)])).toEqual([
      ['1:1 Naturvårdsverkets förvaltning', '612400000', '0'],
      ['1:2 Skydd av värdefull natur', '1450000000', '320500000'],
      ['1:3 Sanering och återställning', '980200000', '-125000000'],
      ['Summa', '3042600000', '195500000'],
    ]);
  });

  it('joins a line that opens with a code to the row below it, not to the row above', () => {
    // 7 912 400 + 24 506 000 + 10 300 500 = 42 718 900.
    const text = [
      'Tusental kronor',
      '',
      'Anslag                                    Regeringens förslag   Avvikelse (Q)',
      '1:1 Arbetsförmedlingen                              7 912 400        +450 000',
      '1:2 Arbetslöshetsersättning                        24 506 000      −1 200 000',
      '1:3 Arbetsmarknadspolitiska',
      'program och insatser                               10 300 500          ±0',
      'Summa för utgiftsområdet                           42 718 900        −750 000',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!).map((r) => r[0])).toEqual(['1:1 Arbetsförmedlingen', '1:2 Arbetslöshetsersättning', '1:3 Arbetsmarknadspolitiska program och insatser', 'Summa för utgiftsområdet']);
  });

  it('joins a code and a name to the row below under another layout of columns', () => {
    // 88 + 1 204 + 56 = 1 348.
    const text = [
      'Anslag             Belopp, mnkr   Ändring',
      '2:1 Skatteverket            88       +4',
      '2:2 Bidrag till',
      'kommunerna               1 204       −9',
      '2:3 Tullverket              56       ±0',
      'Summa                    1 348       −5',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!).map((r) => r[0])).toEqual(['2:1 Skatteverket', '2:2 Bidrag till kommunerna', '2:3 Tullverket', 'Summa']);
    expect(rowsOf(t!).map((r) => r[1])).toEqual(['88000000', '1204000000', '56000000', '1348000000']);
  });
});

describe('a code over its name wrapped one cell a line', () => {
  it('joins the code and every line of the name into one label', () => {
    // 27 415 + 1 520 + 745 = 29 680; 600 + 0 − 15 = 585.
    const text = [
      'Tabell 3 Anslag för 2021, miljoner kronor',
      '',
      '1:1',
      'Polismyndigheten',
      'med underliggande',
      'verksamhet',
      '27 415',
      '+600',
      '1:2',
      'Säkerhetspolisen',
      '1 520',
      '±0',
      '1:3',
      'Ekobrottsmyndig-',
      'heten',
      '745',
      '−15',
      'Summa för utgiftsområdet',
      '29 680',
      '+585',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['1:1 Polismyndigheten med underliggande verksamhet', '27415000000', '600000000'],
      ['1:2 Säkerhetspolisen', '1520000000', '0'],
      ['1:3 Ekobrottsmyndigheten', '745000000', '-15000000'],
      ['Summa för utgiftsområdet', '29680000000', '585000000'],
    ]);
  });

  it('joins them in a table of three figure columns', () => {
    // 410 + 95 + 1 200 + 33 = 1 738; 420 + 97 + 1 150 + 33 = 1 700; 10 + 2 − 50 + 0 = −38.
    const text = [
      '2:1',
      'Statens kulturråd',
      'och dess förvaltning',
      '410',
      '420',
      '+10',
      '2:2',
      'Bidrag till regional',
      'kulturverksamhet',
      '95',
      '97',
      '+2',
      '2:3',
      'Skapande',
      'skola',
      '1 200',
      '1 150',
      '−50',
      '2:4',
      'Riksarkivet',
      '33',
      '33',
      '0',
      'Totalt',
      '1 738',
      '1 700',
      '−38',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['2:1 Statens kulturråd och dess förvaltning', '410', '420', '10'],
      ['2:2 Bidrag till regional kulturverksamhet', '95', '97', '2'],
      ['2:3 Skapande skola', '1200', '1150', '-50'],
      ['2:4 Riksarkivet', '33', '33', '0'],
      ['Totalt', '1738', '1700', '-38'],
    ]);
  });
});

describe('a code column title over labels that hold their codes, one cell a line', () => {
  it('titles the labels; wrapped titles are joined and the deviations read', () => {
    // 412,5 + 1 380,2 + 190,0 = 1 982,7; 0 + 55,5 + 0 = 55,5; 20 − 10 − 190 = −180.
    const text = [
      'Tabell 4. Partiernas förslag, miljoner kronor',
      '',
      'Anslag',
      'Regeringens',
      'förslag',
      'Avvikelse',
      '(A)',
      'Avvikelse',
      '(B)',
      '2:1 Kulturrådet',
      '412,5',
      '±0',
      '+20,0',
      '2:2 Bidrag till regional kulturverksamhet',
      '1 380,2',
      '+55,5',
      '−10,0',
      '2:3 Skapande skola',
      '190,0',
      '0',
      '−190,0',
      'Summa',
      '1 982,7',
      '+55,5',
      '−180,0',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(titlesOf(t!)).toEqual(['Anslag', 'Regeringens förslag', 'Avvikelse (A)', 'Avvikelse (B)']);
    expect(rowsOf(t!)).toEqual([
      ['2:1 Kulturrådet', '412500000', '0', '20000000'],
      ['2:2 Bidrag till regional kulturverksamhet', '1380200000', '55500000', '-10000000'],
      ['2:3 Skapande skola', '190000000', '0', '-190000000'],
      ['Summa', '1982700000', '55500000', '-180000000'],
    ]);
  });

  it('titles the labels under titles wrapped in other words', () => {
    // 2 814 000 + 96 500 + 64 200 = 2 974 700; 0 − 20 000 + 5 000 = −15 000.
    const text = [
      'Anslag',
      'Regeringens',
      'förslag',
      'Avvikelse från',
      'regeringen (Z)',
      '1:1 Länsstyrelserna',
      '2 814 000',
      '±0',
      '1:2 Bidrag till trossamfund',
      '96 500',
      '−20 000',
      '1:3 Valmyndigheten',
      '64 200',
      '+5 000',
      'Summa för utgiftsområdet',
      '2 974 700',
      '−15 000',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(titlesOf(t!)).toEqual(['Anslag', 'Regeringens förslag', 'Avvikelse från regeringen (Z)']);
    expect(rowsOf(t!).map((r) => r.slice(1))).toEqual([
      ['2814000', '0'],
      ['96500', '-20000'],
      ['64200', '5000'],
      ['2974700', '-15000'],
    ]);
  });
});

describe('a code column one cell a line, closed by a total without a code', () => {
  it('keeps the total row in the table, under a caption naming the expenditure area', () => {
    // 27 415 300 + 1 520 100 + 1 890 400 = 30 825 800; 0 + 12 000 − 8 500 = 3 500.
    const text = [
      'Anslag för 2021 inom utgiftsområde 4, tusental kronor',
      '',
      'Ramanslag',
      'Regeringens förslag',
      'Utskottets förslag',
      '1:1',
      'Polismyndigheten',
      '27 415 300',
      '±0',
      '1:2',
      'Säkerhetspolisen',
      '1 520 100',
      '+12 000',
      '1:3',
      'Åklagarmyndigheten',
      '1 890 400',
      '−8 500',
      'Summa för utgiftsområdet',
      '30 825 800',
      '+3 500',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.unit).not.toBeNull();
    expect(rowsOf(t!)).toEqual([
      ['1:1 Polismyndigheten', '27415300000', '0'],
      ['1:2 Säkerhetspolisen', '1520100000', '12000000'],
      ['1:3 Åklagarmyndigheten', '1890400000', '-8500000'],
      ['Summa för utgiftsområdet', '30825800000', '3500000'],
    ]);
  });

  it('keeps the total row under other titles and codes', () => {
    // 640 + 1 210 + 305 = 2 155; 0 + 35 − 12 = 23.
    const text = [
      'Utgiftsområde 22 Kommunikationer',
      '',
      'Anslagspost',
      'Förslag',
      'Ändring',
      '1:4',
      'Trafikverket',
      '640',
      '0',
      '1:5',
      'Vägverksamhet',
      '1 210',
      '+35',
      '1:6',
      'Sjöfartsstöd',
      '305',
      '−12',
      'Summa',
      '2 155',
      '+23',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['1:4 Trafikverket', '640', '0'],
      ['1:5 Vägverksamhet', '1210', '35'],
      ['1:6 Sjöfartsstöd', '305', '-12'],
      ['Summa', '2155', '23'],
    ]);
  });
});

describe('a title that names its unit last and an expenditure area or appropriation', () => {
  const rows = ['', 'Myndighet                 Belopp', 'Kustbevakningen              310', 'Polisen                      420', 'Tullverket                    95', 'Summa                        825', ''];
  for (const caption of ['Anslag inom utgiftsområde 4, tusental kronor', 'Bidrag under anslaget 1:4 ap.2 för 2020/21, tkr', 'Utskottets förslag för UO 17 2021/22, tkr']) {
    it(`gives the table its unit: ${caption}`, () => {
      const [t] = tablesOf([caption, ...rows].join('\n'));
      expect(t!.scale).toBe(1000);
      expect(rowsOf(t!).at(-1)).toEqual(['Summa', '825000']);
    });
  }
});

describe('a figure "0" in a column of changes after a code column, one cell a line', () => {
  it('is the row\'s value, not the next row\'s code', () => {
    // 400 + 100 + 50 = 550; 0 + 5 − 5 = 0.
    const text = ['Anslag', 'Förslag', 'Ändring', '1:1', 'Polisen', '400', '0', '1:2', 'Tullen', '100', '+5', '1:3', 'Kustbevakningen', '50', '−5', 'Summa', '550', '0', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['1:1 Polisen', '400', '0'],
      ['1:2 Tullen', '100', '5'],
      ['1:3 Kustbevakningen', '50', '-5'],
      ['Summa', '550', '0'],
    ]);
  });
});

describe('opensWithCode and codeWrappedLabelEnd', () => {
  it('takes a code and a name in capitals, not a code before small letters or a figure', () => {
    for (const t of ['1:3 Kostnader för program', '2:4 ap.1 Bidrag till kommuner', '21.02 Utvecklingsprojekt', '10:1 Åtgärder']) expect(opensWithCode(t), t).toBe(true);
    for (const t of ['1:1 förordningen', '1:3', '12 400 Kostnader', 'Kostnader 1:3', '2021 Budget']) expect(opensWithCode(t), t).toBe(false);
  });
  it('finds the row a code and up to three name lines lead to, and no row past another code', () => {
    const lines = ['1:1', 'Polismyndigheten', 'med underliggande', 'verksamhet', 'ROW', '1:2', '1:3 Tullen', 'ROW'];
    const end = (k: number): number =>
      codeWrappedLabelEnd(lines.length, k, (j) => lines[j] !== 'ROW' && !/^\d/.test(lines[j]!) === true || /^\d+:\d+ \p{Lu}/u.test(lines[j]!), (j) => lines[j] === 'ROW', (j) => lines[j]!);
    expect(end(0)).toBe(4);
    expect(end(5)).toBe(-1);
    expect(end(6)).toBe(7);
  });
});
