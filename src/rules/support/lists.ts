import type { Document, Sentence } from '../../model/document.js';
import { htmlItemDepth } from './html-list-depth.js';
import { gluedMarkLength } from '../../layout/glued-bullets.js';
import { ITEM_MARK } from '../../layout/bullet-marks.js';

/** A bulleted list and the sentence that leads into it. */
export interface LeadList {
  /** Index (in doc.sentences) of the sentence just before the list, in the block before it. */
  lead: number;
  /** Top-level items, each as the indexes of its sentences; nested bullets are left out. */
  items: number[][];
}

const BULLET = ITEM_MARK;

/** The line's bullet: a mark and its space, or a mark set right against the item's text as the block reader takes it (glued-bullets.ts). */
function bulletOf(line: string): { indent: number; length: number; mark: string } | null {
  const m = BULLET.exec(line);
  if (m) return { indent: m[1]!.length, length: m[0].length, mark: m[0].trim() };
  const length = gluedMarkLength(line);
  if (length === 0) return null;
  const indent = line.length - line.trimStart().length;
  return { indent, length, mark: line.slice(indent, length) };
}

/**
 * The indentation of the bullet a sentence starts right after, or null when the sentence
 * continues an item. Read from the source line; without source lines (PDF) every sentence
 * that starts at the list's left edge is taken to start an item.
 */
function bulletIndent(doc: Document, s: Sentence, left: number): number | null {
  const line = s.location.line === undefined ? undefined : doc.lines[s.location.line - 1];
  const col = s.location.column ?? s.location.box?.x ?? 0;
  if (line === undefined) return col <= left ? 0 : null;
  const m = bulletOf(line);
  // An HTML list item: its depth among nested lists stands for the bullet's indentation.
  if (!m && s.location.column !== undefined && line.includes('<')) return htmlItemDepth(doc, s.location.line!, s.location.column);
  // Emphasis or a link may open the item ("* **Bekämpa inflationen**").
  if (m && col > m.length && /^[\s*_`[]*$/.test(line.slice(m.length, col - 1))) return m.indent;
  // An item run on into the line of the one before, after its full stop ("… åkermark. * 68 miljoner …"): run-on-bullets.ts.
  return m && runOnItemAt(line, col - 1, m.mark) ? m.indent : null;
}

/** The line's own bullet marker stands right before offset `at`, after a sentence's end. */
function runOnItemAt(line: string, at: number, marker: string): boolean {
  if (marker !== '*' && marker !== '•') return false;
  let k = at;
  while (k > 0 && /\s/.test(line[k - 1]!)) k--;
  if (line[k - 1] !== marker) return false;
  k--;
  if (k === 0 || !/\s/.test(line[k - 1]!)) return false;
  while (k > 0 && /\s/.test(line[k - 1]!)) k--;
  return /[.!?]/.test(line[k - 1] ?? '');
}

/** A bulleted list, whatever stands before it. */
export interface BulletList {
  /** Index (in doc.sentences) of the list's first sentence. */
  start: number;
  /** Top-level items, each as the indexes of its sentences; nested bullets are left out. */
  items: number[][];
}

/** Every list of the document: consecutive list-item sentences of one block, by top-level item. */
export function bulletLists(doc: Document): BulletList[] {
  const out: BulletList[] = [];
  const s = doc.sentences;
  let i = 0;
  while (i < s.length) {
    if (s[i]!.role !== 'list-item') {
      i++;
      continue;
    }
    const start = i;
    const block = s[i]!.block;
    while (i < s.length && s[i]!.role === 'list-item' && s[i]!.block === block) i++;
    const left = Math.min(...s.slice(start, i).map((x) => x.location.column ?? x.location.box?.x ?? 0));
    const run = s.slice(start, i);
    // Items printed as plain lines after a lead-in (item-amount-list.ts) have no marks: each line that starts at the left edge opens one.
    const plain = run.every((x) => {
      const line = x.location.line === undefined ? undefined : doc.lines[x.location.line - 1];
      return line !== undefined && bulletOf(line) === null && !line.includes('<');
    });
    const indents = run.map((x) => (plain ? ((x.location.column ?? 0) <= left ? 0 : null) : bulletIndent(doc, x, left)));
    const top = Math.min(...indents.filter((n): n is number => n !== null));
    const items: number[][] = [];
    let nested = false;
    indents.forEach((indent, k) => {
      if (indent === null) {
        if (!nested) items[items.length - 1]?.push(start + k);
        return;
      }
      nested = indent > top;
      if (!nested) items.push([start + k]);
    });
    out.push({ start, items });
  }
  return out;
}

/** Whether a table's row stands on a line strictly between two lines of the text (text sources, where lines are known). */
function tableBetween(doc: Document, from: number | undefined, to: number | undefined): boolean {
  if (from === undefined || to === undefined) return false;
  return doc.tables.some((t) => t.rows.some((r) => r.location.line !== undefined && r.location.line > from && r.location.line < to));
}

/**
 * Lists with their lead sentence: the list's items share one block id, and the lead is the
 * last sentence of the paragraph right before it.
 */
export function leadLists(doc: Document): LeadList[] {
  const s = doc.sentences;
  const out: LeadList[] = [];
  for (const list of bulletLists(doc)) {
    if (list.start === 0) continue;
    const lead = s[list.start - 1]!;
    if (lead.role !== 'paragraph' || lead.block !== s[list.start]!.block - 1) continue;
    // A table between them takes the sentence as its own lead (a note's title over its figures): the list is another's.
    if (tableBetween(doc, lead.location.line, s[list.start]!.location.line)) continue;
    out.push({ lead: list.start - 1, items: list.items });
  }
  return out;
}
