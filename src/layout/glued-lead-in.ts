import type { SourceLine } from './source-line.js';

/**
 * A web page turned into text can lose the line break between a lead-in and the list or table
 * under it, so the first item or header cell is set against the colon:
 *
 *   Medlen fördelas så här:Region Skåne 12,3 mnkr
 *   Region Kalmar län 4 mnkr
 *
 *   … omfördelas 27 miljoner kronor till nämnderna enligt följande:Beslut KF
 *
 *   Kommunstabens förslag
 *
 * Read as one line, the lead-in's words became the first row's label (so "Region Skåne" named no
 * region) or swallowed the header's first title. Where a colon closes a word in small letters ending
 * three words or more, a capital follows it with no space, the text after it is short (a label, a
 * title, an item: no sentence) and a short line follows (the list's next item or cell), the line is
 * cut after the colon: two source lines with the same line number, the second at its own column. A
 * blank line is put between them where the page sets its cells or items apart by blank lines, so the
 * lead-in stays a paragraph of its own. A colon before a digit, in a time or a reference ("kl 10:30",
 * "SFS 2019:599") or before a space is no such break.
 */
const GLUED = /(?<=\p{Ll}):(?=\p{Lu}[\p{L}\d])/u;
const MIN_LEAD_WORDS = 3;
const MAX_REST = 80;
const MAX_NEXT = 120;

function cutAt(lines: readonly SourceLine[], i: number): number {
  const raw = lines[i]!.raw;
  const m = GLUED.exec(raw);
  if (!m) return -1;
  const lead = raw.slice(0, m.index).trim();
  const rest = raw.slice(m.index + 1).trimEnd();
  if (lead.split(/\s+/).length < MIN_LEAD_WORDS || rest.length > MAX_REST || /[.!?:;]\s/.test(rest)) return -1;
  let j = i + 1;
  while (j < lines.length && lines[j]!.raw.trim() === '') j++;
  const next = lines[j]?.raw.trim() ?? '';
  return next !== '' && next.length <= MAX_NEXT ? m.index + 1 : -1;
}

export function splitGluedLeadIns(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => GLUED.test(l.raw))) return lines;
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const src = lines[i]!;
    const at = cutAt(lines, i);
    if (at < 0) {
      out.push(src);
      continue;
    }
    out.push({ ...src, raw: src.raw.slice(0, at) });
    if ((lines[i + 1]?.raw.trim() ?? 'x') === '') out.push({ raw: '', line: src.line, column: (src.column ?? 1) + at });
    out.push({ raw: src.raw.slice(at), line: src.line, column: (src.column ?? 1) + at });
  }
  return out;
}
