import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../grammars/amount/index.js';
import { decreasesIn, isDecrease } from '../../src/prose/decrease.js';

/** The raw text of each amount in the sentence that is read as a decrease. */
function decreases(sentence: string): string[] {
  return findAmounts(sentence)
    .filter((a) => isDecrease(sentence, a.start, a.end))
    .map((a) => a.raw);
}

describe('isDecrease', () => {
  it.each([
    // Loss verbs take the amount directly.
    ['Region Värmland förlorar 20 miljoner kronor på omläggningen.', ['20 miljoner kronor']],
    ['Jämtland tappade drygt 3 miljoner kronor i statsbidrag.', ['drygt 3 miljoner kronor']],
    ['Region Blekinge går miste om 6,5 mnkr nästa år.', ['6,5 mnkr']],
    // Decrease verbs take it with "med", also a few words after the verb.
    ['Anslaget minskar med 15 mnkr jämfört med i fjol.', ['15 mnkr']],
    ['Regeringen sänker bidraget till Region Gävleborg med 4 miljoner kronor.', ['4 miljoner kronor']],
    ['Ramen dras ned med totalt 120 miljoner kronor.', ['120 miljoner kronor']],
    // Nouns of decrease take it with "på" or "om" as well.
    ['Det innebär en neddragning på 40 miljoner kronor för regionerna.', ['40 miljoner kronor']],
    ['Intäktsbortfallet beräknas till ett bortfall om 2,3 miljarder kronor.', ['2,3 miljarder kronor']],
    // A comparative after the amount.
    ['Region Dalarna får 8 miljoner mindre än förra året.', ['8 miljoner']],
    ['Gotland får 1,5 miljoner kronor lägre ersättning. Halland får 2 miljoner kronor mindre.', ['2 miljoner kronor']],
  ])('%s', (sentence, expected) => {
    expect(decreases(sentence)).toEqual(expected);
  });

  it.each([
    // Levels merely compared: from and to.
    'Anslaget minskar från 20 till 15 miljoner kronor.',
    'Bidraget sänks till 300 miljoner kronor 2025.',
    // Increases and plain payouts.
    'Anslaget ökar med 15 mnkr och Region Skåne får 20 miljoner kronor.',
    // A denial.
    'Anslaget minskar inte med 15 mnkr, som det först sades.',
    // "mindre" as an adjective before a noun.
    'Stöd på högst 200 000 kronor mindre företag kan söka.',
    // A figure of its own between the verb and "med".
    'Kostnaderna minskade 2023 med hjälp av 40 miljoner kronor från staten.',
  ])('%s has no decrease', (sentence) => {
    expect(decreases(sentence)).toEqual([]);
  });
});

describe('isDecrease: the verb and its "med" in one clause', () => {
  it('reads no decrease when a new clause or a verb of receiving stands between', () => {
    expect(decreases('Regionerna minskar köerna och får stöd med 20 miljoner kronor.')).toEqual([]);
    expect(decreases('Vårdköerna minskar, som regionen får hjälp med 20 miljoner kronor.')).toEqual([]);
  });
});

describe('decreasesIn: a series after a decrease', () => {
  const marked = (sentence: string): string[] => {
    const found = findAmounts(sentence);
    const flags = decreasesIn(sentence, found);
    return found.filter((_, k) => flags[k]).map((a) => a.raw);
  };

  it('marks the figures that continue the series', () => {
    expect(marked('Detta beräknas minska utgifterna med 1 230 miljoner kronor 2025 och 2 638 miljoner kronor 2026.')).toEqual(['1 230 miljoner kronor', '2 638 miljoner kronor']);
    expect(marked('Bidragen sänks med 12 mnkr för 2024, 15 mnkr för 2025 respektive 18 mnkr för 2026.')).toEqual(['12 mnkr', '15 mnkr', '18 mnkr']);
    expect(marked('Minskningen med 3,5 procent 2024 och 4 procent 2025 gäller alla regioner.')).toEqual(['3,5 procent', '4 procent']);
  });

  it('ends the series at a level or a figure of another kind', () => {
    expect(marked('Anslaget minskar med 20 miljoner kronor till 300 miljoner kronor.')).toEqual(['20 miljoner kronor']);
    expect(marked('Anslaget minskar med 20 miljoner kronor och regionerna får 300 miljoner kronor.')).toEqual(['20 miljoner kronor']);
  });
});
