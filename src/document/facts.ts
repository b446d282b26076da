import type { Block } from '../layout/types.js';
import type { DocumentKind } from '../model/document.js';

/** Facts read from a document's opening: title, date, diarienummer and kind. */
export interface Facts {
  title: string | null;
  date: string | null;
  dnr: string[];
  kind: DocumentKind;
}

const DNR = /\b([A-ZÅÄÖ]{1,3}\d{4}\/\d{2,6}(?:\/[A-ZÅÄÖ0-9]+)?)(\s*\(delvis\))?/g;
const ISO_DATE = /\b(20\d{2}|19\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WORD_DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) ((?:19|20)\\d{2})\\b`, 'i');

export function readFacts(blocks: Block[]): Facts {
  const texts: { text: string; role: string }[] = [];
  for (const b of blocks) if (b.kind === 'text') for (const l of b.lines) texts.push({ text: l.text, role: b.role });
  const all = texts.map((t) => t.text).join('\n');
  const dnr: string[] = [];
  for (const m of all.matchAll(DNR)) if (!dnr.includes(m[1]!)) dnr.push(m[1]!);
  const opening = texts.slice(0, 40).map((t) => t.text).join('\n');
  let date: string | null = null;
  const iso = ISO_DATE.exec(opening);
  if (iso) date = iso[0];
  else {
    const w = WORD_DATE.exec(opening);
    if (w) date = `${w[3]}-${String(MONTHS.indexOf(w[2]!.toLowerCase()) + 1).padStart(2, '0')}-${w[1]!.padStart(2, '0')}`;
  }
  const heading = texts.find((t) => t.role === 'heading');
  let title = heading?.text.trim() ?? null;
  if (!title) {
    const decision = texts.findIndex((t) => /^Regeringens beslut\b/.test(t.text.trim()));
    const before = decision > 0 ? texts.slice(0, decision).reverse().find((t) => t.text.trim().length > 20) : undefined;
    title = before?.text.trim() ?? texts.find((t) => t.text.trim().length > 20)?.text.trim() ?? null;
  }
  return { title, date, dnr, kind: kindOf(all, title ?? '') };
}

function kindOf(all: string, title: string): DocumentKind {
  if (/^\s*Regeringens beslut\s*$/m.test(all) || /Regeringen ger \S+ i uppdrag/.test(all)) return 'regeringsbeslut';
  if (/^\s*\d*\s*Godkännande av överenskommelsen|Överenskommelsen har upprättats i två exemplar|^Överenskommelse (om|mellan)/im.test(all)) return 'överenskommelse';
  if (/\bsäger\s+[a-zåäö-]*minister\b|^Pressmeddelande\b/im.test(all) || /miljard|miljoner/i.test(title)) return 'pressmeddelande';
  return 'okänd';
}
