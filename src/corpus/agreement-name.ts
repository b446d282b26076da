import { readAgreementRefs } from '../document/references.js';
import type { AgreementRef, Document, Sentence } from '../model/document.js';
import { t } from '../messages/index.js';

/**
 * Which agreement a document speaks of, without a dnr: by the agreement's name as documents
 * write it, in the title, the lead (the first paragraph) or the text. Names are compared
 * after normalising what writers vary: dashes (–, —, ‐ → -), quotation marks (”…”, "…", «…»),
 * case, spacing, and the year written as a range ("2025–2026", "2025-26" → 2025).
 *
 * A document that names one agreement in its title or lead speaks of it throughout: its bare
 * "överenskommelsen" means that one. Two different agreements named there make it ambiguous.
 */
export interface NamedAgreement {
  /** Normalised name and first year: "kortare vårdköer|2025". */
  key: string;
  name: string;
  year: number;
  dnr: string | null;
  /** Where the name stands: title, lead or text. */
  where: 'rubriken' | 'ingressen' | 'texten';
  /** The sentence that names it, for the evidence. */
  sentence: Sentence;
}

const QUOTES = /["”“„'’«»]/g;
const DASHES = /[‐‑‒–—−]/g;

/** The text as agreement names are compared: one kind of dash, no quotation marks. */
export function normaliseText(text: string): string {
  // "Överenskommelsen om Kortare väntetider": a capital after "om" is still the subject, not a proper name.
  return text.replace(QUOTES, '').replace(DASHES, '-').replace(/(verenskommelse(?:n|r|rna)?\s+om\s+)(\p{Lu})/gu, (_m, a: string, b: string) => a + b.toLowerCase());
}

export function normaliseName(name: string): string {
  return normaliseText(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

function named(ref: AgreementRef, sentence: Sentence, where: NamedAgreement['where']): NamedAgreement | null {
  if (!ref.name || ref.year === null) return null;
  const name = normaliseName(ref.name);
  return { key: `${name}|${ref.year}`, name, year: ref.year, dnr: ref.dnr, where, sentence };
}

/** The agreements a document names, title and lead first. The agreement's own text ("denna överenskommelse") names itself. */
export function namedAgreements(doc: Document): NamedAgreement[] {
  const out: NamedAgreement[] = [];
  // The lead: the first paragraph that is not a date line ("Publicerad 14 mars 2025").
  const lead = doc.sentences.find((s) => s.role === 'paragraph' && !/^\s*(?:publicerad|uppdaterad|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4}\s*$)/iu.test(s.text))?.block;
  for (const s of doc.sentences) {
    const where: NamedAgreement['where'] = s.role === 'heading' && (doc.title === null || doc.title.includes(s.text.trim()) || s === doc.sentences[0]) ? 'rubriken' : s.block === lead ? 'ingressen' : 'texten';
    for (const ref of readAgreementRefs(normaliseText(s.text), s.location)) {
      const n = named(ref, s, where);
      if (n && !out.some((o) => o.key === n.key && o.where === n.where)) out.push(n);
    }
  }
  return out;
}

export type AgreementOf =
  | { kind: 'one'; agreement: NamedAgreement; evidence: string }
  | { kind: 'ambiguous'; candidates: NamedAgreement[]; evidence: string }
  | { kind: 'none' };

/** The one agreement a document is about, with the evidence; ambiguous when its title and lead name several. */
export function agreementOf(doc: Document): AgreementOf {
  const all = namedAgreements(doc);
  if (all.length === 0) return { kind: 'none' };
  for (const where of ['rubriken', 'ingressen', 'texten'] as const) {
    const here = all.filter((a) => a.where === where);
    const keys = [...new Set(here.map((a) => a.key))];
    if (keys.length === 1) {
      const a = here[0]!;
      const dnr = all.find((x) => x.key === a.key && x.dnr)?.dnr;
      return { kind: 'one', agreement: a, evidence: t('agreement.evidence', { where: t(`agreement.where.${where}`), dnr: dnr ? t('agreement.evidenceDnr', { dnr }) : '', quote: `${a.sentence.text.trim().slice(0, 90)}${a.sentence.text.trim().length > 90 ? '…' : ''}` }) };
    }
    if (keys.length > 1) {
      // A text naming several agreements in passing (earlier years, related agreements) says nothing about which one it is.
      if (where === 'texten') return { kind: 'none' };
      return { kind: 'ambiguous', candidates: keys.map((k) => here.find((a) => a.key === k)!), evidence: t('agreement.several', { where: t(`agreement.where.${where}`), count: String(keys.length) }) };
    }
  }
  return { kind: 'none' };
}
