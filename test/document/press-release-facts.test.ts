import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Facts of a press release read from the page itself, each in two wordings written for this test. */
const facts = (text: string) => {
  const d = docOf({ file: 'pm.txt', text });
  return { kind: d.kind, date: d.date, dnr: d.dnr };
};

describe('press releases', () => {
  it('is typed as a press release although it reports a commission ("Regeringen ger … i uppdrag")', () => {
    const a = facts(
      'Medel till regionerna\n\n12 mars 2023\n\nRegeringen ger Kammarkollegiet i uppdrag att betala ut 100 miljoner kronor.\n\n– Det här är viktigt, säger socialministern Anna Andersson.\n',
    );
    expect(a.kind).toBe('pressmeddelande');
    const b = facts('Pressmeddelande\nPublicerad 3 maj 2022\n\nRegeringen ger Socialstyrelsen i uppdrag att följa upp satsningen.\n\nPresskontakt\nEva Ek, pressekreterare\n');
    expect(b.kind).toBe('pressmeddelande');
  });

  it('takes the publication date, not a deadline in the text', () => {
    expect(facts('Bidrag till vården\n\nAnsökan ska vara inne senast den 30 april 2023.\n\n– Bra, säger statsrådet.\n\nPublicerad 12 mars 2023\n').date).toBe('2023-03-12');
    expect(facts('Nya medel\n\nFrån och med 2024-01-01 gäller nya regler.\n\n2023-11-20\n\n– Vi satsar, säger finansministern.\n').date).toBe('2023-11-20');
  });

  it('keeps its own dnr, not the ones it cites', () => {
    const a = facts('Medel till regionerna\n\nDnr S2023/01234\n\nBeslutet gäller överenskommelsen (S2022/05555).\n\n– Bra, säger socialministern.\n');
    expect(a.dnr).toEqual(['S2023/01234']);
    const b = facts('Medel till regionerna\n\nRegeringen har i dag fattat beslut (S2023/00042) om medel enligt överenskommelsen S2022/05555.\n\n– Bra, säger socialministern.\n');
    expect(b.dnr).toEqual([]);
  });
});

describe('news pages', () => {
  it('takes the dateline written with an English or abbreviated month as the date', () => {
    expect(facts('Följ myndigheten\n\nNya medel till länen\n\nNyhet   •   Mar 14, 2019 10:30 CET\n\nI år fördelas 120 miljoner kronor till länen.\n').date).toBe('2019-03-14');
    expect(facts('Stöd till kommunerna\n\n5 feb. 2020\n\nAnsökan ska vara inne senast den 30 april 2020.\n').date).toBe('2020-02-05');
  });

  it('a title that opens with an amount is the title; the dateline below it is not', () => {
    const d = docOf({ file: 'n.txt', text: 'Följ myndigheten\n\n300 miljoner till länens vattenarbete\n\nNyhet • Sep 02, 2018 09:00 CEST\n\nI år fördelas 300 miljoner kronor.\n' });
    expect(d.title).toBe('300 miljoner till länens vattenarbete');
    expect(d.kind).toBe('pressmeddelande');
    const e = docOf({ file: 'n.txt', text: 'Följ myndigheten\n\nNyhet • Sep 02, 2018 09:00 CEST\n\nLänen delar på medlen för vattenarbetet i år\n\nI år fördelas 300 miljoner kronor.\n' });
    expect(e.title).toBe('Länen delar på medlen för vattenarbetet i år');
  });
});
