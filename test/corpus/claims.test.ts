import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { checkClaims, meaningOf } from '../../src/corpus/claims.js';
import { docOf } from '../rules/rule-tester.js';
import { load, SEED } from './seeds.js';

const billion = new Decimal(2e9);

describe('meanings of qualifiers', () => {
  it.each([
    ['nära', '1800000000', '2000000000'],
    ['knappt', '1900000000', '2000000000'],
    ['drygt', '2000000000', '2200000000'],
    ['cirka', '1900000000', '2100000000'],
  ] as const)('%s two billion: %s–%s', (q, low, high) => {
    const m = meaningOf(q, billion, new Decimal(5e8 / 100))!;
    expect([m.low!.toFixed(), m.high!.toFixed()]).toEqual([low, high]);
  });
  it('över has no upper bound', () => {
    expect(meaningOf('över', billion, new Decimal(0))!.high).toBeNull();
  });
});

describe('claims', () => {
  it('004: "Nära två miljarder" holds for the table sum 1 874 253 165 kr', async () => {
    const [c] = checkClaims(await load(SEED.press));
    expect([c!.claim.raw, c!.figure.value.toFixed(), c!.holds]).toEqual(['Nära två miljarder kronor', '1874253165', true]);
  });
  it('"drygt 249 miljoner" does not hold for 240 000 000 kr in the same sentence', () => {
    const doc = docOf({ text: 'Regeringen fördelar drygt 249 miljoner kronor, närmare bestämt 240 000 000 kronor, till regionerna.\n' });
    const [c] = checkClaims(doc);
    expect([c!.claim.qualifier, c!.figure.value.toFixed(), c!.holds]).toEqual(['drygt', '240000000', false]);
  });
});
