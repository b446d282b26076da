import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Amounts of the document's list items, as read; pages written for this test. */
const itemAmounts = (text: string) => {
  const doc = docOf({ file: 'a.txt', text });
  return doc.amounts.filter((a) => doc.sentences[a.sentence]!.role === 'list-item').map((a) => [a.raw, a.value.toFixed(), a.unit]);
};

describe('list items that group thousands with dots', () => {
  it('read the bare figure of the items after one that writes its unit so, in bullets and in numbered items', () => {
    const bullets = ['Stöd till samlingslokaler:', '- Ekbackens bygdegård: 17.371 kronor', '- Norrgårdens hembygdsförening: 7.995', '- Sjövikens samlingslokal: 24.435', ''].join('\n');
    expect(itemAmounts(bullets)).toEqual([
      ['17.371 kronor', '17371', 'SEK'],
      ['7.995', '7995', null],
      ['24.435', '24435', null],
    ]);
    const numbered = ['Bidrag 2025:', '1. Scoutkåren – 2.500 kr', '2. Schackklubben – 11.000', '3. Musikkåren – 126.040.', ''].join('\n');
    expect(itemAmounts(numbered)).toEqual([
      ['2.500 kr', '2500', 'SEK'],
      ['11.000', '11000', null],
      ['126.040', '126040', null],
    ]);
  });

  it('leave dotted figures alone in a list whose items write no such unit, and in the paragraph after a list', () => {
    const versions = ['Gällande planer:', '- Detaljplan: 2.500', '- Översiktsplan: 1.200', ''].join('\n');
    expect(itemAmounts(versions)).toEqual([]);
    const after = ['Stöd:', '- Ekbackens bygdegård: 17.371 kronor', '', 'Planen har nummer 4.500', ''].join('\n');
    const doc = docOf({ file: 'b.txt', text: after });
    expect(doc.amounts.map((a) => a.raw)).toEqual(['17.371 kronor']);
  });
});
