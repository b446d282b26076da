import { cutAtCapitals } from './capital-titles.js';

/**
 * Years over titles repeated once a year, as statistics tables print two measures per year:
 *
 *                           2021                 2022
 *   Region          Antal   Belopp, tkr   Antal   Belopp, tkr
 *
 * The title line begins with the stub's title ("Region") and then repeats the same titles for
 * each year. Read as one header, each column is "<year> <title>" ("2021 Antal", "2021 Belopp,
 * tkr"); without it the title line was taken for a section heading, the columns went unnamed
 * and a money unit in one title scaled the counts too.
 */
const MAX_STUB_WORDS = 3;
const MAX_TITLES = 4;

export function yearSubtitles(years: readonly string[], titleLine: string): { label: string; columns: string[] } | null {
  if (years.length < 2 || !years.every((y) => /^(?:19|20)\d{2}$/.test(y))) return null;
  const words = titleLine.trim().split(/\s+/);
  if (words.some((w) => /^(?:19|20)\d{2}$/.test(w))) return null;
  for (let stub = 0; stub <= MAX_STUB_WORDS; stub++) {
    const rest = words.slice(stub);
    if (rest.length === 0 || rest.length % years.length !== 0) continue;
    const p = rest.length / years.length;
    if (!rest.every((w, i) => w === rest[i % p])) continue;
    const titles = cutAtCapitals(rest.slice(0, p))?.map((t) => t.join(' '));
    if (!titles || titles.length < 2 || titles.length > MAX_TITLES) continue;
    return { label: words.slice(0, stub).join(' '), columns: years.flatMap((y) => titles.map((t) => `${y} ${t}`)) };
  }
  return null;
}
