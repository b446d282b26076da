import { describe, expect, it } from 'vitest';
import { gluedYearHeader } from '../../src/layout/glued-year-header.js';
import { docOf } from '../rules/rule-tester.js';

/** Headers of years that lost their separators over rows that kept theirs; written for this test, figures invented. */
const read = (text: string) => {
  const t = docOf({ file: 't.txt', text }).tables[0]!;
  return { label: t.labelHeader, headers: t.columns.map((c) => c.header.join(' / ')), rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]) };
};

describe('gluedYearHeader', () => {
  it('splits a run of consecutive or evenly stepped years, a title glued in front', () => {
    expect(gluedYearHeader('Kommun2016201720182019')).toEqual({ title: 'Kommun', years: ['2016', '2017', '2018', '2019'] });
    expect(gluedYearHeader('2010201520202025')).toEqual({ title: '', years: ['2010', '2015', '2020', '2025'] });
    expect(gluedYearHeader('  201920182017 ')).toEqual({ title: '', years: ['2019', '2018', '2017'] });
  });

  it('splits no run that is not years in steps, nor a title with a figure', () => {
    expect(gluedYearHeader('20162018201720192')).toBeNull();
    expect(gluedYearHeader('2016201820172019')).toBeNull();
    expect(gluedYearHeader('2016201620162016')).toBeNull();
    expect(gluedYearHeader('Ärende 12 20162017')).toBeNull();
    expect(gluedYearHeader('2016')).toBeNull();
  });
});

describe('a glued header of years over rows that kept their separators', () => {
  it('reads tab rows under "Kommun2016201720182019"', () => {
    const text = ['Antal elever per kommun', '', 'Kommun2016201720182019', 'Ale\t1 200\t1 250\t1 300\t1 320', 'Alingsås\t2 100\t2 150\t2 120\t2 200', 'Borås\t6 300\t6 400\t6 450\t6 500', 'Summa\t9 600\t9 800\t9 870\t10 020'].join('\n');
    expect(read(text)).toEqual({
      label: 'Kommun',
      headers: ['2016', '2017', '2018', '2019'],
      rows: [
        ['Ale', '1200', '1250', '1300', '1320'],
        ['Alingsås', '2100', '2150', '2120', '2200'],
        ['Borås', '6300', '6400', '6450', '6500'],
        ['Summa', '9600', '9800', '9870', '10020'],
      ],
    });
  });

  it('reads rows aligned by wide gaps under "Verksamhet2021202220232024", and single-spaced rows under bare years', () => {
    const aligned = ['Nettokostnad per verksamhet, mnkr', '', 'Verksamhet2021202220232024', 'Förskola          45,2     47,1     48,0     49,5', 'Grundskola        88,3     90,9     91,0     93,2', 'Summa            133,5    138,0    139,0    142,7'].join('\n');
    expect(read(aligned)).toEqual({
      label: 'Verksamhet',
      headers: ['2021', '2022', '2023', '2024'],
      rows: [
        ['Förskola', '45200000', '47100000', '48000000', '49500000'],
        ['Grundskola', '88300000', '90900000', '91000000', '93200000'],
        ['Summa', '133500000', '138000000', '139000000', '142700000'],
      ],
    });
    const single = ['Kostnader, tkr', '2016201720182019', 'Förskola 45 200 47 100 48 000 49 500', 'Grundskola 88 300 90 900 91 000 93 200', 'Fritid 3 100 3 200 3 300 3 400', 'Summa 136 600 141 200 142 300 146 100'].join('\n');
    expect(read(single).headers).toEqual(['2016', '2017', '2018', '2019']);
    expect(read(single).rows[0]).toEqual(['Förskola', '45200000', '47100000', '48000000', '49500000']);
  });

  it('reads a table pasted one cell a line under years five apart, with and without blank lines between the cells', () => {
    const cells = ['Län', '2010201520202025', 'Skåne län', '1 243 000', '1 303 000', '1 377 000', '1 421 000', 'Hallands län', '300 000', '315 000', '333 000', '345 000', 'Kalmar län', '233 000', '235 000', '245 000', '247 000'];
    const expected = {
      label: 'Län',
      headers: ['2010', '2015', '2020', '2025'],
      rows: [
        ['Skåne län', '1243000', '1303000', '1377000', '1421000'],
        ['Hallands län', '300000', '315000', '333000', '345000'],
        ['Kalmar län', '233000', '235000', '245000', '247000'],
      ],
    };
    expect(read(['Invånare per län', '', ...cells].join('\n'))).toEqual(expected);
    expect(read(['Invånare per län', ...cells].join('\n\n'))).toEqual(expected);
  });

  it('leaves a header whose count of years is not the rows\' count of figures, and rows glued too', () => {
    // Three years over two figures a row: no certain split; the line stays text.
    const text = ['201620172018', 'Ale\t1 200\t1 250', 'Alingsås\t2 100\t2 150', 'Borås\t6 300\t6 400'].join('\n');
    expect(docOf({ file: 't.txt', text }).tables[0]!.columns.map((c) => c.header)).toEqual([[], []]);
    // Rows glued as well: the glued-table reader reads them, its cells marked so.
    const glued = ['Nettokostnad (tkr)', '201620152014', 'Hyror och arrenden324311298', 'Summa intäkter2 1371 7061 652', 'Övriga intäkter216214216'].join('\n');
    expect(docOf({ file: 't.txt', text: glued }).tables[0]!.rows[0]!.cells.map((c) => c.readBy)).toEqual(['glued', 'glued', 'glued']);
  });
});
