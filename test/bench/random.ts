/** Seeded randomness shared by the generating benchmarks (detect, pdf-tables, text-tables). */

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export function shuffle<T>(r: Rand, xs: readonly T[]): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Label forms per county code, as generated tables print them: short core, the region's name, the county's name. */
export const REGION_LABELS: readonly [string, string[]][] = [
  ['01', ['Stockholm', 'Region Stockholm', 'Stockholms län']],
  ['03', ['Uppsala', 'Region Uppsala', 'Uppsala län']],
  ['04', ['Sörmland', 'Region Sörmland', 'Södermanlands län']],
  ['05', ['Östergötland', 'Region Östergötland', 'Östergötlands län']],
  ['06', ['Jönköping', 'Region Jönköpings län', 'Jönköpings län']],
  ['07', ['Kronoberg', 'Region Kronoberg', 'Kronobergs län']],
  ['08', ['Kalmar', 'Region Kalmar län', 'Kalmar län']],
  ['09', ['Gotland', 'Region Gotland', 'Gotlands län']],
  ['10', ['Blekinge', 'Region Blekinge', 'Blekinge län']],
  ['12', ['Skåne', 'Region Skåne', 'Skåne län']],
  ['13', ['Halland', 'Region Halland', 'Hallands län']],
  ['14', ['Västra Götaland', 'Västra Götalandsregionen', 'Västra Götalands län']],
  ['17', ['Värmland', 'Region Värmland', 'Värmlands län']],
  ['18', ['Örebro', 'Region Örebro län', 'Örebro län']],
  ['19', ['Västmanland', 'Region Västmanland', 'Västmanlands län']],
  ['20', ['Dalarna', 'Region Dalarna', 'Dalarnas län']],
  ['21', ['Gävleborg', 'Region Gävleborg', 'Gävleborgs län']],
  ['22', ['Västernorrland', 'Region Västernorrland', 'Västernorrlands län']],
  ['23', ['Jämtland Härjedalen', 'Region Jämtland Härjedalen', 'Jämtlands län']],
  ['24', ['Västerbotten', 'Region Västerbotten', 'Västerbottens län']],
  ['25', ['Norrbotten', 'Region Norrbotten', 'Norrbottens län']],
];
