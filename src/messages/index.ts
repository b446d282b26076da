import { sv } from './sv.js';
import type { Decimal } from 'decimal.js';
import { formatIn } from './number.js';
import type { Catalogue, Lang, MessageId } from './types.js';

/**
 * The message catalogue: every text a user sees comes from here, by typed id with
 * parameters. Swedish by default; `--lang en` switches the whole run. The language is set
 * once per run by the CLI, before anything is read, so that readers and rules (which build
 * messages deep in the pipeline) need no extra argument.
 */
export type { Catalogue, Lang, MessageId } from './types.js';
export const LANGS: readonly Lang[] = ['sv', 'en'];

/**
 * The catalogues loaded. Swedish, the default, always; English only when a run asks for it
 * (loadLang), so that a Swedish run (and each of its reading threads) never loads it.
 */
const loaded: Partial<Record<Lang, Catalogue>> = { sv };

/** Loads a language's catalogue; setLang needs it loaded. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en' && loaded.en === undefined) loaded.en = (await import('./en.js')).en;
}

let current: Lang = 'sv';

export function setLang(lang: Lang): void {
  catalogue(lang);
  current = lang;
}

function catalogue(lang: Lang): Catalogue {
  const c = loaded[lang];
  if (c === undefined) throw new Error(`the ${lang} messages are not loaded`);
  return c;
}

export function currentLang(): Lang {
  return current;
}

/** The text of a message in the current language (or the one given). */
export function t<K extends MessageId>(id: K, ...args: Parameters<Catalogue[K]>): string {
  return tIn(current, id, ...args);
}

export function tIn<K extends MessageId>(lang: Lang, id: K, ...args: Parameters<Catalogue[K]>): string {
  const entry = catalogue(lang)[id] as (...a: Parameters<Catalogue[K]>) => string;
  return entry(...args);
}

/**
 * A figure in the run's language: Swedish "1 234 567", English "1,234,567". Messages put the
 * unit after it in both ("1 234 567 kr", "1,234,567 kr"); figures quoted from a document stay
 * as printed.
 */
export function num(value: Decimal, lang: Lang = current): string {
  return formatIn(lang, value);
}

/** A measurement (not money) with a fixed number of decimals, in the run's language: "63,0" / "63.0". */
export function numFixed(value: Decimal, digits: number, lang: Lang = current): string {
  return formatIn(lang, value, digits);
}
