import { parseNumberWord } from '../../../grammars/amount/index.js';
import type { Document } from '../../model/document.js';
import type { RuleFinding } from '../types.js';
import { leadLists } from './lists.js';
import { locatePhrase } from './locate.js';
import { t } from '../../messages/index.js';
import { isTotalItem } from './list-total-item.js';
import { itemsGoingOn } from './spread-list.js';

/**
 * "Överenskommelsen innefattar insatser inom sju områden:" followed by a bulleted list: the
 * list must have seven items. The count must close the sentence ("sju områden:", "i sju
 * olika fokusområden.", "fyra delar, nämligen:"), so that it speaks of what follows; a
 * count earlier in the sentence ("två myndigheter ska …:") may be about something else. A
 * sentence that ends with a colon opens the list (error); one that ends with a full stop may
 * speak of something else (warning).
 */
const COUNT_PHRASE =
  /^((\d{1,2}|[a-zåäö]+)\s+(?:(?:olika|st\.?|stycken|viktiga|centrala|huvudsakliga|prioriterade|särskilda|övergripande|konkreta|tydliga)\s+)?([a-zåäö-]{3,}))(?:\s*(?:,\s*)?(?:nämligen|enligt nedan|som följer|se nedan|nedan))?\s*[:.]?$/i;
// The phrase spans at most seven words ("sju olika områden , enligt nedan :").
const PHRASE_WORDS = 8;

/**
 * The count phrase that closes the sentence: tried from each of the last few word starts, left
 * to right, as an unanchored search would — but without rescanning a long sentence from every space.
 */
export function countPhrase(text: string): RegExpExecArray | null {
  const starts: number[] = [];
  for (let i = text.length - 1; i >= 0 && starts.length < PHRASE_WORDS; i--) {
    if (!/\s/.test(text[i]!) && (i === 0 || /\s/.test(text[i - 1]!))) starts.push(i);
  }
  for (const start of starts.reverse()) {
    const m = COUNT_PHRASE.exec(text.slice(start));
    if (m) return m;
  }
  return null;
}
// Nouns of measure and time: "under tre år:" counts years, not items.
const NOT_ITEMS = new Set([
  'år', 'åren', 'månader', 'veckor', 'dagar', 'timmar', 'minuter', 'gånger', 'procent', 'procentenheter', 'kronor', 'kr',
  'miljoner', 'miljarder', 'tusen', 'hundra', 'personer', 'invånare', 'barn', 'av', 'till', 'och', 'eller', 'för', 'om',
  'procenten', 'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november',
  'december',
]);
const MIN_COUNT = 2;
const MAX_COUNT = 30;

function countOf(word: string): number | null {
  const n = /^\d+$/.test(word) ? Number(word) : parseNumberWord(word);
  return n !== null && n >= MIN_COUNT && n <= MAX_COUNT ? n : null;
}

export function checkListCounts(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const list of leadLists(doc)) {
    const lead = doc.sentences[list.lead]!;
    const m = countPhrase(lead.text.trim());
    if (!m) continue;
    const noun = m[3]!.toLowerCase();
    const count = countOf(m[2]!);
    if (count === null || NOT_ITEMS.has(noun)) continue;
    // A last line that states the list's total ("Summa …") is no item of what the lead counts.
    const contiguous = list.items.length - (list.items.length > 2 && isTotalItem(doc, list.items[list.items.length - 1]!) ? 1 : 0);
    if (contiguous === 0 || contiguous === count) continue;
    // Items told each with a description paragraph under it go on past the paragraphs (spread-list.ts).
    const items = contiguous === list.items.length ? itemsGoingOn(doc, list) : contiguous;
    if (items === count) continue;
    const phrase = m[1]!;
    // A sentence that ends with a colon opens the list; one that ends with a full stop may speak of something else.
    const opens = lead.text.trim().endsWith(':') || /\b(?:nämligen|enligt nedan|som följer|se nedan|nedan)\s?[:.]?$/i.test(lead.text.trim());
    const doubts = [...(opens ? [] : [t('text.listCount.fullStop')]), ...(items !== contiguous ? [t('text.listCount.goesOn')] : [])];
    out.push({
      severity: doubts.length === 0 ? 'error' : 'warning',
      message: t('text.listCount', { phrase, count: String(count), items: String(items) }) + (doubts.length === 0 ? '' : t('sum.uncertain', { doubts: doubts.join('; ') })),
      location: locatePhrase(doc, lead, phrase),
      related: [{ message: t('text.listCount.list'), location: doc.sentences[list.items[0]?.[0] ?? list.lead + 1]!.location }],
      expected: String(count),
      actual: String(items),
    });
  }
  return out;
}
