import { Decimal } from 'decimal.js';
import type { Document } from '../model/document.js';

/**
 * A Document as plain data: what crosses threads (structured clone), and what the cache and
 * shard results store (JSON). Every Decimal becomes `{ $decimal: "…" }` (its exact string), and
 * back: a Decimal loses its prototype in a structured clone, and JSON would turn it into a string
 * that nothing tells apart from text. The walk is generic, so a field added to the model later
 * that holds a Decimal crosses too. Maps (the rule context's population) become `{ $map: [[k, v]…] }`.
 */
export type PlainDocument = { readonly __plain: unique symbol } & Record<string, unknown>;

const TAG = '$decimal';
const MAP = '$map';

/**
 * Every location in a document names the document's file: in plain data that name is `1`
 * (a number where a path is a string, so nothing else reads as it), and the file is restored on
 * the way back. Thousands of sentences carried the path each; now the model is about half the size.
 */
const SAME_FILE = 1;

function toPlain(value: unknown, file?: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Decimal.isDecimal(value)) return { [TAG]: (value as Decimal).toString() };
  if (value instanceof Map) return { [MAP]: [...value.entries()].map(([k, v]) => [toPlain(k, file), toPlain(v, file)]) };
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i], file);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    // JSON drops undefined; leave it out here too, so a thread and a cache give the same object.
    if (v === undefined) continue;
    out[key] = key === 'file' && file !== undefined && v === file ? SAME_FILE : toPlain(v, file);
  }
  return out;
}

function fromPlain(value: unknown, file?: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v !== null && typeof v === 'object') value[i] = fromPlain(v, file);
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  const tagged = record[TAG];
  if (typeof tagged === 'string') return new Decimal(tagged);
  const entries = record[MAP];
  if (Array.isArray(entries)) return new Map(entries.map((e: unknown[]) => [fromPlain(e[0], file), fromPlain(e[1], file)]));
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (key === 'file' && v === SAME_FILE && file !== undefined) record[key] = file;
    else if (v !== null && typeof v === 'object') record[key] = fromPlain(v, file);
  }
  return record;
}

/** Any model value (the rule context, a finding) as plain data: Decimals and Maps tagged. */
export function toPlainData(value: unknown): unknown {
  return toPlain(value);
}

/** The value `toPlainData` made plain, rebuilt in place. */
export function fromPlainData<T>(plain: unknown): T {
  return fromPlain(plain) as T;
}

/** The document as plain data (a new object; the document is not changed). */
export function serialiseDocument(doc: Document): PlainDocument {
  const plain = toPlain(doc, doc.file) as Record<string, unknown>;
  plain.file = doc.file;
  return plain as PlainDocument;
}

/** Rebuilds a document from plain data, Decimals included. Takes ownership of `plain` (it is rebuilt in place). */
export function rehydrateDocument(plain: PlainDocument): Document {
  const file = (plain as Record<string, unknown>).file;
  return fromPlain(plain, typeof file === 'string' ? file : undefined) as Document;
}

/**
 * A document from the cache. Its small fields are rebuilt at once; each bulky one (sentences,
 * lines, amounts) is parsed and its Decimals made when something first reads it (a corpus rule,
 * the text format), so a re-run that changes nothing skips most of that work. The fields keep
 * their order, and a field once read is an ordinary property, so the document reads, prints and
 * serialises as one rebuilt whole would.
 */
export function lazyDocument(stored: { head: string; bulk: Record<string, unknown> }, field: (key: string) => unknown): Document {
  const head = JSON.parse(stored.head) as Record<string, unknown>;
  const file = typeof head.file === 'string' ? head.file : undefined;
  const doc = fromPlain(head, file) as Record<string, unknown>;
  const settle = (key: string, value: unknown): void => void Object.defineProperty(doc, key, { value, enumerable: true, writable: true, configurable: true });
  for (const key of Object.keys(stored.bulk)) {
    // Redefining a property keeps its place in the field order.
    Object.defineProperty(doc, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = fromPlain(field(key), file);
        settle(key, value);
        return value;
      },
      set(value: unknown) {
        settle(key, value);
      },
    });
  }
  return doc as unknown as Document;
}
