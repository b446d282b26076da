import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { sum } from '../../src/rules/text/sum.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Bullets set right against their text, in wordings and layouts written for this test. */
const values = (t: Table) => t.rows.map((r) => r.cells[0]?.value?.toFixed() ?? null);
const labels = (t: Table) => t.rows.map((r) => r.label);
const roles = (text: string) => docOf({ text }).sentences.map((s) => s.role);

describe('bullets set right against their text', () => {
  it('reads "*amount till …" items as a list: a list table, and the sum checked against the lead', () => {
    const text = 'Totalt fördelas 4,2 miljoner kronor enligt följande:\n\n*1,6 miljoner kronor till extratjänster\n*2 miljoner kronor till fritidsgårdar\n*0,6 miljoner kronor till sommarjobb\n';
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(labels(t!)).toEqual(['extratjänster', 'fritidsgårdar', 'sommarjobb']);
    expect(values(t!)).toEqual(['1600000', '2000000', '600000']);
    expect(findingsOf(sum, text).filter((f) => f.severity !== 'info')).toEqual([]);
    // 1,6 + 2 + 3,6 = 7,2 against the 4,2 of the lead.
    const wrong = findingsOf(sum, text.replace('0,6 miljoner', '3,6 miljoner'));
    expect(wrong.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '4200000', '7200000']]);
  });

  it('reads "•name: amount" and "-name amount" items, blank lines between them too', () => {
    const [t] = docOf({ text: 'Regionerna får följande:\n\n•Region Gävleborg: 3 mnkr\n•Region Dalarna: 4,5 mnkr\n•Region Värmland: 2 mnkr\n' }).tables;
    expect(labels(t!)).toEqual(['Region Gävleborg', 'Region Dalarna', 'Region Värmland']);
    expect(values(t!)).toEqual(['3000000', '4500000', '2000000']);
    const [u] = docOf({ text: 'Nämndens bidrag i år:\n\n-Stödet till föreningar: 120 000 kr\n\n-Stödet till studieförbund: 85 000 kr\n\n-Stödet till kulturarrangemang: 40 500 kr\n' }).tables;
    expect(labels(u!)).toEqual(['Stödet till föreningar', 'Stödet till studieförbund', 'Stödet till kulturarrangemang']);
    expect(values(u!)).toEqual(['120000', '85000', '40500']);
  });

  it('counts glued items against a number word in the lead', () => {
    const text = 'Pengarna går till fyra insatser:\n\n–Läxhjälp för 300 000 kronor\n–Simskola för 150 000 kronor\n–Lovaktiviteter för 420 000 kronor\n';
    expect(findingsOf(sum, text).map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '4', '3']]);
  });

  it('leaves minus signs, footnote stars and short runs as they were', () => {
    // Signed figures in a row, a change in sentences opening lines, a footnote under figures: no list.
    expect(roles('Förändring mot fjolåret\n-12 000 -3 400 5 000\n-1 200 -800 2 100\n-400 -90 150\n')).not.toContain('list-item');
    expect(roles('Resultatet blev\n-1,6 miljoner kronor, vilket är sämre än budget.\n-2 miljoner kronor väntas nästa år.\n-0,4 miljoner kronor året efter.\n')).not.toContain('list-item');
    expect(roles('Bidraget ökar till 5 mnkr nästa år.\n*Preliminära siffror\n*Avser hela året\n*Exklusive moms\n')).not.toContain('list-item');
    expect(roles('Två poster:\n\n*Skolan: 3 mnkr\n*Vården: 4 mnkr\n')).not.toContain('list-item');
    expect(roles('Utfall per enhet\n+2,1 miljoner kronor för skolan i fjol\n+0,4 miljoner kronor för vården i fjol\n+1,0 miljoner kronor för omsorgen i fjol\n')).not.toContain('list-item');
    // Mixed marks make no run.
    expect(roles('Poster:\n\n*Skolan: 3 mnkr\n-Vården: 4 mnkr\n•Omsorgen: 5 mnkr\n')).not.toContain('list-item');
  });

  it('keeps a table whose cells hold signed figures as read', () => {
    const [t] = docOf({ text: 'Kommun\t2022\t2023\nAle\t-1,6\t2,0\nBorås\t-12 000\t-3 400\nEda\t4,1\t-0,5\n' }).tables;
    expect(t!.rows.map((r) => r.cells.map((c) => c.value?.toFixed() ?? null))).toEqual([
      ['-1.6', '2'],
      ['-12000', '-3400'],
      ['4.1', '-0.5'],
    ]);
  });
});
