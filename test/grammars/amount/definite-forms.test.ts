import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../grammars/amount/index.js';
import { docOf } from '../../rules/rule-tester.js';

const read = (s: string) => findAmounts(s).map((a) => [a.raw, a.value.toFixed(), a.unit]);

describe('scale and currency words in the definite plural', () => {
  it('reads "miljonerna", "miljarderna" and "kronorna" as the amount named again', () => {
    expect(read('Så fördelas de 40 miljonerna mellan länen.')).toEqual([['40 miljonerna', '40000000', 'SEK']]);
    expect(read('Av de 2,5 miljarderna går 1 miljard till kommunerna.')).toEqual([
      ['2,5 miljarderna', '2500000000', 'SEK'],
      ['1 miljard', '1000000000', 'SEK'],
    ]);
    expect(read('De två miljarderna räcker inte.')).toEqual([['två miljarderna', '2000000000', 'SEK']]);
    expect(read('Resten av de 300 000 kronorna betalas ut i maj.')).toEqual([['300 000 kronorna', '300000', 'SEK']]);
  });

  it('reads no amount where the word has no number', () => {
    expect(read('Resten av miljonerna betalas ut senare.')).toEqual([]);
  });

  it("makes a list's lead-in that names its total so the list's stated total", () => {
    const bullets = ['Så här mycket får varje län av de 40 miljonerna:', '', '* Stockholms län: 12,5 mnkr', '* Uppsala län: 3,0 mnkr', '* Skåne län: 9,5 mnkr', '* Västra Götalands län: 14,0 mnkr', ''].join('\n');
    const lines = ['Av de 2,5 miljarderna får regionerna följande:', '', 'Region Kalmar 0,5 miljarder kronor', 'Region Blekinge 0,4 miljarder kronor', 'Region Kronoberg 0,6 miljarder kronor', 'Region Jönköpings län 1,0 miljarder kronor', ''].join('\n');
    for (const [text, total] of [[bullets, '40000000'], [lines, '2500000000']] as const) {
      const tables = docOf({ file: 'a.txt', text }).tables;
      expect(tables.map((t) => t.statedTotal?.value.toFixed())).toEqual([total]);
    }
  });
});
