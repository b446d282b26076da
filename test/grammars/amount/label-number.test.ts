import { describe, expect, it } from 'vitest';
import { findAmounts, parseCell } from '../../../grammars/amount/index.js';

/** A category's number right before its amount, in wordings written for this test. */
const read = (text: string) => findAmounts(text).map((a) => ({ raw: a.raw, value: a.value.toFixed(), kinds: a.anomalies.map((x) => x.kind) }));

describe('a number closing a label before a grouped amount', () => {
  it('reads "Zon 1 1 250 kronor" as 1 250 kronor, the 1 the label\'s, and names the cut', () => {
    expect(read('Zon 1 1 250 kronor per resa')).toEqual([{ raw: '1 250 kronor', value: '1250', kinds: ['label-number'] }]);
  });

  it('does so after a category opening a bulleted line, with kr', () => {
    expect(read('Taxor\n• Nivå 3 2 000 kr per månad')).toEqual([{ raw: '2 000 kr', value: '2000', kinds: ['label-number'] }]);
  });

  it('keeps a malformed run after two words one malformed figure', () => {
    expect(read('Kommunen får 10 10 000 kronor.')).toEqual([{ raw: '10 10 000 kronor', value: '1010000', kinds: ['digit-grouping'] }]);
  });

  it('keeps a malformed run inside a sentence one malformed figure', () => {
    expect(read('Avgiften för nivå 3 2 000 kr per månad gäller från januari.')).toEqual([{ raw: '3 2 000 kr', value: '32000', kinds: ['digit-grouping'] }]);
  });

  it('keeps a malformed run with no word right before it (a colon) as one malformed figure', () => {
    expect(read('Belopp: 1 1 250 kronor.')).toEqual([{ raw: '1 1 250 kronor', value: '11250', kinds: ['digit-grouping'] }]);
  });

  it('keeps a well-formed run whole ("Nivå 2 500 kronor" is 2 500 kronor as written)', () => {
    expect(read('Nivå 2 500 kronor')).toEqual([{ raw: '2 500 kronor', value: '2500', kinds: [] }]);
  });

  it('leaves a table cell whole', () => {
    expect(parseCell('1 1 250')?.value.toFixed()).toBe('11250');
  });
});
