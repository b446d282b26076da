import { readdirSync, readFileSync } from 'node:fs';
import type { Source } from '../rule-tester.js';

/** The seed documents from corpus/, by number, as rule-tester sources that keep their file name. */
const CORPUS = new URL('../../../corpus/', import.meta.url);

export function seed(n: number): Source {
  const prefix = String(n).padStart(3, '0');
  const name = readdirSync(CORPUS).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix} in corpus/`);
  return { file: `corpus/${name}`, text: readFileSync(new URL(name, CORPUS), 'utf8') };
}

/** A seed with one passage replaced; throws when the passage is not there, so a test cannot pass vacuously. */
export function mutated(n: number, from: string, to: string): Source[] {
  const s = seed(n);
  if (!s.text.includes(from)) throw new Error(`seed ${n} has no "${from}"`);
  return [{ file: s.file, text: s.text.replace(from, to) }];
}

export const seedCase = (n: number): { name: string; code: Source[] } => ({ name: `seed ${String(n).padStart(3, '0')}`, code: [seed(n)] });

/** All five seeds, each a valid case of its own. */
export const allSeedCases = (): { name: string; code: Source[] }[] => [0, 1, 2, 3, 4].map(seedCase);

/** The 21 regions by the short names tables use, for hand-written region tables. */
export const SHORT_NAMES = [
  'Stockholm', 'Uppsala', 'Sörmland', 'Östergötland', 'Jönköping', 'Kronoberg', 'Kalmar', 'Gotland', 'Blekinge', 'Skåne',
  'Halland', 'Västra Götaland', 'Värmland', 'Örebro', 'Västmanland', 'Dalarna', 'Gävleborg', 'Västernorrland', 'Jämtland',
  'Västerbotten', 'Norrbotten',
];

/** A tab-separated region table: one row per label, each given 1 000 000 kronor, and a Summa row. */
export function regionTable(labels: readonly string[], caption = 'Tabell 1. Fördelning av medel'): string {
  const rows = labels.map((l) => `${l}\t1 000 000`);
  const sum = labels.length * 1_000_000;
  const total = `Summa\t${String(sum).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
  return [caption, '', 'Region\tBelopp (kr)', ...rows, total, ''].join('\n');
}
