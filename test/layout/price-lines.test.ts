import { describe, expect, it } from 'vitest';
import { priceLine } from '../../src/layout/price-lines.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Fee and price lists, written for this test in layouts of their own. */
const tablesOf = (text: string, file = 'a.txt') =>
  docOf({ file, text }).tables.map((t) => ({
    kind: t.kind,
    columns: t.columns.map((c) => `${c.unit ?? '-'}${c.rate ? ' rate' : ''}`),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

const split = (raw: string) => {
  const p = priceLine({ raw, line: 1 });
  return p ? [raw.slice(p.labelFrom, p.labelEnd), raw.slice(p.valueStart, p.valueEnd)] : null;
};

describe('priceLine', () => {
  it('parts label and priced amount after a colon, after spaces and after one space', () => {
    expect(split('Bygglov, timavgift: 1 180 kr per timme')).toEqual(['Bygglov, timavgift:', '1 180 kr per timme']);
    expect(split('Matlåda   72 kronor per portion')).toEqual(['Matlåda', '72 kronor per portion']);
    expect(split('Hyra av lokal 450 kr')).toEqual(['Hyra av lokal', '450 kr']);
    expect(split('Förskoleklass 1-3 52 300 kr per år')).toEqual(['Förskoleklass 1-3', '52 300 kr per år']);
    expect(split('   640 kr/månad')).toEqual(['', '640 kr/månad']);
  });

  it('refuses sentences, labels that end in a number and amounts without a currency', () => {
    expect(split('Avgiften höjs. Den blir 300 kronor per månad')).toBeNull();
    expect(split('Zon 2 2 500 kr')).toBeNull();
    expect(split('Simhallen 45 per besök')).toBeNull();
    expect(split('Du betalar 300 kronor per månad och slipper fakturaavgift')).toBeNull();
  });

  it('marks an amount of several digit groups after a single space as a guessed split', () => {
    expect(priceLine({ raw: 'Zon 2 500 kr', line: 1 })?.spaced).toBe(true);
    expect(priceLine({ raw: 'Zon:  2 500 kr', line: 1 })?.spaced).toBe(false);
    expect(priceLine({ raw: 'Zon 500 kr', line: 1 })?.spaced).toBe(false);
  });
});

describe('price lists', () => {
  it('reads one item a line, with a colon or without, as a list of prices', () => {
    const text = [
      'Avgifter för kulturskolan 2023',
      '',
      'Instrument: 850 kr per termin',
      'Dans: 700 kr per termin',
      'Instrumenthyra: 300 kr per termin',
      'Syskonrabatt gäller från barn två.',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      { kind: 'grid', columns: ['SEK rate'], rows: [['Instrument', '850'], ['Dans', '700'], ['Instrumenthyra', '300']] },
    ]);
    const spaced = ['Taxa', 'Kopia A4 svartvit 3 kronor', 'Kopia A4 färg 6 kronor', 'Inbindning 40 kronor (per exemplar)', 'Skanning 10 kronor', ''].join('\n');
    expect(tablesOf(spaced)).toEqual([
      { kind: 'grid', columns: ['SEK'], rows: [['Kopia A4 svartvit', '3'], ['Kopia A4 färg', '6'], ['Inbindning', '40'], ['Skanning', '10']] },
    ]);
  });

  it('reads bullets whose amount stands on the next line, and items with a blank line between', () => {
    const bullets = ['Priser 2022', '', '* Vuxen', '  60 kronor per besök', '* Barn', '  30 kronor per besök', '* Årskort', '  1 900 kronor', ''].join('\n');
    expect(tablesOf(bullets)).toEqual([{ kind: 'grid', columns: ['SEK rate'], rows: [['Vuxen', '60'], ['Barn', '30'], ['Årskort', '1900']] }]);
    const apart = ['Hyra per timme: 250 kr', '', 'Hyra per dag: 1 600 kr', '', 'Städning: 500 kr', ''].join('\n');
    expect(tablesOf(apart).map((t) => t.rows)).toEqual([[['Hyra per timme', '250'], ['Hyra per dag', '1600'], ['Städning', '500']]]);
  });

  it('reads a list of two items just after a price list, under a heading of its own, but not alone', () => {
    const text = ['Avgifter', '', '- Bad, vuxen', '  70 kronor per gång', '- Bad, barn', '  35 kronor per gång', '- Gym', '  95 kronor per gång', '', 'Hyra av utrustning', '', '- Handduk', '  20 kronor', '- Badmössa', '  15 kronor', ''].join('\n');
    expect(tablesOf(text).map((t) => t.rows)).toEqual([
      [['Bad, vuxen', '70'], ['Bad, barn', '35'], ['Gym', '95']],
      [['Handduk', '20'], ['Badmössa', '15']],
    ]);
    expect(tablesOf(['Hyra av utrustning', '', 'Handduk: 20 kronor', 'Badmössa: 15 kronor', ''].join('\n'))).toEqual([]);
  });

  it('reads a price cell in a Markdown table as its amount, the rate as a note', () => {
    const md = ['| Insats | Avgift |', '|---|---|', '| Hemtjänst | 312 kronor per timme |', '| Larm | 230 kr/månad |', '| Matlåda | 65 kronor per portion |', ''].join('\n');
    expect(tablesOf(md, 'a.md')).toEqual([{ kind: 'grid', columns: ['SEK rate'], rows: [['Hemtjänst', '312'], ['Larm', '230'], ['Matlåda', '65']] }]);
  });

  it('leaves bulleted allocations and sentences that run into their amount to the prose readers', () => {
    const bullets = ['Medlen fördelas så här:', '', '* Utbildning: 12 000 000 kr', '* Uppföljning: 3 000 000 kr', '* Samordning: 1 500 000 kr', ''].join('\n');
    // No price list: the allocations stay prose, read as a list table no rule checks (item-amount-list.ts).
    expect(docOf({ text: bullets }).tables.map((t) => t.alsoProse)).toEqual([true]);
    const sentences = ['Taxan höjs från 9,50 till 12 kronor per mil.', 'Avgiften för bygglov uppgår till 1 300 kronor per timme.', 'Matlådan kostar 70 kronor per portion, enligt beslutet.', ''].join('\n');
    expect(tablesOf(sentences)).toEqual([]);
  });

  it('leaves prose with a few priced amounts alone', () => {
    const prose = [
      'Avgiften för hemtjänst är 312 kronor per timme.',
      'Den som har trygghetslarm betalar 230 kr per månad.',
      'Matlådor kostar 65 kronor styck.',
      '',
    ].join('\n');
    expect(tablesOf(prose)).toEqual([]);
  });

  it('never sums prices paid per something', () => {
    const text = ['Timpris 300 kr per timme', 'Månadsavgift 1 200 kr per månad', 'Startavgift 200 kr', 'Summa 1 000 kr', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }])).toEqual([]);
  });
});

describe('a price list under a lead-in with an amount', () => {
  it('does not take the lead-in amount for the sum of the prices', () => {
    const text = ['Maxtaxan är 2 575 kronor per månad. Övriga avgifter:', '', 'Kopia svartvit 3 kronor', 'Inbindning 40 kronor', 'Skanning 10 kronor', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }])).toEqual([]);
    expect(docOf({ file: 'a.txt', text }).tables[0]!.statedTotal).toBeUndefined();
  });
});
