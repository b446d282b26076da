import { describe, expect, it } from 'vitest';
import { countyLetterLabel } from '../../src/tables/county-letter-label.js';
import { buildDocument } from '../../src/document/build.js';
import { readText } from '../../src/readers/text.js';

describe('a county letter in the label cell under "Län …"', () => {
  it('is the code, the rest the label', () => {
    expect(countyLetterLabel('Län Objekt', 'H   Kalmar slottsmur')).toEqual({ code: 'H', label: 'Kalmar slottsmur' });
    expect(countyLetterLabel('Län Projekt', 'BD Gammelstads kyrkstad')).toEqual({ code: 'BD', label: 'Gammelstads kyrkstad' });
  });

  it('is nothing under another title, for a letter that is no county, or before a lower-case word', () => {
    expect(countyLetterLabel('Kommun Objekt', 'H Kalmar slottsmur')).toBeNull();
    expect(countyLetterLabel('Län Objekt', 'Q Okänd ort')).toBeNull();
    expect(countyLetterLabel('Län Objekt', 'AB och bolag')).toBeNull();
    expect(countyLetterLabel('Län', 'AB Tyresö')).toBeNull();
  });

  it('sets the letters apart from the items in a table of single-space columns', () => {
    const text = ['Kulturmiljöbidrag, juni', '', 'Län Objekt  Kronor', 'H   Kalmar slottsmur  400 000', 'Borgholms ruin 250 000', 'Ölands fornborgar  120 000', 'I   Visby ringmur 600 000', 'BD  Gammelstads kyrkstad 180 000', ''].join('\n');
    const rows = buildDocument(readText('c.txt', text)).tables[0]!.rows;
    expect(rows.map((r) => [r.label, r.code ?? null, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Kalmar slottsmur', 'H', '400000'],
      ['Borgholms ruin', null, '250000'],
      ['Ölands fornborgar', null, '120000'],
      ['Visby ringmur', 'I', '600000'],
      ['Gammelstads kyrkstad', 'BD', '180000'],
    ]);
  });
});
