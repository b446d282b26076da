import { describe, expect, it } from 'vitest';
import { unitValueLine } from '../../src/layout/unit-value-lines.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { tableTotal } from '../../src/rules/text/table-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Plain lines of a label and its figure, written for this test in layouts of its own. */
const tablesOf = (text: string) =>
  docOf({ file: 'a.txt', text }).tables.map((t) => ({
    caption: t.caption,
    units: t.columns.map((c) => c.unit),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

const split = (raw: string) => {
  const r = unitValueLine({ raw, line: 1 });
  return r ? [raw.slice(...r.label), ...r.figures.map((f) => raw.slice(...f))] : null;
};

describe('unitValueLine', () => {
  it('splits a label from a figure that carries its unit, or that follows a colon', () => {
    expect(split('Storby 91%')).toEqual(['Storby', '91%']);
    expect(split('Vård och omsorg -3 %')).toEqual(['Vård och omsorg', '-3 %']);
    expect(split('Idrott, barn och unga 3,1 mkr')).toEqual(['Idrott, barn och unga', '3,1 mkr']);
    expect(split('Nämnd för teknik: 4 200')).toEqual(['Nämnd för teknik', '4 200']);
    expect(split('Gamla staden (Region Norr): 12,50 (110,00)')).toEqual(['Gamla staden (Region Norr)', '12,50', '110,00']);
    // Digits inside a label's word and an abbreviation's full stop belong to the label.
    expect(split('Antal 5G-abonnemang (tusental): 1 200 (900)')).toEqual(['Antal 5G-abonnemang (tusental)', '1 200', '900']);
    expect(split('::varav uppkopplade bilar M2M: 310 (280)')).toEqual(['varav uppkopplade bilar M2M', '310', '280']);
    expect(split('Kostnader exkl. moms: 4 200')).toEqual(['Kostnader exkl. moms', '4 200']);
    // A clipped word of a name ends no sentence, though a capital follows.
    expect(split('Hembygdsfören. Ås: 4 200')).toEqual(['Hembygdsfören. Ås', '4 200']);
    expect(split('Sv. Kyrkan Lund 1,2 mkr')).toEqual(['Sv. Kyrkan Lund', '1,2 mkr']);
  });

  it('refuses sentences, bullets, bare figures without a colon and labels that end in a number', () => {
    expect(split('Arbetslösheten steg till 8 %')).toBeNull();
    expect(split('Räntan höjdes med 0,5 %')).toBeNull();
    expect(split('- Kultur 2 mkr')).toBeNull();
    expect(split('Storby 91')).toBeNull();
    expect(split('Område 2 45 %')).toBeNull();
    expect(split('Det blev fler. Ökningen var 4 %')).toBeNull();
    expect(split('tre av fyra kommuner 75 %')).toBeNull();
  });
});

describe('lists of a label and its figure a line', () => {
  it('reads percentages without a lead-in, a name wrapped at its hyphen joined', () => {
    const text = ['Andel behöriga lärare per kommun', '', 'Storby 91%', 'Lillköping 87 %', 'Norra-', 'Ås 78%', 'Västeräng 82%', ''].join('\n');
    expect(tablesOf(text)).toEqual([
      {
        // The heading line above the list is its caption (list-heading.ts).
        caption: 'Andel behöriga lärare per kommun',
        units: ['percent'],
        rows: [
          ['Storby', '91'],
          ['Lillköping', '87'],
          ['Norra-Ås', '78'],
          ['Västeräng', '82'],
        ],
      },
    ]);
  });

  it('reads amounts in millions with blank lines between the items, and stops before an item that heads a paragraph', () => {
    const text = [
      'Stiftelsen delade i år ut bidrag inom tre områden:',
      '',
      'Kultur och musik 2,4 mkr',
      '',
      'Idrott, barn och unga +3,1 mkr',
      '',
      'Forskning 0,9 mkr',
      '',
      'Kultur och musik 2,4 mkr',
      'Pengarna gick till 31 föreningar i länet.',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      {
        caption: 'Stiftelsen delade i år ut bidrag inom tre områden:',
        units: ['SEK'],
        rows: [
          ['Kultur och musik', '2400000'],
          ['Idrott, barn och unga', '3100000'],
          ['Forskning', '900000'],
        ],
      },
    ]);
  });

  it('reads two figures a line after a colon, the second in parentheses, as two columns', () => {
    const text = [
      'Höjningen i kronor per månad (den nya avgiften inom parentes):',
      '',
      'Gamla staden (Region Norr): 12,50 (110,00)',
      '',
      'Hamnen (Region Norr): 8,25 (96,75)',
      '',
      'Backa (Region Syd): -2,00 (101,00)',
      '',
    ].join('\n');
    expect(tablesOf(text)[0]!.rows).toEqual([
      ['Gamla staden (Region Norr)', '12.5', '110'],
      ['Hamnen (Region Norr)', '8.25', '96.75'],
      ['Backa (Region Syd)', '-2', '101'],
    ]);
  });

  it('leaves prose, bullets, two items and mixed units alone', () => {
    expect(tablesOf(['Arbetslösheten steg till 8 %', 'Inflationen blev 2,1 %', 'Räntan höjdes med 0,5 %', ''].join('\n'))).toEqual([]);
    // Bullets are the list readers': items that stay prose as well (item-amount-list.ts), no table of lines.
    const bullets = docOf({ file: 'a.txt', text: ['Medlen fördelas så här:', '- Kultur 2 mkr', '- Idrott 3 mkr', '- Forskning 1 mkr', ''].join('\n') }).tables;
    expect(bullets.map((t) => [t.kind, t.alsoProse])).toEqual([['list', true]]);
    expect(tablesOf(['Storby 91%', 'Lillköping 87%', ''].join('\n'))).toEqual([]);
    expect(tablesOf(['Storby 91%', 'Lillköping 4,5 mkr', 'Västeräng 82%', ''].join('\n'))).toEqual([]);
  });

  it('warns, never errs, when such a list misses its total: the split rests on where the label ends', () => {
    const text = ['Kostnaderna fördelade sig så:', 'Löner 6 000 tkr', 'Lokaler 2 500 tkr', 'Övrigt 1 000 tkr', 'Totalt 10 000 tkr', ''].join('\n');
    const found = findingsOf(columnTotal, [{ file: 'case.txt', text }]).map((f) => f.severity);
    expect(found).toEqual(['warning']);
  });
});

describe('lists with rows in another unit and sub-rows', () => {
  it('keeps a rate row printed between the amount rows, set in by colons or not', () => {
    const colons = [
      'Så gick kvartalet (samma kvartal i fjol inom parentes):',
      '',
      'Nettoomsättning (Mkr): 2 410 (2 305)',
      'Rörelseresultat (Mkr): 388 (352)',
      '::Rörelsemarginal: 16,1% (15,3%)',
      'Resultat efter skatt (Mkr): 290 (260)',
      'Investeringar exkl. leasing (Mkr): 95 (120)',
    ].join('\n');
    // Each money row in the millions its label states.
    expect(tablesOf(colons)[0]!.rows).toEqual([
      ['Nettoomsättning (Mkr)', '2410000000', '2305000000'],
      ['Rörelseresultat (Mkr)', '388000000', '352000000'],
      ['Rörelsemarginal', '16.1', '15.3'],
      ['Resultat efter skatt (Mkr)', '290000000', '260000000'],
      ['Investeringar exkl. leasing (Mkr)', '95000000', '120000000'],
    ]);
    const plain = [
      'Intäkter: 1 250 (1 190)',
      '',
      'Kostnader: 1 020 (985)',
      '',
      'Andel egna intäkter: 42 % (40 %)',
      '',
      'Resultat: 230 (205)',
    ].join('\n');
    expect(tablesOf(plain)[0]!.rows.map((r) => r[0])).toEqual(['Intäkter', 'Kostnader', 'Andel egna intäkter', 'Resultat']);
  });

  it('reads a part of the row above, opened by "varav" or set in by colons', () => {
    const rows = tablesOf(['Abonnemang totalt (tusental): 4 100 (3 950)', '::varav företag (tusental): 1 020 (990)', 'Nya kunder (tusental): 310 (295)'].join('\n'))[0]!.rows;
    // "(tusental)" in the label states the row's thousands (count-scale-rows.ts): 1 020 thousand.
    expect(rows[1]).toEqual(['varav företag (tusental)', '1020000', '990000']);
    const words = tablesOf(['Bidrag: 12 400 (11 900)', 'varav statliga: 8 100 (7 700)', 'Avgifter: 3 300 (3 150)'].join('\n'))[0]!.rows;
    expect(words.map((r) => r[0])).toEqual(['Bidrag', 'varav statliga', 'Avgifter']);
  });

  it('does not join a list in another unit that follows the first one', () => {
    const two = ['Storby: 1 200 (1 100)', 'Lillby: 800 (760)', 'Mellanby: 950 (900)', '', 'Storby 12 %', 'Lillby 9 %', 'Mellanby 11 %'].join('\n');
    const ts = tablesOf(two);
    expect(ts).toHaveLength(2);
    expect(ts[0]!.rows.map((r) => r[0])).toEqual(['Storby', 'Lillby', 'Mellanby']);
  });
});

describe('lists of years, counts and dot-grouped amounts', () => {
  it('reads "year: figure" lines, the noun of the count written on some lines, a note in words kept', () => {
    const text = ['Nyanlända elever per läsår', '', '2019: 412 elever', '2020: 388', '2021: 401 (prel.)', 'Summa: 1 201 elever', ''].join('\n');
    expect(tablesOf(text)).toEqual([
      {
        caption: 'Nyanlända elever per läsår',
        // "elever" titles the column (year-colon-lines.ts): pupils are persons counted, no money unit is guessed for it.
        units: ['persons'],
        rows: [
          ['2019', '412'],
          ['2020', '388'],
          ['2021', '401'],
          ['Summa', '1201'],
        ],
      },
    ]);
    // Under a lead-in that ends in a colon, no blank line between: the colon's lines are no spaced columns.
    const lead = ['Så många ärenden kom in:', '2016/17: 1 350', '2017/18: 1 420', '2018/19: 1 515', ''].join('\n');
    expect(tablesOf(lead).map((t) => t.rows)).toEqual([
      [
        ['2016/17', '1350'],
        ['2017/18', '1420'],
        ['2018/19', '1515'],
      ],
    ]);
  });

  it('reads amounts grouped by dots when a currency word follows, and leaves "1.200" without one alone', () => {
    const text = ['Bidragen 2022', '', 'Driftbidrag: 12.500.000 kronor', 'Projektbidrag: 3.250.000 kronor', 'Lokalbidrag: 975.500 kr', ''].join('\n');
    expect(tablesOf(text).map((t) => t.rows)).toEqual([
      [
        ['Driftbidrag', '12500000'],
        ['Projektbidrag', '3250000'],
        ['Lokalbidrag', '975500'],
      ],
    ]);
    expect(split('Version: 1.200')).toBeNull();
    expect(split('Hyresintäkter: 4.750 tkr')).toEqual(['Hyresintäkter', '4.750 tkr']);
  });

  // Fact boxes on news pages set a count off by a comma, one item a line, often a blank line between.
  it('reads counts set after a comma, blank lines between or none', () => {
    const boxed = ['Flest medlemmar per förening', '', 'Scoutkåren, 412', '', 'Kyrkokören, 58', '', 'Idrottsklubben, 1 204', '', 'Musikskolans vänner, 96', ''].join('\n');
    expect(tablesOf(boxed).map((t) => [t.caption, t.rows])).toEqual([
      [
        'Flest medlemmar per förening',
        [
          ['Scoutkåren', '412'],
          ['Kyrkokören', '58'],
          ['Idrottsklubben', '1204'],
          ['Musikskolans vänner', '96'],
        ],
      ],
    ]);
    const plain = ['Besökare per museum 2022:', 'Stadsmuseet, 45210', 'Konsthallen, 12 800', 'Sjöfartsmuseet, 9455', ''].join('\n');
    expect(tablesOf(plain).map((t) => t.rows)).toEqual([
      [
        ['Stadsmuseet', '45210'],
        ['Konsthallen', '12800'],
        ['Sjöfartsmuseet', '9455'],
      ],
    ]);
  });

  it('refuses a number opened by a zero after a comma, and warns, never errs, over counts set after commas', () => {
    expect(split('Växeln, 0771234567')).toBeNull();
    const text = ['Ansökningar per kommun', '', 'Ekby, 120', 'Granby, 95', 'Tallby, 40', 'Totalt, 260', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }]).map((f) => f.severity)).toEqual(['warning']);
  });

  it('refuses a year and a number without a colon, and a count noun after a label without one', () => {
    expect(split('2019 412')).toBeNull();
    expect(split('2019: 412 elever och lärare')).toBeNull();
    expect(split('Storby 412 elever')).toBeNull();
  });

  it('errs when the years do not add up to their sum: each figure stands alone after its colon, so the reading is certain', () => {
    const text = ['Ansökningar per år', '', '2021: 1 204 st', '2022: 1 310', '2023: 1 118', 'Totalt: 3 700 st', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }]).map((f) => [f.severity, f.message.includes('3 632')])).toEqual([['error', true]]);
  });
});

describe('lists that set the figure off by a dash', () => {
  it('splits "Namn – belopp" as "Namn: belopp", with or without a unit, an en dash or a hyphen', () => {
    expect(split('Ekby – 80 miljoner kronor')).toEqual(['Ekby', '80 miljoner kronor']);
    expect(split('Nämnden för kultur - 4 200')).toEqual(['Nämnden för kultur', '4 200']);
    // A hyphen inside the label's word is no separator.
    expect(split('Väst-Ekby 91')).toBeNull();
  });

  it('reads such lines as a list, and a lead total they miss warns through text/table-total', () => {
    const text = ['Nämnden fördelar 245 miljoner kronor till fyra orter.', '', 'Ekby – 80 miljoner kronor', 'Granby – 70 miljoner kronor', 'Tallby – 60 miljoner kronor', 'Aspby – 45 miljoner kronor', ''].join('\n');
    expect(tablesOf(text)).toEqual([
      {
        caption: null,
        units: ['SEK'],
        rows: [
          ['Ekby', '80000000'],
          ['Granby', '70000000'],
          ['Tallby', '60000000'],
          ['Aspby', '45000000'],
        ],
      },
    ]);
    const found = findingsOf(tableTotal, [{ file: 'a.txt', text }]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '245000000', '255000000']]);
    const blankLines = ['Stöd per förening:', '', 'Scoutkåren - 4 200', '', 'Schackklubben - 3 100', '', 'Musikkåren - 12 050', ''].join('\n');
    expect(tablesOf(blankLines)[0]!.rows).toEqual([
      ['Scoutkåren', '4200'],
      ['Schackklubben', '3100'],
      ['Musikkåren', '12050'],
    ]);
  });
});
