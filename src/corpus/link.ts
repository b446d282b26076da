import { basename } from 'node:path';
import type { Decimal } from 'decimal.js';
import type { Document } from '../model/document.js';
import { deriveFrame } from './derive.js';
import type { Frame } from './frame.js';
import type { PinnedFrames } from './pinned.js';
import { readStatements, statement, type Statement } from './statements.js';

/**
 * Links the documents of a run: every agreement gets its frame (a pinned frame when one
 * names the agreement's file, dnr or name, else the frame derived from its text), and every
 * other document is tied to the frame of the agreement it refers to — by dnr first, then by
 * name and year. Renditions of one decision (text, PDF) are one payout.
 */
export interface Link {
  doc: Document;
  frame: Frame;
  /** The agreement document, when it is in the run. */
  agreement: Document | null;
  how: 'dnr' | 'namn';
  statements: Statement[];
  /** Identity of the decision across renditions: dnr, date and payout. */
  identity: string;
}

export interface Linked {
  frames: { frame: Frame; agreement: Document | null }[];
  links: Link[];
  pinned: PinnedFrames;
}

const cache = new WeakMap<readonly Document[], Linked>();

function matchesDoc(frame: Frame, doc: Document): boolean {
  if (frame.source && basename(frame.source) === basename(doc.file)) return true;
  const self = doc.references.agreements.find((a) => a.self);
  return Boolean(self && frame.agreement === self.name && (frame.year === null || frame.year === self.year));
}

/** Links a run's documents; computed once per run (every framework rule asks for it). */
export function linkDocuments(docs: readonly Document[], pinned: PinnedFrames): Linked {
  const hit = cache.get(docs);
  if (hit && hit.pinned === pinned) return hit;
  const frames: Linked['frames'] = [];
  const usedPinned = new Set<Frame>();
  for (const doc of docs) {
    if (doc.kind !== 'överenskommelse') continue;
    const pin = pinned.frames.find((f) => matchesDoc(f, doc));
    if (pin) {
      usedPinned.add(pin);
      if (!frames.some((f) => f.frame === pin)) frames.push({ frame: pin, agreement: doc });
      continue;
    }
    const derived = deriveFrame(doc);
    if (derived.amounts.length === 0) continue;
    // The same agreement in several renditions: the first one read gives the frame.
    if (frames.some((f) => f.frame.agreement === derived.agreement && f.frame.year === derived.year && derived.agreement !== null)) continue;
    frames.push({ frame: derived, agreement: doc });
  }
  for (const f of pinned.frames) if (!usedPinned.has(f)) frames.push({ frame: f, agreement: null });

  const links: Link[] = [];
  for (const doc of docs) {
    if (doc.kind === 'överenskommelse') continue;
    const found = frameFor(doc, frames);
    if (!found) continue;
    const statements = readStatements(doc);
    links.push({ doc, ...found, statements, identity: identityOf(doc, statements) });
  }
  const out = { frames, links, pinned };
  cache.set(docs, out);
  return out;
}

function frameFor(doc: Document, frames: Linked['frames']): { frame: Frame; agreement: Document | null; how: Link['how'] } | null {
  const refs = doc.references.agreements.filter((a) => !a.self);
  const dnrs = new Set([...refs.map((r) => r.dnr).filter((d): d is string => d !== null)]);
  for (const f of frames) if (f.frame.dnr.some((d) => dnrs.has(d))) return { ...f, how: 'dnr' };
  for (const f of frames) {
    if (f.frame.agreement === null) continue;
    if (refs.some((r) => r.name === f.frame.agreement && (f.frame.year === null || r.year === f.frame.year))) return { ...f, how: 'namn' };
  }
  return null;
}

/** Same dnr, same date, same payout: one decision, however many renditions. */
function identityOf(doc: Document, statements: Statement[]): string {
  const payout: Decimal | undefined = statement(statements, 'this')?.value ?? doc.tables.flatMap((t) => t.rows.filter((r) => r.kind === 'total').map((r) => r.cells[r.cells.length - 1]?.value)).find((v): v is Decimal => Boolean(v));
  return `${[...doc.dnr].sort().join(',')}|${doc.date ?? ''}|${payout?.toFixed() ?? basename(doc.file)}`;
}
