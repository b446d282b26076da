import { PER_POPULATION } from '../lexicon/phrases.js';

/**
 * A two-level header copied one cell a line, where the label column's title may stand first (its
 * cell spans both header rows on the page: "Brottstyp" / "Anmälda brott" / "Per 1000 invånare" /
 * "Norrbottens län" / "Riket" / …) or after the group titles, right above the sub-titles
 * ("Budget" / "Utfall" / "Nämnd" / "2023" / "2024" / …). Both readings may fit the cells. The
 * label column's title names what the rows are, or the unit of the amounts beside them ("Belopp,
 * mkr" after "Kommunen" / "Koncernen"), never a count, a share or a rate: where the title right
 * after the groups of the second reading names one ("Per 1000 invånare", "Andel (%)", "Antal
 * fall") and the first title names none and is no year, the first title is the rows'. True then.
 */
const MEASURE = /(?:^|[\s(])(?:antal|andel|procent)(?=$|[\s),.])|%/i;
const YEAR = /^(?:19|20)\d{2}$/;

const measure = (t: string): boolean => MEASURE.test(t) || PER_POPULATION.test(t);

export function stubTitleStandsFirst(titles: readonly string[], groups: number): boolean {
  const t = titles.map((x) => x.trim());
  if (t.length < groups + 1) return false;
  const first = t[0]!;
  return measure(t[groups]!) && !measure(first) && !YEAR.test(first);
}
