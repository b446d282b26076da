import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRegion } from '../../src/regions/index.js';
import { normalizeLabel } from '../../src/regions/normalize.js';
import { editDistance } from '../../src/regions/distance.js';
import { MUNICIPALITIES, WORDS } from './words.js';

/** Core names and the forms that put them before "län". */
const CORES: [string, string, string][] = [
  ['01', 'Stockholm', 'Stockholms'], ['03', 'Uppsala', 'Uppsala'], ['04', 'Sörmland', 'Sörmlands'],
  ['04', 'Södermanland', 'Södermanlands'], ['05', 'Östergötland', 'Östergötlands'],
  ['06', 'Jönköping', 'Jönköpings'], ['07', 'Kronoberg', 'Kronobergs'], ['08', 'Kalmar', 'Kalmar'],
  ['09', 'Gotland', 'Gotlands'], ['10', 'Blekinge', 'Blekinge'], ['12', 'Skåne', 'Skåne'],
  ['13', 'Halland', 'Hallands'], ['14', 'Västra Götaland', 'Västra Götalands'], ['17', 'Värmland', 'Värmlands'],
  ['18', 'Örebro', 'Örebro'], ['19', 'Västmanland', 'Västmanlands'], ['20', 'Dalarna', 'Dalarnas'],
  ['21', 'Gävleborg', 'Gävleborgs'], ['22', 'Västernorrland', 'Västernorrlands'],
  ['23', 'Jämtland Härjedalen', 'Jämtlands'], ['24', 'Västerbotten', 'Västerbottens'],
  ['25', 'Norrbotten', 'Norrbottens'],
];

const NAMES = CORES.flatMap(([, core, gen]) => [core.toLowerCase(), gen.toLowerCase()]);
const nearAName = (w: string): boolean => NAMES.some((n) => editDistance(w, n, 2) <= 1);

const spelling = fc
  .record({
    entry: fc.constantFrom(...CORES),
    form: fc.constantFrom('bare', 'region', 'län', 'landsting', 'landstinget i'),
    caseFlips: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    nfd: fc.boolean(),
    pad: fc.constantFrom('', ' ', '\t', '\u00a0', '  '),
    mark: fc.constantFrom('', '*', '1', ':', ' 3)'),
    wrap: fc.constantFrom('none', 'b', 'strong', 'md'),
  })
  .map(({ entry: [code, core, gen], form, caseFlips, nfd, pad, mark, wrap }) => {
    const base = {
      bare: core,
      region: `Region ${core}`,
      län: `${gen} län`,
      landsting: `${gen} läns landsting`,
      'landstinget i': `Landstinget i ${core}`,
    }[form];
    let s = [...base].map((ch, i) => (caseFlips[i % caseFlips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
    if (nfd) s = s.normalize('NFD');
    s = { none: s, b: `<b>${s}</b>`, strong: `<strong>${s}</strong>`, md: `**${s}**` }[wrap];
    return { code, label: `${pad}${s}${mark}${pad}` };
  });

describe('matchRegion properties', () => {
  it('resolves random spellings of a region to its code at distance 0', () => {
    fc.assert(
      fc.property(spelling, ({ code, label }) => {
        const m = matchRegion(label);
        expect(m?.code).toBe(code);
        expect(m?.distance).toBe(0);
        expect(m?.variant).toBe(label);
      }),
      { numRuns: 2000 },
    );
  });

  it('one dropped letter inside a long region name still resolves, at distance 1', () => {
    const long = CORES.filter(([, core]) => core.length >= 7 && !core.includes(' '));
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.nat(), ([code, core], n) => {
        const at = 1 + (n % (core.length - 1));
        const typo = core.slice(0, at) + core.slice(at + 1);
        // "Kronberg" is a surname the matcher deliberately leaves alone.
        fc.pre(typo !== 'Kronberg');
        const m = matchRegion(typo);
        expect(m?.code).toBe(code);
        expect(m?.distance).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('does not resolve random lowercase words', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäö'), minLength: 3, maxLength: 12 });
    fc.assert(
      // SLL and VGR are real abbreviations (the only three-letter names the registry knows). A word
      // one letter from a name ("skåna") is a typo the matcher is meant to resolve (property above).
      fc.property(word.filter((w) => w !== 'sll' && w !== 'vgr' && !nearAName(w)), (w) => {
        expect(matchRegion(w)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it.each([...MUNICIPALITIES, ...WORDS])('does not resolve the word %s', (w) => {
    expect(matchRegion(w)).toBeNull();
    expect(matchRegion(`${w} kommun`)).toBeNull();
  });

  it('is fast enough for every row of a large corpus', () => {
    const labels = [...MUNICIPALITIES, ...WORDS, ...CORES.map(([, c]) => c), 'Norrbottnen', 'Summa'];
    const start = performance.now();
    let n = 0;
    while (n < 100_000) for (const l of labels) (matchRegion(l), n++);
    // 100 000 labels well under a second on any machine the tests run on.
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('normalizeLabel on plain words', () => {
  it('gives what the full normalisation gives (forced by a footnote mark it strips)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'S', 'k', 'å', 'Ö', 'é', 'ß', 'İ', 'Σ', 'ǅ'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const label = words.join(' ');
        expect(normalizeLabel(label)).toBe(normalizeLabel(`${label}*`));
      }),
    );
  });
});
