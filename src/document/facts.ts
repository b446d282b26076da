import type { Block } from '../layout/types.js';
import type { DocumentKind, DocumentReferences, Sentence } from '../model/document.js';
import { readReferences } from './references.js';
import { monthDates } from './month-dates.js';
import { isDateline } from './dateline.js';

/** A line that credits or annotates what is above it ("Källa: SCB", "Foto: …", "Anm.: …"): never a title. */
const ATTRIBUTION = /^(?:källa|källor|foto|bild|grafik|anm|anmärkning|not|fotnot)\.?:/i;

/** Facts read from a document's blocks: title, date, diarienummer and kind. */
export interface Facts {
  title: string | null;
  date: string | null;
  dnr: string[];
  kind: DocumentKind;
}

/** Facts read from a document's sentences and source lines: department, partial dnr, references. */
export interface ProseFacts {
  /** "Socialdepartementet", or null. */
  department: string | null;
  /** Diarienummer written with "(delvis)". */
  dnrPartial: string[];
  references: DocumentReferences;
}

const DEPARTMENT = /\b([A-ZÅÄÖ][a-zåäö]+departementet)\b/;

const DNR = /\b([A-ZÅÄÖ]{1,3}\d{4}\/\d{2,6}(?:\/[A-ZÅÄÖ0-9]+)?)(\s*\(delvis\))?/g;
const ISO_DATE = /\b(20\d{2}|19\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WORD_DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) ((?:19|20)\\d{2})\\b`, 'i');

/** A title that opens with an amount ("450 miljoner mer till …"), unlike a numbered section heading ("1 Inledning"). */
const AMOUNT_TITLE = /^\d{1,4}(?:[ ,]\d{1,3})? (?:miljon|miljoner|miljard|miljarder|mnkr|mdkr|mkr|kronor)\b/i;

export function readFacts(blocks: Block[]): Facts {
  const texts: { text: string; role: string }[] = [];
  for (const b of blocks) if (b.kind === 'text') for (const l of b.lines) texts.push({ text: l.text, role: b.role });
  const all = texts.map((t) => t.text).join('\n');
  const opening = texts.slice(0, 40).map((t) => t.text).join('\n');
  const date = publicationDate(opening);
  // A heading may wrap over several lines (PDF): its block is the title.
  const heading = blocks.find((b) => b.kind === 'text' && b.role === 'heading' && b.lines.length > 0);
  let title = heading?.kind === 'text' ? heading.lines.map((l) => l.text.trim()).join(' ') : null;
  if (!title) {
    // A decision's title is the paragraph just above "Regeringens beslut" (it may wrap over lines).
    const paragraphs = blocks.flatMap((b) => (b.kind === 'text' && b.lines.length > 0 ? [{ text: b.lines.map((l) => l.text.trim()).join(' ') }] : []));
    const decision = paragraphs.findIndex((t) => /^Regeringens beslut\b/.test(t.text.trim()));
    const before = decision > 0 ? paragraphs.slice(0, decision).reverse().find((t) => t.text.trim().length > 20) : undefined;
    // Otherwise a paragraph near the top that stands alone on one line and reads like a title;
    // no title rather than the first line of running text (an agreement's text often starts
    // "1 Inledning" followed by prose).
    const standalone = blocks.slice(0, 8).find(
      (b) =>
        b.kind === 'text' &&
        b.role === 'paragraph' &&
        b.lines.length === 1 &&
        /^\S.{18,198}[^.,:;]$/.test(b.lines[0]!.text.trim()) &&
        (!/^\d/.test(b.lines[0]!.text.trim()) || AMOUNT_TITLE.test(b.lines[0]!.text.trim())) &&
        !ATTRIBUTION.test(b.lines[0]!.text.trim()) &&
        !isDateline(b.lines[0]!.text),
    );
    const single = standalone?.kind === 'text' ? standalone.lines[0]!.text.trim() : null;
    title = before?.text.trim() ?? single;
  }
  const kind = kindOf(all, title ?? '');
  return { title, date, dnr: ownDnr(all, kind), kind };
}

/**
 * The document's own diarienummer. A press release cites the decisions and agreements it
 * speaks of ("(S2023/03334)") and has none of its own unless a line labels one ("Dnr …");
 * other documents keep every dnr they give, as before.
 */
const DNR_LABEL = /(?:\bdnr|\bdiarienummer|\bbeteckning)\s?:?\s?$/i;

function ownDnr(all: string, kind: DocumentKind): string[] {
  const dnr: string[] = [];
  for (const m of all.matchAll(DNR)) {
    if (kind === 'pressmeddelande') {
      const before = all.slice(Math.max(0, m.index - 30), m.index);
      const line = before.slice(before.lastIndexOf('\n') + 1);
      if (!DNR_LABEL.test(line) || /\bert\s/i.test(line)) continue;
    }
    if (!dnr.includes(m[1]!)) dnr.push(m[1]!);
  }
  return dnr;
}

/**
 * The date a document was issued: a labelled publication date ("Publicerad 12 mars 2023")
 * wins; otherwise the first date of the opening that is not a deadline or a period in the
 * text ("senast den 30 april 2023", "från och med 1 juli"). ISO dates before written ones,
 * as decisions print theirs in the header.
 */
const PUBLISHED = /\b(?:publicerad|publicerat|publiceringsdatum|datum)\s?:?\s?(?:den\s)?$/i;
const DEADLINE = /\b(?:senast|till och med|t\.o\.m\.?|före|innan|från och med|fr\.o\.m\.?|sista|fram till|efter|inkomma|inkommit|löper ut|gäller)\s(?:den\s)?(?:\S+\s)?$/i;

const ISO_DATES = new RegExp(ISO_DATE.source, 'g');
const WORD_DATES = new RegExp(WORD_DATE.source, 'gi');

function dateOf(m: RegExpExecArray): string {
  if (m[0].includes('-')) return m[0];
  return `${m[3]}-${String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function publicationDate(opening: string): string | null {
  const found: { at: number; date: string; iso: boolean; before: string }[] = [];
  for (const [re, iso] of [
    [ISO_DATES, true],
    [WORD_DATES, false],
  ] as const) {
    for (const m of opening.matchAll(re)) {
      const before = opening.slice(Math.max(0, m.index - 40), m.index);
      found.push({ at: m.index, date: dateOf(m), iso, before: before.slice(before.lastIndexOf('\n') + 1) });
    }
  }
  // Datelines of news platforms ("Aug 03, 2016", "3 aug. 2016").
  for (const d of monthDates(opening)) {
    const before = opening.slice(Math.max(0, d.at - 40), d.at);
    found.push({ at: d.at, date: d.date, iso: false, before: before.slice(before.lastIndexOf('\n') + 1) });
  }
  found.sort((a, b) => a.at - b.at);
  const published = found.find((f) => PUBLISHED.test(f.before));
  if (published) return published.date;
  const plain = found.filter((f) => !DEADLINE.test(f.before));
  return (plain.find((f) => f.iso) ?? plain[0])?.date ?? null;
}

/** A standalone department line near the top wins ("Socialdepartementet"); else the first mention. */
function departmentOf(texts: readonly string[]): string | null {
  for (const t of texts.slice(0, 40)) {
    const m = /^\s*([A-ZÅÄÖ][a-zåäö]+departementet)\s*$/.exec(t);
    if (m) return m[1]!;
  }
  for (const t of texts) {
    const m = DEPARTMENT.exec(t);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * Department, partial dnr and references, read from the built document's sentences (names of
 * agreements run over line breaks; a sentence holds them whole) and, for the department, its
 * source lines when it has them.
 */
export function readProseFacts(sentences: readonly Sentence[], lines: readonly string[]): ProseFacts {
  const texts = sentences.map((s) => s.text);
  const dnrPartial: string[] = [];
  // A diarienummer has a slash; most sentences have none.
  for (const t of texts) if (t.includes('/')) for (const m of t.matchAll(DNR)) if (m[2] && !dnrPartial.includes(m[1]!)) dnrPartial.push(m[1]!);
  const opening = lines.length > 0 ? lines : texts;
  return { department: departmentOf(opening), dnrPartial, references: readReferences(sentences) };
}

function kindOf(all: string, title: string): DocumentKind {
  // Line-anchored tests run line by line: a multiline pattern whose \s* may span lines is quadratic.
  const lines = all.split(/\r\n?|[\n\u2028\u2029]/);
  const onALine = (re: RegExp): boolean => lines.some((l) => re.test(l));
  if (onALine(/^\s*Regeringens beslut\s*$/)) return 'regeringsbeslut';
  if (onALine(/^\s*(?:\d+\s*)?Godkännande av överenskommelsen/i) || /Överenskommelsen har upprättats i två exemplar/i.test(all) || onALine(/^Överenskommelse (om|mellan)/i)) return 'överenskommelse';
  // A press release reports a decision ("Regeringen ger Kammarkollegiet i uppdrag …") in its own
  // form: it quotes a minister, is labelled as one, or gives a press contact.
  if (
    /\bsäger\s(?:[a-zåäö-]*minister|statsrådet|generaldirektör|landshövding|ordförande)/i.test(all) ||
    onALine(/^\s*Pressmeddelande\b/i) ||
    /\bpresskontakt|\bpressekreterare/i.test(all) ||
    lines.some((l) => /^\s*[–—]\s/.test(l) && /\bsäger\s/.test(l))
  )
    return 'pressmeddelande';
  if (/Regeringen ger \S+ i uppdrag/.test(all)) return 'regeringsbeslut';
  if (/miljard|miljoner/i.test(title)) return 'pressmeddelande';
  return 'okänd';
}
