import { Decimal } from 'decimal.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RENDERINGS, render } from './render.js';
import { scoreList } from './score.js';
import { mutant, randomList, type AmountList } from './spec.js';

const dir = mkdtempSync(join(tmpdir(), 'kronkoll-region-lists-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small list written by hand: three regions in millions, 4,5 + 12,3 + 1,2 = 18 in the lead-in. */
const SMALL: AmountList = {
  id: 'small', seed: 7, before: ['Regeringen har fattat beslut om årets medel.'], after: ['Medlen betalas ut i mars.'],
  leadIn: 'Medlen, totalt 18 miljoner kronor, fördelas så här:', total: new Decimal(18e6), totalPlace: 'lead',
  unit: { name: 'miljoner', scale: 1e6, decimals: 1, words: ['miljoner kronor'], leadWords: 'i miljoner kronor' }, unitInLead: false, shape: 'colon', features: [], totalItem: null,
  items: [
    { label: 'Region Gotland', region: '09', value: new Decimal(4.5e6), text: 'Region Gotland: 4,5 miljoner kronor' },
    { label: 'Region Skåne', region: '12', value: new Decimal(12.3e6), text: 'Region Skåne: 12,3 miljoner kronor' },
    { label: 'Region Blekinge', region: '10', value: new Decimal(1.2e6), text: 'Region Blekinge: 1,2 miljoner kronor' },
  ],
};

describe('amount list renderings', () => {
  it('prints bullets, numbers, plain lines, HTML and a run-on sentence as pages do', () => {
    expect(render(SMALL, 'md-dash').text).toBe('Regeringen har fattat beslut om årets medel.\n\nMedlen, totalt 18 miljoner kronor, fördelas så här:\n\n- Region Gotland: 4,5 miljoner kronor\n- Region Skåne: 12,3 miljoner kronor\n- Region Blekinge: 1,2 miljoner kronor\n\nMedlen betalas ut i mars.\n');
    expect(render(SMALL, 'numbered').text).toContain('\n2. Region Skåne: 12,3 miljoner kronor\n');
    expect(render(SMALL, 'html').text).toContain('<li>Region Blekinge: 1,2 miljoner kronor</li>');
    expect(render(SMALL, 'inline').text).toContain('fördelas så här: Region Gotland: 4,5 miljoner kronor, Region Skåne: 12,3 miljoner kronor och Region Blekinge: 1,2 miljoner kronor.');
  });

  it('reads the hand-written list back whole in every rendering but the run-on sentence, and flags its mutant', async () => {
    const m = mutant(SMALL)!;
    // One leading digit changed in one item, the lead-in's total as printed.
    expect(m.items.filter((x, k) => x.text !== SMALL.items[k]!.text)).toHaveLength(1);
    for (const name of RENDERINGS.filter((n) => n !== 'inline')) {
      const out = render(SMALL, name);
      const file = join(dir, `small.${name}${out.ext}`);
      writeFileSync(file, out.text);
      const mo = render(m, name);
      const mfile = join(dir, `smallm.${name}${mo.ext}`);
      writeFileSync(mfile, mo.text);
      const s = await scoreList(SMALL, file, mfile);
      expect({ name, whole: s.whole, exact: s.exact, regions: s.regionRight, errors: s.falseErrors.length, flagged: s.flagged }).toEqual({ name, whole: true, exact: 3, regions: 3, errors: 0, flagged: true });
    }
  });

  it('generates totals that are the sums of the items, and items that carry their labels', () => {
    for (let k = 0; k < 20; k++) {
      const l = randomList(`g${k}`, 9090 + k);
      const sum = l.items.reduce((a, x) => a.plus(x.value), new Decimal(0));
      if (l.total !== null) expect(l.total.eq(sum)).toBe(true);
      for (const x of l.items) expect(x.text).toContain(x.label);
    }
  });
});
