import { describe, expect, it } from 'vitest';
import { findAmounts, parseCell, type ParsedAmount } from '../../../grammars/amount/index.js';

/** Compact view of an amount for assertions. */
function view(a: ParsedAmount) {
  return {
    raw: a.raw,
    value: a.value.toFixed(),
    unit: a.unit,
    scale: a.scale,
    precision: a.precision.toFixed(),
    qualifier: a.qualifier,
  };
}

const values = (text: string) => findAmounts(text).map((a) => a.value.toFixed());
const one = (text: string) => {
  const found = findAmounts(text);
  expect(found).toHaveLength(1);
  return found[0] as ParsedAmount;
};
const cell = (text: string) => {
  const a = parseCell(text);
  expect(a).not.toBeNull();
  return a as ParsedAmount;
};

describe('seed 000 prose (government decision, 2024-12-16)', () => {
  it('reads the payout "1 545 740 465 kronor"', () => {
    const a = one('betala ut 1 545 740 465 kronor till regionerna.');
    expect(view(a)).toEqual({
      raw: '1 545 740 465 kronor', value: '1545740465', unit: 'SEK', scale: 1, precision: '0.5', qualifier: 'exact',
    });
    expect(a.written.toFixed()).toBe('1545740465');
  });

  it('reads the funds paragraph', () => {
    const text =
      'För 2024 har regeringen avsatt 2 937 000 000 kronor för ändamålet. I samband med regeringens beslut ' +
      'om överenskommelsen utbetalades 1 237 500 000 kronor till regionerna. SKR tilldelades 12 000 000 kronor.';
    expect(values(text)).toEqual(['2937000000', '1237500000', '12000000']);
  });

  it('reads the bare grouped "1 687 500 000" between commas', () => {
    const a = one('Resterande medel, 1 687 500 000, ska fördelas mellan regionerna');
    expect(view(a)).toMatchObject({ raw: '1 687 500 000', value: '1687500000', unit: null, precision: '0.5' });
  });

  it('does not glue the year to the August payout', () => {
    const a = one('I augusti 2024 utbetalades 141 759 535 kronor till regionerna');
    expect(a.value.toFixed()).toBe('141759535');
    expect(a.raw).toBe('141 759 535 kronor');
  });

  it('finds nothing in references, dates and legal citations', () => {
    expect(findAmounts('regeringsbeslut II:1 från den 20 december 2023 (S2023/03331).')).toEqual([]);
    expect(findAmounts('uppförda anslaget 1:11 Prestationsbundna insatser, anslagsposten 1')).toEqual([]);
    expect(findAmounts('Box 2218\n103 15 Stockholm')).toEqual([]);
    expect(findAmounts('befolkningsmängd 0–18 år, perioden februari–juni 2024')).toEqual([]);
  });

  it('reads the amount after a year and month, not a range from the year ("2018-06 11,6 miljoner")', () => {
    expect(values('Beslut 2018-06 11,6 miljoner kronor till länet.')).toEqual(['11600000']);
    expect(values('Utbetalt 2021–03 4 500 000 kr, resten senare.')).toEqual(['4500000']);
    expect(values('Kod 0114 250 000 kronor')).toEqual(['250000']);
  });

  it('reads the amount after a hyphened number, not the number\'s last part run into it ("202100-6883 3 250 000 kronor")', () => {
    const read = (text: string) => findAmounts(text).map((a) => [a.value.toFixed(), a.anomalies.map((x) => x.kind)]);
    expect(read('Myndigheten, organisationsnummer 202100-6883 3 250 000 kronor.')).toEqual([['3250000', []]]);
    expect(read('Sökande 556375-6328 beviljas 1 200 000 kr.')).toEqual([['1200000', []]]);
    expect(read('Föreningen (bankgiro 5050-1055) 45 000 kr')).toEqual([['45000', []]]);
    expect(read('till bankgiro 5050-1055 45 000 kr')).toEqual([['45000', []]]);
    // A range's end of three digits or fewer still opens the number after it.
    expect(values('mellan 10-20 000 kronor')).toEqual(['10', '20000']);
  });
});

describe('seed 003 (the agreement, from PDF)', () => {
  it('reads "2 937 miljoner kronor" with million precision', () => {
    const a = one('Överenskommelsen omfattar totalt 2 937 miljoner kronor för 2024');
    expect(view(a)).toMatchObject({ value: '2937000000', unit: 'SEK', scale: 1e6, precision: '500000' });
    expect(a.written.toFixed()).toBe('2937');
  });

  it('reads a scale word and currency split over a line break', () => {
    expect(values('varav 450 miljoner kronor fördelas ... och 80 \nmiljoner kronor utifrån invånarantal 0–18 år')).toEqual([
      '450000000', '80000000',
    ]);
  });

  it('reads "1 237 500 000 miljoner kronor" literally', () => {
    const a = one('Den första utbetalningen till regionerna (1 237 500 000 miljoner kronor)');
    expect(a.value.toFixed()).toBe('1237500000000000');
    expect(a.scale).toBe(1e6);
  });

  it('reads the "1 237,5" cell', () => {
    const a = cell('1 237,5');
    expect(a.written.toFixed()).toBe('1237.5');
    expect(a.precision.toFixed()).toBe('0.05');
    expect(a.unit).toBeNull();
  });

  it('reads "1,0–4,9 procentenheter" as two percentages, not a minus', () => {
    expect(findAmounts('Förbättring med 1,0–4,9 procentenheter ger regionen 50 procent av').map(view)).toEqual([
      { raw: '1,0', value: '1', unit: 'percent', scale: 1, precision: '0.05', qualifier: 'exact' },
      { raw: '4,9 procentenheter', value: '4.9', unit: 'percent', scale: 1, precision: '0.05', qualifier: 'exact' },
      { raw: '50 procent', value: '50', unit: 'percent', scale: 1, precision: '0.5', qualifier: 'exact' },
    ]);
  });

  it('ignores section numbers', () => {
    expect(findAmounts('i enlighet med avsnitt 3.7 och avsnitt 5')).toEqual([]);
  });
});

describe('seed 004 (press release)', () => {
  it('reads "2,95 miljarder kronor"', () => {
    const a = one('Sammanlagt avsatte regeringen 2,95 miljarder kronor.');
    expect(view(a)).toMatchObject({ value: '2950000000', unit: 'SEK', scale: 1e9, precision: '5000000' });
  });

  it('reads "2,5 miljarder kronor"', () => {
    expect(values('Den större delen av överenskommelsens medel, 2,5 miljarder kronor, fördelas')).toEqual(['2500000000']);
  });

  it('reads "Nära två miljarder kronor" with its qualifier', () => {
    const a = one('Nära två miljarder kronor till regionerna för arbetet');
    expect(view(a)).toEqual({
      raw: 'Nära två miljarder kronor', value: '2000000000', unit: 'SEK', scale: 1e9, precision: '500000000', qualifier: 'nära',
    });
  });

  it('reads "Fördelning av 1 874 253 165 kronor"', () => {
    expect(values('Fördelning av 1 874 253 165 kronor till regionerna')).toEqual(['1874253165']);
  });

  it('reads the broken cell "544 99 160" as 54 499 160 with an anomaly', () => {
    const a = cell('544 99 160');
    expect(a.value.toFixed()).toBe('54499160');
    expect(a.anomalies).toEqual([
      { kind: 'digit-grouping', raw: '544 99 160', message: 'felaktig tusentalsgruppering: "544 99 160" läses som 54 499 160' },
    ]);
  });

  it('tolerates Markdown escapes after a year', () => {
    expect(findAmounts('för 2023\\. Syftet med överenskommelsen')).toEqual([]);
    expect(values('hälso\\- och sjukvården 2,95 miljarder kronor\\.')).toEqual(['2950000000']);
  });
});

describe('separators and signs', () => {
  it.each([' ', '\u00A0', '\u202F', '\u2009'])('reads thousands separated by U+%s', (sep) => {
    expect(values(`totalt 1${sep}545${sep}740${sep}465 kronor`)).toEqual(['1545740465']);
  });

  it('reads ungrouped digits with a unit', () => {
    expect(values('1545740465 kronor')).toEqual(['1545740465']);
  });

  it.each(['-', '\u2212', '\u2013'])('reads %s before a number as minus', (dash) => {
    const a = one(`resultatet blev ${dash}27 kronor`);
    expect(a.value.toFixed()).toBe('-27');
    expect(a.raw).toBe(`${dash}27 kronor`);
  });

  it('does not read a dash after a digit or letter as minus', () => {
    expect(values('10–20 kronor')).toEqual(['10', '20']);
    expect(values('maj–2 000 kronor')).toEqual(['2000']);
  });

  it('does not read a spaced bullet dash as minus', () => {
    expect(values('– 5 000 kronor går till SKR')).toEqual(['5000']);
  });
});

describe('units', () => {
  it.each([
    ['5 kr', '5', 1],
    ['5 kronor', '5', 1],
    ['5 SEK', '5', 1],
    ['5 tkr', '5000', 1e3],
    ['5 tusen kronor', '5000', 1e3],
    ['5 mnkr', '5000000', 1e6],
    ['5 Mkr', '5000000', 1e6],
    ['5 miljoner kronor', '5000000', 1e6],
    ['5 miljon kronor', '5000000', 1e6],
    ['5 mdkr', '5000000000', 1e9],
    ['5 miljarder kronor', '5000000000', 1e9],
    ['5 miljard kronor', '5000000000', 1e9],
    ['5 miljoner svenska kronor', '5000000', 1e6],
    ['189 133 953 nya kronor', '189133953', 1],
    ['2 miljoner extra kronor', '2000000', 1e6],
  ])('reads "%s" as SEK', (text, value, scale) => {
    const a = one(text);
    expect(a.unit).toBe('SEK');
    expect(a.value.toFixed()).toBe(value);
    expect(a.scale).toBe(scale);
  });

  it('reads a unit glued to the number', () => {
    expect(values('100kr och 5%')).toEqual(['100', '5']);
  });

  it.each(['23,3%', '23,3 %', '23,3 procent'])('reads "%s" as 23,3 percent', (text) => {
    const a = one(text);
    expect(view(a)).toMatchObject({ value: '23.3', unit: 'percent', precision: '0.05', raw: text });
  });

  it('reads "miljoner" without a currency word as kronor', () => {
    expect(one('varav 450 miljoner som avsätts för BUP').unit).toBe('SEK');
    expect(one('hundra miljoner till forskning').unit).toBe('SEK');
  });

  it('reads "miljoner" before a non-money noun as a count', () => {
    for (const noun of ['invånare', 'personer', 'människor', 'patienter', 'besök', 'barn', 'elever']) {
      const a = one(`drygt 2 miljoner ${noun} berörs`);
      expect(view(a)).toMatchObject({ value: '2000000', unit: 'count', scale: 1e6, qualifier: 'drygt' });
    }
  });

  it('leaves out amounts in foreign currencies', () => {
    expect(findAmounts('40 miljoner euro och 3 miljoner dollar och 2 miljoner norska kronor')).toEqual([]);
    expect(findAmounts('Sveriges andel uppgår till 143 726 US-dollar.')).toEqual([]);
  });
});

describe('number words', () => {
  it.each([
    ['två miljarder', '2000000000'],
    ['en halv miljard', '500000000'],
    ['tolv miljoner kronor', '12000000'],
    ['hundra miljoner', '100000000'],
    ['två och en halv miljarder kronor', '2500000000'],
    ['tjugofem miljoner kronor', '25000000'],
    ['en kvarts miljon kronor', '250000'],
    ['tre kvarts miljard', '750000000'],
    ['två och en kvarts miljoner kronor', '2250000'],
    ['Ett kvarts miljon kronor', '250000'],
  ])('reads "%s"', (text, value) => {
    const a = one(text);
    expect(a.value.toFixed()).toBe(value);
    expect(a.unit).toBe('SEK');
    expect(a.precision.toFixed()).toBe(String(a.scale / 2));
  });

  it('reads "tre procent" but not a bare number word', () => {
    expect(values('utgör tre procent av regionernas')).toEqual(['3']);
    expect(findAmounts('nio krav som täcker både primärvården')).toEqual([]);
    expect(findAmounts('en region och ett landsting')).toEqual([]);
  });

  it('does not treat the article as a number before kronor', () => {
    expect(findAmounts('för varje satsad krona')).toEqual([]);
    expect(findAmounts('en krona per invånare')).toEqual([]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['drygt', 'drygt'], ['knappt', 'knappt'], ['nära', 'nära'], ['närmare', 'närmare'], ['cirka', 'cirka'],
    ['ca', 'cirka'], ['ca.', 'cirka'], ['omkring', 'omkring'], ['runt', 'runt'], ['uppemot', 'uppemot'],
    ['över', 'över'], ['under', 'under'], ['Drygt', 'drygt'], ['CA', 'cirka'],
  ])('reads "%s" as %s', (word, qualifier) => {
    const a = one(`${word} 5 000 kronor`);
    expect(a.qualifier).toBe(qualifier);
    expect(a.raw).toBe(`${word} 5 000 kronor`);
  });

  it('does not give the qualifier to the amount after a year', () => {
    const a = one('under 2023 10 000 kronor');
    expect(a.qualifier).toBe('exact');
    expect(a.value.toFixed()).toBe('10000');
  });
});

describe('bare numbers', () => {
  it('reports only grouped bare numbers', () => {
    expect(values('år 2024 fick 21 regioner 3 000 000, enligt 3 § och 9 kap.')).toEqual(['3000000']);
  });

  it('never reads digits glued to letters or slashes', () => {
    expect(findAmounts('dnr S2023/03331 och SFS 2017:80 och prop. 2023/24:1 och ap. 38')).toEqual([]);
    expect(findAmounts('under 1990-talet och 5G')).toEqual([]);
  });

  it('does not make 202310 from "under 2023 10 regioner"', () => {
    expect(findAmounts('under 2023 10 regioner')).toEqual([]);
  });

  it('ignores telephone numbers', () => {
    expect(findAmounts('ring + 32 486 22 68 65, 073 848 56 79 eller 08-405 10 00')).toEqual([]);
  });

  it('splits runs of table columns separated by spaces', () => {
    expect(values('Stockholm 2 455 914 23,3% 24 975 6,0% 109 737 356')).toEqual([
      '2455914', '23.3', '24975', '6', '109737356',
    ]);
  });
});

describe('malformed grouping in prose', () => {
  it('reads a malformed run whole before kronor, with an anomaly', () => {
    const a = one('uppgår till sammanlagt 44 7 500 000 kronor.');
    expect(a.value.toFixed()).toBe('447500000');
    expect(a.anomalies[0]).toMatchObject({ kind: 'digit-grouping', raw: '44 7 500 000' });
  });

  it('reports nothing from a malformed run without a unit', () => {
    expect(findAmounts('Region Uppsala 544 99 160 och telefon 08-405 10 00')).toEqual([]);
  });
});

describe('a decimal comma followed by a space', () => {
  it('reads "1, 3 miljarder kronor" as 1,3 miljarder, with an anomaly', () => {
    const a = one('Satsningen omfattar 1, 3 miljarder kronor under perioden.');
    expect(view(a)).toMatchObject({ raw: '1, 3 miljarder kronor', value: '1300000000', unit: 'SEK', precision: '50000000' });
    expect(a.anomalies[0]).toMatchObject({ kind: 'spaced-decimal', raw: '1, 3 miljarder kronor' });
  });

  it('reads "ökade med 2, 5 procent" as 2,5 percent', () => {
    const a = one('Andelen ökade med 2, 5 procent jämfört med året innan.');
    expect(view(a)).toMatchObject({ raw: '2, 5 procent', value: '2.5', unit: 'percent' });
    expect(a.anomalies.map((x) => x.kind)).toEqual(['spaced-decimal']);
  });

  it('leaves lists of numbers alone', () => {
    // The last number of a list takes the unit; the numbers before it are no decimals.
    expect(findAmounts('Bidragen är 4, 5, 6 miljoner kronor.').map((a) => [a.raw, a.anomalies.length])).toEqual([['6 miljoner kronor', 0]]);
    expect(findAmounts('mellan 2, 3 eller 4 miljarder kronor').map((a) => [a.raw, a.anomalies.length])).toEqual([['4 miljarder kronor', 0]]);
    // The head is the last group of a grouped number: not a decimal comma this reader can place.
    expect(findAmounts('ökade med 1 039, 50 procent').map((a) => [a.raw, a.anomalies.length])).toEqual([['1 039', 0], ['50 procent', 0]]);
    // A number after the space with three digits, or no scale word, is no decimal part.
    expect(findAmounts('Punkterna 1, 300 miljoner kronor').map((a) => [a.raw, a.anomalies.length])).toEqual([['300 miljoner kronor', 0]]);
  });
});

describe('ranges', () => {
  it('gives the first number of a range the scale and unit of the second', () => {
    expect(findAmounts('mellan 10–20 miljoner kronor per år').map(view)).toMatchObject([
      { raw: '10', value: '10000000', unit: 'SEK', scale: 1e6 },
      { raw: '20 miljoner kronor', value: '20000000', unit: 'SEK', scale: 1e6 },
    ]);
  });
});

describe('offsets', () => {
  it('reports start and end as the exact source slice', () => {
    const text = 'Totalt drygt 2 937 miljoner kronor, varav 12 miljoner kronor.';
    for (const a of findAmounts(text)) expect(text.slice(a.start, a.end)).toBe(a.raw);
    expect(findAmounts(text).map((a) => a.raw)).toEqual(['drygt 2 937 miljoner kronor', '12 miljoner kronor']);
  });
});

describe('parseCell', () => {
  it.each([
    ['2 455 914', '2455914', null],
    ['23,3%', '23.3', 'percent'],
    ['100,0%', '100', 'percent'],
    ['−27', '-27', null],
    ['-1 237,5', '-1237.5', null],
    ['2024', '2024', null],
    ['12 miljoner', '12000000', 'SEK'],
    ['2 937 mnkr', '2937000000', 'SEK'],
    ['450 tkr', '450000', 'SEK'],
    ['ca 500 kr', '500', 'SEK'],
    ['två miljarder', '2000000000', 'SEK'],
  ])('reads %j', (text, value, unit) => {
    const a = cell(text);
    expect(a.value.toFixed()).toBe(value);
    expect(a.unit).toBe(unit);
  });

  it('reads digit groups by dots before a currency or scale word, keeping the cell as printed', () => {
    const a = cell('53.515.467 kronor');
    expect([a.value.toFixed(), a.unit, a.raw]).toEqual(['53515467', 'SEK', '53.515.467 kronor']);
    expect(cell('4.750 tkr').value.toFixed()).toBe('4750000');
    // Without a currency word the dot may be a decimal point: the cell is no plain number then.
    expect(parseCell('1.200')?.value.toFixed() ?? null).not.toBe('1200');
  });

  it('reports offsets within the given text and ignores surrounding space', () => {
    const a = cell('  1 000 ');
    expect([a.start, a.end, a.raw]).toEqual([2, 7, '1 000']);
  });

  it('reads "1 2345 678" as 12 345 678 with an anomaly', () => {
    const a = cell('1 2345 678');
    expect(a.value.toFixed()).toBe('12345678');
    expect(a.anomalies[0]?.message).toBe('felaktig tusentalsgruppering: "1 2345 678" läses som 12 345 678');
  });

  it.each(['', '   ', 'Stockholm', '5 kr 6 kr', 'drygt', '12 miljoner euro', 'tre', '3 §', '1 000*', '<b>750 000 000</b>'])(
    'returns null for %j',
    (text) => {
      expect(parseCell(text)).toBeNull();
    },
  );
});

describe('robustness', () => {
  it('returns nothing for empty or number-free text', () => {
    expect(findAmounts('')).toEqual([]);
    expect(findAmounts('Regeringen ger Kammarkollegiet i uppdrag.')).toEqual([]);
  });
});

/** Telephone numbers with an area code and a hyphen: written for this test. */
describe('the rest of a telephone number after its area code', () => {
  it('is no amount, whatever its groups look like', () => {
    expect(findAmounts('Kontakt: Anna Andersson, telefon 0480-84 555.')).toEqual([]);
    expect(findAmounts('Frågor besvaras på 031-123 456 eller 08-405 10 00.')).toEqual([]);
  });
  it('is an amount when a unit follows, and a number after a year and a dash stays one', () => {
    expect(findAmounts('Avgiften är 0480-84 555 kronor.').map((a) => a.value.toString())).toContain('84555');
    expect(findAmounts('Budget 2024-12 300 000 kronor').map((a) => a.value.toString())).toContain('12300000');
  });
});

describe('the kronor sign ":-"', () => {
  // "12 300 000:-" is how grant decisions and price lists write whole kronor: the sign is the unit.
  it('reads a figure glued to ":-" in prose as kronor', () => {
    const a = one('Föreningen beviljas 12 300 000:- för 2021.');
    expect(view(a)).toMatchObject({ raw: '12 300 000:-', value: '12300000', unit: 'SEK', scale: 1 });
  });
  it('reads the sign after a space and in a table cell', () => {
    expect(view(one('Avgiften är 450 :- per deltagare'))).toMatchObject({ value: '450', unit: 'SEK' });
    expect(view(cell('1 250,50:-'))).toMatchObject({ value: '1250.5', unit: 'SEK' });
    expect(view(cell('75 000:-'))).toMatchObject({ value: '75000', unit: 'SEK' });
  });
});
