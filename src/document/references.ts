import type { AgreementRef, AnslagRef, DocumentReferences } from '../model/document.js';
import type { Location } from '../model/location.js';

/**
 * Agreements and appropriations a text refers to.
 *
 * Agreements are named "överenskommelsen [mellan staten och SKR] om <ämne> <år>" or with a
 * proper name ("överenskommelsen God och nära vård 2024"); a dnr in parentheses right after
 * the name belongs to it; "denna överenskommelse" marks the agreement's own text.
 * Appropriations: "anslaget 1:11 …, anslagsposten 1 …", also "ap. 38".
 */
const AGREEMENT = new RegExp(
  // No \b before "ö": without the u flag it is not a word character.
  String.raw`(?<![A-Za-zÅÄÖåäö])(denna\s+)?(?:Ö|ö)verenskommelse(?:n|r|rna)?\s+` +
    // The parties ("mellan staten och SKR") end before "om" or before a proper name.
    String.raw`(?:(?:mellan|med)\s+[^.;:]{1,120}?\s+(?=om\s|[A-ZÅÄÖ]))?` +
    // The look-ahead is bounded (an unbounded one rescans the clause for every candidate split):
    // "om" further on than a name and a year could reach does not make this an "om" reading.
    String.raw`(?:om\s+([a-zåäö][^.;:()\d]{2,100}?)|(?![^.;:()\d]{0,400}\som\s)([A-ZÅÄÖ][^.;:()\d]{2,100}?))` +
    String.raw`\s+(?:för\s+|år\s+)?((?:19|20)\d{2})(?![\d/])`,
  'g',
);
const DNR_AFTER = /^[^.;]{0,160}?\(([A-ZÅÄÖ]{1,3}\d{4}\/\d{2,6})\)/;
const ANSLAG = /\banslag(?:et)?\s+(\d{1,2}:\d{1,2})\b/g;
const POST = /\b(?:anslags?post(?:en|erna)?|ap\.)\s*(\d{1,3})\b/g;
const AREA = /\butgiftsområde\s+(\d{1,2})\b/;

/** Lower case, Markdown escapes and soft hyphens gone, one space between words. */
function normalizeAgreementName(name: string): string {
  return name
    .replace(/\\(?=[-.])/g, '')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ (för|år)$/i, '')
    .trim()
    .toLowerCase();
}

export function readAgreementRefs(text: string, location: Location): AgreementRef[] {
  const out: AgreementRef[] = [];
  // Most sentences name no agreement: AGREEMENT needs this word, which no escape removed below can make.
  if (!text.includes('verenskommelse')) return out;
  const clean = text.replace(/\\(?=[-.])/g, '');
  for (const m of clean.matchAll(AGREEMENT)) {
    const raw = (m[2] ?? m[3] ?? '').trim();
    // Words that start a clause, not a name: "överenskommelsen Regeringen har …" does not name one.
    if (raw.split(/\s+/).length < 2 || /^(och|som|att|är|har|ska|kan|med|mellan)\b/i.test(raw)) continue;
    // The parties are not the agreement's name ("överenskommelse med Sveriges Kommuner och Regioner 2020").
    if (/^(sveriges kommuner|staten\b|regeringen\b|regionerna\b|skr\b)/i.test(raw)) continue;
    const after = DNR_AFTER.exec(clean.slice(m.index! + m[0].length));
    out.push({
      name: normalizeAgreementName(raw),
      dnr: after ? after[1]! : null,
      year: Number(m[4]),
      self: Boolean(m[1]),
      location,
    });
  }
  return out;
}

function readAnslagRefs(text: string, location: Location, current: { anslag: string | null; area: string | null }): AnslagRef[] {
  const out: AnslagRef[] = [];
  // AREA, ANSLAG and POST each need one of these words: most sentences have none.
  if (!text.includes('anslag') && !text.includes('ap.') && !text.includes('utgiftsområde')) return out;
  const area = AREA.exec(text);
  if (area) current.area = area[1]!;
  const marks: { at: number; kind: 'anslag' | 'post'; value: string }[] = [];
  for (const m of text.matchAll(ANSLAG)) marks.push({ at: m.index!, kind: 'anslag', value: m[1]! });
  for (const m of text.matchAll(POST)) marks.push({ at: m.index!, kind: 'post', value: m[1]! });
  marks.sort((a, b) => a.at - b.at);
  let pending: string | null = null;
  for (const mark of marks) {
    if (mark.kind === 'anslag') {
      if (pending) out.push({ anslag: pending, post: null, utgiftsomrade: current.area, location });
      current.anslag = mark.value;
      pending = mark.value;
    } else if (current.anslag) {
      out.push({ anslag: current.anslag, post: mark.value, utgiftsomrade: current.area, location });
      pending = null;
    }
  }
  if (pending) out.push({ anslag: pending, post: null, utgiftsomrade: current.area, location });
  return out;
}

/** References in a run of texts (sentences or blocks), duplicates folded. */
export function readReferences(texts: readonly { text: string; location: Location }[]): DocumentReferences {
  const agreements: AgreementRef[] = [];
  const anslag: AnslagRef[] = [];
  const current = { anslag: null as string | null, area: null as string | null };
  for (const t of texts) {
    for (const a of readAgreementRefs(t.text, t.location)) {
      const i = agreements.findIndex((b) => b.name === a.name && b.year === a.year);
      const same = agreements[i];
      if (!same) agreements.push(a);
      else agreements[i] = { ...same, dnr: !same.dnr && a.dnr ? a.dnr : same.dnr, self: a.self || same.self };
    }
    for (const r of readAnslagRefs(t.text, t.location, current)) {
      if (!anslag.some((b) => b.anslag === r.anslag && b.post === r.post)) anslag.push(r);
    }
  }
  // "anslaget 1:6 … enligt förteckningen" followed by its posts: the bare mention adds nothing.
  return { agreements, anslag: anslag.filter((r) => r.post !== null || !anslag.some((b) => b.anslag === r.anslag && b.post !== null)) };
}
