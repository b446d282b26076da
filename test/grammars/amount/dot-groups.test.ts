import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../grammars/amount/index.js';
import { closingDotGroupsAsSpaces, dotGroupsAsSpaces } from '../../../grammars/amount/dot-groups.js';

/** Thousands grouped with dots, as news pages write them; sentences written for this test. */
const read = (text: string) => findAmounts(text).map((a) => [a.raw, a.value.toFixed(), a.unit, a.qualifier]);

describe('thousands grouped with dots in prose', () => {
  it('are read before a currency or scale word, in several wordings', () => {
    expect(read('Vården kostade nära 16.200 kronor per invånare i Jämtland.')).toEqual([['nära 16.200 kronor', '16200', 'SEK', 'nära']]);
    expect(read('Vaxholm får 1.245 kr/inv, lägst i länet.')).toEqual([['1.245 kr', '1245', 'SEK', 'exact']]);
    expect(read('Föreningen fick 3.750.000 kronor i bidrag.')).toEqual([['3.750.000 kronor', '3750000', 'SEK', 'exact']]);
    expect(read('Totalt handlar det om 2.400 miljoner kronor.')).toEqual([['2.400 miljoner kronor', '2400000000', 'SEK', 'exact']]);
  });

  it('keep their offsets into the text', () => {
    const text = 'Lägst var Halland med knappt 11.900 kronor.';
    const [a] = findAmounts(text);
    expect(text.slice(a!.start, a!.end)).toBe('knappt 11.900 kronor');
    expect(dotGroupsAsSpaces(text)).toHaveLength(text.length);
  });

  it('leave decimal points, section numbers and dotted numbers without a currency alone', () => {
    expect(dotGroupsAsSpaces('Kostnaden steg 3.5 procent.')).toBe('Kostnaden steg 3.5 procent.');
    expect(read('Det kostar 3.5 miljoner kronor.')).toEqual([]);
    expect(dotGroupsAsSpaces('Se avsnitt 4.500 i bilagan.')).toBe('Se avsnitt 4.500 i bilagan.');
    expect(dotGroupsAsSpaces('Version 1.15.500 kr')).toBe('Version 1.15.500 kr');
    expect(dotGroupsAsSpaces('Dnr S2023.500 kronor')).toBe('Dnr S2023.500 kronor');
    expect(dotGroupsAsSpaces('Det kostar 2.50 kronor.')).toBe('Det kostar 2.50 kronor.');
  });
});

describe('the bare figure closing a list item', () => {
  it('is read with its dots as groups when the item ends in it, maybe after a full stop', () => {
    const read = (text: string) => findAmounts(text, { closingDots: true }).map((a) => [a.raw, a.value.toFixed(), a.unit]);
    expect(read('Sveaborgs bygdegård: 7.995')).toEqual([['7.995', '7995', null]]);
    expect(read('Idrottsalliansen – 1.250.000.')).toEqual([['1.250.000', '1250000', null]]);
    expect(closingDotGroupsAsSpaces('Klubben: 12.500')).toHaveLength('Klubben: 12.500'.length);
  });

  it('leaves a figure inside the item, a decimal point and items read without the option alone', () => {
    expect(closingDotGroupsAsSpaces('Version 2.500 av planen gäller')).toBe('Version 2.500 av planen gäller');
    expect(closingDotGroupsAsSpaces('Räntan: 3.5')).toBe('Räntan: 3.5');
    expect(findAmounts('Sveaborgs bygdegård: 7.995')).toEqual([]);
  });
});
