import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A list's lead-in with blank lines between it and the list, in wordings and layouts written for this test. */
const read = (text: string, file = 'a.txt') =>
  docOf({ text, file }).tables.map((t) => ({ caption: t.caption, unit: t.unit, scale: t.scale, stated: t.statedTotal?.value.toFixed() ?? null }));

describe('a lead-in across blank lines', () => {
  it('is the caption of a region list below it, with its unit and stated total', () => {
    const lead = 'Medlen, totalt 9,5 miljoner kronor, fördelas så här (miljoner kronor):';
    const expected = [{ caption: lead, unit: 'SEK', scale: 1_000_000, stated: '9500000' }];
    expect(read(`${lead}\n\n- Uppsala: 3\n- Gävleborg: 4\n- Dalarna: 2,5\n`)).toEqual(expected);
    expect(read(`${lead}\n\n\n  Uppsala: 3\n\n  Gävleborg: 4\n\n  Dalarna: 2,5\n`, 'b.md')).toEqual(expected);
  });

  it('is the caption of a list of other things, worded otherwise', () => {
    const lead = 'Nämnden fördelar sammanlagt 1 200 000 kronor till tre föreningar:';
    expect(read(`${lead}\n\n• Idrottsföreningen: 500 000 kronor\n• Musikskolan: 400 000 kronor\n• Hembygdsföreningen: 300 000 kronor\n`)).toEqual([
      { caption: lead, unit: null, scale: 1, stated: '1200000' },
    ]);
  });

  it('is the caption of a list whose bullets are set against the names', () => {
    const lead = 'Regionerna i söder får 6,5 miljoner kronor:';
    expect(read(`${lead}\n\n•Region Skåne: 3 mnkr\n•Region Halland: 1,5 mnkr\n•Region Blekinge: 2 mnkr\n`)).toEqual([{ caption: lead, unit: 'SEK', scale: 1_000_000, stated: '6500000' }]);
  });

  it('is no caption when another paragraph or a heading stands between', () => {
    const lead = 'Medlen, totalt 9,5 miljoner kronor, fördelas så här:';
    const list = '- Uppsala: 3\n- Gävleborg: 4\n- Dalarna: 2,5\n';
    expect(read(`${lead}\n\nBeloppen gäller för år 2025.\n\n${list}`)).toEqual([{ caption: null, unit: null, scale: 1, stated: null }]);
    expect(read(`${lead}\n\n## Fördelning\n\n${list}`, 'b.md')).toEqual([{ caption: 'Fördelning', unit: null, scale: 1, stated: null }]);
  });
});
