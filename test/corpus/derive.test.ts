import { describe, expect, it } from 'vitest';
import { deriveFrame, keyAfter } from '../../src/corpus/derive.js';
import { load, SEED } from './seeds.js';

describe('keyAfter', () => {
  it.each([
    [' utifrån invånarantal 0–18 år.', 'befolkning_0_18'],
    [', fördelas utifrån befolkningsstorlek till de regioner', 'befolkning'],
    [' fördelas efter uppnådda prestationskrav i enlighet med avsnitt 3.7', 'prestation'],
    [' för att stödja och följa upp regionernas arbete', null],
  ])('%j → %s', (text, key) => expect(keyAfter(text)).toBe(key));
});

describe('frame derived from seed 003', async () => {
  const frame = deriveFrame(await load(SEED.agreement));
  const v = (name: string): string | undefined => frame.amounts.find((a) => a.name === name)?.value.toFixed();
  const sum = (total: string): string[] => frame.sums.filter((s) => s.total === total).map((s) => s.terms.map((t) => t.name).join(' + '));

  it('names the agreement from its own text', () => {
    expect([frame.agreement, frame.year]).toEqual(['ökad tillgänglighet i hälso- och sjukvården', 2024]);
  });
  it('2 937 = 2 925 to the regions + 12 to SKR', () => {
    expect([v('totalt'), v('regioner'), v('skr')]).toEqual(['2937000000', '2925000000', '12000000']);
    expect(sum('totalt')).toEqual(['regioner + skr']);
  });
  it('2 925 = 2 395 outside BUP + 530 BUP, and = 1 237,5 after requisition + 1 687,5 without', () => {
    expect(sum('regioner')).toEqual(['exkl_bup + bup', 'efter_rekvisition + utan_rekvisition']);
    expect([v('exkl_bup'), v('bup'), v('efter_rekvisition'), v('utan_rekvisition')]).toEqual(['2395000000', '530000000', '1237500000', '1687500000']);
  });
  it('530 = 80 by population 0–18 + 450 by performance; 450 = three parts of 150', () => {
    expect(sum('bup')).toEqual(['grundkrav + bup_prestation']);
    expect(sum('bup_prestation')).toEqual(['bup_prestation_besök + bup_prestation_utredning + bup_prestation_behandling']);
    expect(v('bup_prestation_besök')).toBe('150000000');
  });
  it('1 687,5 = 1 237,5 + 450; each payout of 1 237,5 = 40 (0–18 år) + 1 197 (befolkning)', () => {
    expect(sum('utan_rekvisition')).toEqual(['utan_rekvisition_grundkrav + utan_rekvisition_bup_prestation']);
    expect(sum('efter_rekvisition')).toEqual(['efter_rekvisition_befolkning_0_18 + efter_rekvisition_befolkning']);
    expect([v('efter_rekvisition_befolkning_0_18'), v('efter_rekvisition_befolkning')]).toEqual(['40000000', '1197000000']);
  });
  it('reads the allocation keys stated in words', () => {
    const keys = Object.fromEntries(frame.keys.map((k) => [k.name, k.terms.map((t) => (t.kind === 'share' ? t.base : 'fast')).join('+')]));
    expect(keys).toMatchObject({ exkl_bup: 'befolkning', grundkrav: 'befolkning_0_18', bup_prestation: 'prestation', efter_rekvisition_befolkning: 'befolkning' });
  });
});
