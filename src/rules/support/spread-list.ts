import type { Document } from '../../model/document.js';
import { bulletLists, type LeadList } from './lists.js';

/**
 * A list whose items each carry a description as paragraphs of their own, so that every item
 * makes a list of its own in the text ("1. Skogsprogrammet" / description / "2. Attraktiv ort" /
 * description …, or "• Fjällvägen" / description / "• Kustleden" …): the number of items of the
 * list together with the lists that go on after it, when only paragraphs stand between them and
 * the items go on with the same marker, numbers counting on by one or the same bullet. A heading
 * or a paragraph that ends with a colon (the lead of another list) stops it.
 */
const MARKER = /^\s*(?:([-*+•−–])|(\d{1,2})[.)])\s+/;

interface Marker {
  bullet: string | null;
  number: number | null;
}

function markerOf(doc: Document, sentence: number): Marker | null {
  const line = doc.sentences[sentence]?.location.line;
  if (line === undefined) return null;
  const m = MARKER.exec(doc.lines[line - 1] ?? '');
  if (!m) return null;
  return { bullet: m[1] ?? null, number: m[2] === undefined ? null : Number(m[2]) };
}

/** The next item goes on from `last`: the same bullet, or the next number. */
function goesOn(last: Marker, next: Marker): boolean {
  if (last.bullet !== null) return next.bullet === last.bullet;
  return last.number !== null && next.number === last.number + 1;
}

export function itemsGoingOn(doc: Document, list: LeadList): number {
  const lists = bulletLists(doc);
  const at = lists.findIndex((l) => l.start === list.items[0]?.[0]);
  if (at < 0) return list.items.length;
  let items = list.items.length;
  let last = markerOf(doc, list.items[list.items.length - 1]![0]!);
  let end = Math.max(...list.items.flat());
  for (const next of lists.slice(at + 1)) {
    if (last === null) break;
    // Only paragraphs between: no heading, no lead-in of another list.
    const between = doc.sentences.slice(end + 1, next.start);
    if (between.length === 0 || between.some((s) => s.role !== 'paragraph' || /:\s*$/.test(s.text))) break;
    const first = markerOf(doc, next.items[0]![0]!);
    if (first === null || !goesOn(last, first)) break;
    items += next.items.length;
    last = markerOf(doc, next.items[next.items.length - 1]![0]!);
    end = Math.max(...next.items.flat());
  }
  return items;
}
