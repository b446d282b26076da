import { describe, expect, it } from 'vitest';
import { regionClaim } from '../../../src/rules/text/region-claim.js';
import { findingsOf } from '../rule-tester.js';

/** Pages written for this test: a sentence about one region above or below a table of regions, in Markdown and as text. */
const gfm = (prose: string[]): string =>
  [
    '# Medel till regionerna 2025',
    '',
    ...prose,
    '',
    '| Region | Belopp, kronor |',
    '|---|---:|',
    '| Region Stockholm | 45 200 000 |',
    '| Region Skåne | 12 300 000 |',
    '| Region Gotland | 4 500 000 |',
    '| Totalt | 62 000 000 |',
    '',
  ].join('\n');

const twoColumns = (prose: string): string =>
  [
    'Fördelning per län (tkr)',
    '',
    'Län           2025     2026',
    'Uppsala      8 400    9 100',
    'Gävleborg    6 100    6 600',
    'Norrbotten   5 200    5 700',
    '',
    prose,
    '',
  ].join('\n');

const run = (text: string) => findingsOf(regionClaim, [{ file: 'a.md', text }]).map((f) => [f.severity, f.message, f.location.line]);

describe('text/region-claim', () => {
  it('agrees, as an info, when the sentence gives the region the amount of its row, in any wording of the verb', () => {
    expect(run(gfm(['Region Skåne får 12,3 miljoner kronor för att korta köerna.']))).toEqual([
      ['info', '"12,3 miljoner kronor" till Region Skåne i texten stämmer med 12 300 000 kr, raden "Region Skåne", kolumnen "Belopp, kronor" i tabellen på rad 5', 3],
    ]);
    expect(run(gfm(['Till Gotland går 4,5 miljoner kronor.'])).map((f) => f[0])).toEqual(['info']);
    expect(run(twoColumns('Gävleborg tilldelas totalt 12,7 miljoner kronor under perioden.')).map((f) => f[0])).toEqual(['info']);
    expect(run(twoColumns('Norrbotten har fått 5 700 000 kronor.')).map((f) => f[0])).toEqual(['info']);
  });

  it('warns when the amount is in none of the row\'s cells nor their sum, naming them', () => {
    expect(run(gfm(['Region Skåne får 13,2 miljoner kronor för att korta köerna.']))).toEqual([
      [
        'warning',
        '"13,2 miljoner kronor" till Region Skåne i texten stämmer inte med regionens rad: 12 300 000 kr (raden "Region Skåne", kolumnen "Belopp, kronor" i tabellen på rad 5) (skillnad 900 000 kr) — att meningen talar om samma pengar som tabellen är läst ur ordalydelsen',
        3,
      ],
    ]);
    expect(run(twoColumns('Uppsala får 9 400 000 kronor.')).map((f) => f[0])).toEqual(['warning']);
  });

  it('leaves alone additions, comparisons, rates, parts, two amounts, approximations and regions without a row', () => {
    for (const sentence of [
      'Region Skåne får ytterligare 2 miljoner kronor.',
      'Region Skåne får 2 miljoner kronor mer än i fjol.',
      'Region Skåne får 150 kronor per invånare.',
      'Region Skåne får 12,3 miljoner kronor, varav 2 miljoner till länets kommuner.',
      'Region Skåne får 12,3 miljoner kronor och Gotland 4,5 miljoner kronor.',
      'Region Skåne får drygt 12 miljoner kronor.',
      'Region Halland får 3 miljoner kronor.',
      'Regeringen ger Region Skåne 13 miljoner kronor i ett annat uppdrag.',
    ]) {
      expect(run(gfm([sentence])), sentence).toEqual([]);
    }
  });
});
