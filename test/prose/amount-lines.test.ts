import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { sum } from '../../src/rules/text/sum.js';
import { ruleTester } from '../rules/rule-tester.js';

/** Sentences of a page as read; pages written for this test. */
const sentences = (text: string): string[] => docOf({ file: 'a.txt', text }).sentences.map((s) => s.text);

describe('item lines without full stops under a lead line (amount-lines.ts)', () => {
  it('are sentences of their own, apart from the lead and from what follows', () => {
    const page = ['Pengar till kulturen', '', 'Kulturnämnden fördelar 2 miljoner kronor till fyra föreningar i kommunen', 'Konstföreningen Ljus får 600 000 kronor', 'Folkdansarna får 500 000 kronor', 'Musikskolans vänner får 400 000 kronor', 'Teaterverkstan får 300 000 kr', ''].join('\n');
    expect(sentences(page)).toEqual([
      'Pengar till kulturen',
      'Kulturnämnden fördelar 2 miljoner kronor till fyra föreningar i kommunen',
      'Konstföreningen Ljus får 600 000 kronor',
      'Folkdansarna får 500 000 kronor',
      'Musikskolans vänner får 400 000 kronor',
      'Teaterverkstan får 300 000 kr',
    ]);
    // A lead wrapped over two lines stays one sentence; a closing line after the items is one of its own.
    const wrapped = ['Region Gävleborg delar i år ut totalt 1,5 miljoner kronor i', 'landsbygdsstöd till tre projekt', 'Byalaget i Hamra beviljas 700 000 kr', 'Ockelbo hembygdsgård får 500 000 kronor.', 'Fiskevårdsområdet Voxnan får 250 000 kr', 'Besluten kan överklagas'].join('\n');
    expect(sentences(wrapped)).toEqual([
      'Region Gävleborg delar i år ut totalt 1,5 miljoner kronor i landsbygdsstöd till tre projekt',
      'Byalaget i Hamra beviljas 700 000 kr',
      'Ockelbo hembygdsgård får 500 000 kronor.',
      'Fiskevårdsområdet Voxnan får 250 000 kr',
      'Besluten kan överklagas',
    ]);
  });

  it('leave wrapped prose and a single line with money as one sentence', () => {
    const prose = ['Regionen har under året betalat ut 4 miljoner kronor', 'till vården och kommer att fortsätta med satsningen under', 'nästa år med ytterligare 2 miljoner kronor'].join('\n');
    expect(sentences(prose)).toEqual(['Regionen har under året betalat ut 4 miljoner kronor till vården och kommer att fortsätta med satsningen under nästa år med ytterligare 2 miljoner kronor']);
    const one = ['Kommunen satsar på simskolor', 'Simklubben får 80 000 kronor', 'och badet öppnar i juni'].join('\n');
    expect(sentences(one)).toEqual(['Kommunen satsar på simskolor Simklubben får 80 000 kronor och badet öppnar i juni']);
  });
});

// Joined, the lead and its items were one sentence and no check read them.
ruleTester(sum, {
  valid: [
    { name: 'items under a counting lead line that make its amount', code: 'Kulturnämnden fördelar 1,8 miljoner kronor till fyra föreningar i kommunen\nKonstföreningen Ljus får 600 000 kronor\nFolkdansarna får 500 000 kronor\nMusikskolans vänner får 400 000 kronor\nTeaterverkstan får 300 000 kronor\n' },
  ],
  invalid: [
    {
      name: 'items under a counting lead line that miss its amount',
      code: 'Kulturnämnden fördelar 2,2 miljoner kronor till fyra föreningar i kommunen\nKonstföreningen Ljus får 600 000 kronor\nFolkdansarna får 500 000 kronor\nMusikskolans vänner får 400 000 kronor\nTeaterverkstan får 300 000 kronor\n',
      findings: [{ severity: 'warning', message: /^de 4 meningarna som beviljar belopp efter ingressen summerar till 1 800 000 kr; ingressen anger 2 200 000 kr till 4 mottagare/, line: 1, expected: '2200000', actual: '1800000' }],
    },
    {
      name: 'items with a unit word under a counting lead line, then a closing line',
      code: 'Länsstyrelsen beviljar 900 000 kronor till tre projekt\nByalaget i Hamra beviljas 400 000 kr\nOckelbo hembygdsgård får 300 000 kr\nFiskevårdsområdet Voxnan får 100 000 kr\nBesluten kan överklagas\n',
      findings: [{ severity: 'warning', message: /^de 3 meningarna som beviljar belopp efter ingressen summerar till 800 000 kr; ingressen anger 900 000 kr till 3 mottagare/, line: 1, expected: '900000', actual: '800000' }],
    },
  ],
});
