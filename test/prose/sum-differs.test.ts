import { describe, expect, it } from 'vitest';
import { saysSumsDiffer } from '../../src/prose/sum-differs.js';
import { readRounding, roundingNotes } from '../../src/prose/rounding.js';

describe('a footnote saying sums and parts need not agree', () => {
  it('reads a negated agreement in either order', () => {
    expect(saysSumsDiffer('Totalen överensstämmer inte med summan av delarna på grund av avrundning.')).toBe(true);
    expect(saysSumsDiffer('På grund av avrundning stämmer inte alltid totalsumman.')).toBe(true);
    expect(saysSumsDiffer('Avrundning gör att raderna inte alltid summerar till totalen.')).toBe(true);
    expect(saysSumsDiffer('Observera att beloppen är avrundade, vilket gör att summeringen inte blir exakt.')).toBe(true);
    expect(saysSumsDiffer('Siffrorna är avrundade och adderar därför inte alltid till totalen.')).toBe(true);
  });

  it('reads "kan (därför) avvika" of a sum and differences that may occur', () => {
    expect(saysSumsDiffer('Beloppen är avrundade; totalbeloppet kan därför avvika något.')).toBe(true);
    expect(saysSumsDiffer('Summeringsdifferenser kan förekomma.')).toBe(true);
    expect(saysSumsDiffer('Mindre avvikelser förekommer i totalerna.')).toBe(true);
  });

  it('reads nothing where no sum is named or nothing is negated', () => {
    expect(saysSumsDiffer('Utfallet kan avvika från prognosen.')).toBe(false);
    expect(saysSumsDiffer('Summan av bidragen blev 5 miljoner kronor.')).toBe(false);
    expect(saysSumsDiffer('Kostnaderna är avrundade och totalen stämmer.')).toBe(false);
    expect(saysSumsDiffer('Regionen har inte ansökt om medel.')).toBe(false);
  });
});

describe('rounding notes in new wordings', () => {
  it('reads that sums may differ in the rounding sentence itself', () => {
    const a = readRounding('Avrundning gör att raderna inte alltid summerar till totalen.')!;
    expect([a.step, a.mayDiffer]).toEqual([null, true]);
    const b = readRounding('Avrundat till närmaste tusental kronor. Summeringsdifferenser kan förekomma.')!;
    expect([b.applies, b.step?.toFixed(), b.mayDiffer]).toEqual(['money', '1000', true]);
  });

  it('takes the sentence beside a rounding note that says the sums may differ', () => {
    const [a] = roundingNotes(['Tabell 2 visar bidragen.', 'Avrundat till närmaste tusental.', 'Delsummorna summerar därför inte exakt till totalen.']);
    expect([a!.step?.toFixed(), a!.mayDiffer, a!.text]).toEqual(['1000', true, 'Avrundat till närmaste tusental. Delsummorna summerar därför inte exakt till totalen.']);
    const [b] = roundingNotes(['Summorna går inte alltid ihop.', 'Det beror på avrundning.']);
    expect([b!.mayDiffer, b!.text]).toEqual([true, 'Summorna går inte alltid ihop. Det beror på avrundning.']);
  });

  it('does not take a sentence two away, nor one that says nothing of sums', () => {
    const [a] = roundingNotes(['Beloppen är avrundade.', 'Bidraget betalas ut i mars.', 'Summorna stämmer inte alltid.']);
    expect(a!.mayDiffer).toBe(false);
    const [b] = roundingNotes(['Beloppen är avrundade till tusental kronor.', 'Utfallet kan avvika från prognosen.']);
    expect(b!.mayDiffer).toBe(false);
  });
});
