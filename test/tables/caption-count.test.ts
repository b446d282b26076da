import { describe, expect, it } from 'vitest';
import { captionCount } from '../../src/tables/caption-count.js';
import { docOf } from '../rules/rule-tester.js';

describe('a caption that counts', () => {
  it('makes columns without a unit of their own counts', () => {
    for (const caption of ['Tabell 7. Antal ärenden per län', 'Antal beviljade ansökningar 2024']) {
      const [t] = docOf({ text: `${caption}\n\nLän\tÄrenden 2024\tÄrenden 2025\nKalmar län\t120\t135\nGotlands län\t40\t45\nTotalt\t160\t180\n` }).tables;
      expect(t!.columns.map((c) => [c.unit, c.scale])).toEqual([
        ['count', 1],
        ['count', 1],
      ]);
    }
  });

  it('leaves a money caption and a caption that only mentions a number alone', () => {
    expect(captionCount('Tabell 2. Bidrag per län, tusental kronor')).toBeNull();
    expect(captionCount('Fördelning efter antal invånare')).toBeNull();
    const [t] = docOf({ text: 'Tabell 3. Antal projekt och beviljat belopp, tkr\n\nLän\tProjekt\tBelopp\nKalmar län\t12\t1 500\nGotlands län\t4\t500\nTotalt\t16\t2 000\n' }).tables;
    expect(t!.columns.map((c) => [c.unit, c.scale])).toEqual([
      ['SEK', 1000],
      ['SEK', 1000],
    ]);
  });
});
