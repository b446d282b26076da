import { describe, expect, it } from 'vitest';
import { readRounding } from '../../src/prose/rounding.js';

describe('declared rounding', () => {
  it('reads the step and what it applies to', () => {
    const a = readRounding('Beloppen är avrundade till närmaste tiotusental kronor.')!;
    expect([a.applies, a.step?.toFixed(), a.mayDiffer]).toEqual(['money', '10000', false]);
    const b = readRounding('Belopp i hela miljoner kronor.')!;
    expect([b.applies, b.step?.toFixed(), b.mayDiffer]).toEqual(['money', '1000000', false]);
  });

  it('reads that sums may differ, for counts', () => {
    const a = readRounding('Antalen är avrundade, varför summan kan avvika.')!;
    expect([a.applies, a.step, a.mayDiffer]).toEqual(['count', null, true]);
    const b = readRounding('Antal personer har avrundats till tiotal och summorna behöver inte stämma.')!;
    expect([b.applies, b.step?.toFixed(), b.mayDiffer]).toEqual(['count', '10', true]);
  });

  it('reads "summerar (därför) inte" as sums that may differ', () => {
    const a = readRounding('Anm.: Siffrorna är avrundade och summerar därför inte alltid till totalen.')!;
    expect([a.applies, a.step, a.mayDiffer]).toEqual(['all', null, true]);
    const b = readRounding('Beloppen har avrundats, så delarna summerar inte exakt.')!;
    expect([b.applies, b.step, b.mayDiffer]).toEqual(['money', null, true]);
  });

  it('reads the noun "avrundning" and "summan stämmer inte"', () => {
    const a = readRounding('Summan kan avvika på grund av avrundning.')!;
    expect([a.applies, a.step, a.mayDiffer]).toEqual(['all', null, true]);
    const b = readRounding('Avrundningsdifferenser gör att totalen inte alltid stämmer med antalen.')!;
    expect([b.applies, b.step, b.mayDiffer]).toEqual(['count', null, true]);
    const c = readRounding('Till följd av avrundning till hela tusental kronor går summorna inte alltid ihop.')!;
    expect([c.applies, c.step?.toFixed(), c.mayDiffer]).toEqual(['money', '1000', true]);
  });

  it('reads figures called means as sums that may differ', () => {
    const a = readRounding('Månadsvärdena är medeltal av veckomätningarna.')!;
    expect([a.applies, a.step, a.mayDiffer]).toEqual(['all', null, true]);
    const b = readRounding('Skattesatsen för länet avser ett vägt genomsnitt av kommunernas.')!;
    expect([b.applies, b.step, b.mayDiffer]).toEqual(['all', null, true]);
    expect(readRounding('Medelvärdet beräknas årligen.')).toBeNull();
  });

  it('ignores sentences that say nothing of rounding', () => {
    expect(readRounding('Medlen fördelas efter befolkning.')).toBeNull();
    expect(readRounding('Summan kan komma att ändras.')).toBeNull();
  });
});

describe('words that begin with å, ä or ö in the rounding phrases', () => {
  it('reads "överensstämma" as sums that may differ', () => {
    const a = readRounding('Beloppen är avrundade, och summorna kan inte alltid överensstämma med delarna.')!;
    expect([a.applies, a.mayDiffer]).toEqual(['money', true]);
    const b = readRounding('Antalen har avrundats; totalen behöver inte överensstämma med summan av raderna.')!;
    expect([b.applies, b.mayDiffer]).toEqual(['count', true]);
  });
});
