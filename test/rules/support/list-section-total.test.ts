import { describe, expect, it } from 'vitest';
import { sum } from '../../../src/rules/text/sum.js';
import { runRules } from '../../../src/rules/engine.js';
import { docOf } from '../rule-tester.js';

/** Bulleted lists in sections, each closed by its sum item, and a last total: lists written for this test. */
const found = (code: string) => {
  const doc = docOf({ text: code, file: 't.md' });
  return (runRules([doc], [sum]).get(doc.file) ?? []).map((f) => [f.severity, f.message] as const);
};

// 412,5 + 180,3 = 592,8; 200 + 116,5 = 316,5; 592,8 + 316,5 = 909,3.
const stars = (last: string) =>
  `Pengarna till kommunen fördelas så här.\n\n* Grundskola: 412,5 mnkr\n* Gymnasium: 180,3 mnkr\n* Summa skolan: 592,8 mnkr\n* Hemtjänst: 200 mnkr\n* Särskilt boende: 116,5 mnkr\n* Summa omsorgen: 316,5 mnkr\n* ${last} mnkr\n`;
// 1 200 000 + 800 000 = 2 000 000; 300 000 + 450 000 = 750 000; 2 000 000 + 750 000 = 2 750 000.
const dashes = (last: string) =>
  `Stödet 2025\n\n- Projekt Alfa – 1 200 000 kronor\n- Projekt Beta – 800 000 kronor\n- Summa forskning – 2 000 000 kronor\n- Kurs A – 300 000 kronor\n- Kurs B – 450 000 kronor\n- Summa utbildning – 750 000 kronor\n- ${last} kronor\n`;

describe('bulleted lists in sections', () => {
  it('gives no finding where the last total is the sections\' sums', () => {
    expect(found(stars('Totalt: 909,3'))).toEqual([]);
    expect(found(dashes('Sammanlagt – 2 750 000'))).toEqual([]);
  });

  it('warns where the last total misses the sections\' sums: that it adds them is read from the layout', () => {
    expect(found(stars('Totalt: 919,3'))).toEqual([
      [
        'warning',
        'listans 2 avsnittssummor och belopp efter dem summerar till 909 300 000 kr; listans sista summarad anger 919 300 000 kr (skillnad 10 000 000 kr, avrundning tillåter ±150 000 kr) — osäker läsning: att sista raden lägger ihop listans 2 avsnitt är läst ur uppställningen',
      ],
    ]);
    expect(found(dashes('Sammanlagt – 2 700 000')).map((f) => f[0])).toEqual(['warning']);
    expect(found(dashes('Sammanlagt – 2 700 000'))[0]![1]).toContain('summerar till 2 750 000 kr');
  });

  it('says the sums were not compared where a section misses its own sum or the list holds one section', () => {
    // "Summa skolan" 600 is not 412,5 + 180,3: which items make which sum is open.
    const miss = found(stars('Totalt: 916,5').replace('592,8', '600'));
    expect(miss.map((f) => [f[0], f[1].includes('inte jämförda')])).toEqual([['info', true]]);
    // One section and an item after it: the last total may cover amounts above the list.
    const one = found('Fördelning:\n\n- Kassa A 100 kr\n- Kassa B 200 kr\n- Summa norr 300 kr\n- Kassa C 50 kr\n- Totalt 360 kr\n');
    expect(one.map((f) => [f[0], f[1].includes('inte jämförda')])).toEqual([['info', true]]);
  });
});
