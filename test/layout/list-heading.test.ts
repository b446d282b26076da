import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Headings set right above a list, written for this test. */
const captionOf = (text: string) => docOf({ text }).tables[0]?.caption ?? null;

describe('a heading line right above a list', () => {
  it('is the list\'s caption, under a sentence or alone', () => {
    expect(captionOf('Pengarna kommer i två omgångar.\nSå mycket får kommunerna i Norrbotten\nLuleå 30,1 miljoner kronor\nPiteå 18\nKiruna 12,4\n')).toBe('Så mycket får kommunerna i Norrbotten');
    expect(captionOf('Fördelning per region\n\n- Norrbotten: 20,0 miljoner kronor\n- Västerbotten: 15,0 miljoner kronor\n- Jämtland: 10,0 miljoner kronor\n')).toBe('Fördelning per region');
  });

  it('may end in its unit in parentheses', () => {
    expect(captionOf('Beloppen per region (kronor)\n\nRegion Uppsala 12 300 000\nRegion Sörmland 10 200 000\nRegion Östergötland 22 500 000\n')).toBe('Beloppen per region (kronor)');
    expect(captionOf('Stöd till länen (tkr)\n- Gävleborg: 1 200\n- Dalarna: 900\n- Värmland: 1 050\n')).toBe('Stöd till länen (tkr)');
  });

  it('is no caption when it is a sentence\'s wrapped tail, a sentence, or carries a figure', () => {
    expect(captionOf('Pengarna kommer i två omgångar och fördelas\nmellan kommunerna i Norrbotten\nLuleå 30,1 miljoner kronor\nPiteå 18\nKiruna 12,4\n')).toBeNull();
    expect(captionOf('Pengarna kommer i två omgångar.\n\n- Norrbotten: 20,0 miljoner kronor\n- Västerbotten: 15,0 miljoner kronor\n- Jämtland: 10,0 miljoner kronor\n')).toBeNull();
    expect(captionOf('Så fördelas 282 miljoner\n\n- Norrbotten: 20,0 miljoner kronor\n- Västerbotten: 15,0 miljoner kronor\n- Jämtland: 10,0 miljoner kronor\n')).toBeNull();
  });
});
