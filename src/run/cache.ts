import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Finding } from '../model/finding.js';
import type { PlainDocument } from './serialise.js';

/** Where a field's JSON text lies in the cache file's second part: byte offset and length. */
type Span = [offset: number, length: number];

/**
 * A document's model as the cache keeps it: its small fields as one JSON text (`head`, with the
 * bulky fields present as null, so the field order stays), and each bulky field (BULK) as its
 * own JSON text, kept in the second part of the cache file. That part is not even decoded unless
 * a bulky field is read (see lazyDocument): a re-run that changes nothing loads the small first
 * part, with each document's facts, tables and findings, and no sentence or line.
 */
export interface StoredDocument {
  head: string;
  /** A bulky field's JSON text: where it lies in the file's second part, or (read afresh, not yet saved) the text. */
  bulk: Record<string, Span | string>;
}

/** The fields the corpus rules and the text format read, and the report of an unchanged run does not: most of a model's bytes. */
const BULK = new Set(['sentences', 'lines', 'amounts']);

/** What a cached document holds: its model and its document-rule findings. */
export interface CacheEntry {
  /** sha256 of the file's bytes. */
  hash: string;
  /** The file's size and modification time when it was hashed. */
  size?: number;
  mtimeMs?: number;
  doc: StoredDocument;
  findings: Finding[];
}

/** The corpus rules' findings of the last run, valid for exactly that run's documents. */
interface CorpusEntry {
  digest: string;
  findings: Record<string, Finding[]>;
}

/** The first part of the cache file (one line of JSON); the second part holds the bulky fields' JSON texts. */
interface CacheFile {
  format: typeof FORMAT;
  /** When the run that wrote it looked at the files (ms since the epoch). */
  checkedAt: number;
  /** kronkoll version and the configuration that shapes a document's model and findings. */
  key: string;
  entries: Record<string, CacheEntry>;
  corpus?: CorpusEntry;
}

/** The layout of the cache file; another layout (an older kronkoll) is not read. */
const FORMAT = 3;

/** A file modified this close to the run that hashed it may change again unseen within its timestamp's resolution (git's "racily clean"): hashed again. */
const RACY_MS = 2000;

export const DEFAULT_CACHE_LOCATION = '.kronkollcache';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The cache of a run, as ESLint's --cache: one file, keyed by absolute path; an entry is used
 * only when the file's content hash is the same, and the whole cache only when the kronkoll
 * version and the configuration (`key`) are. Documents that could not be read are not kept:
 * a timeout or memory limit depends on the machine, and they are read again next time.
 * The corpus rules' findings are kept too, for the set of documents (paths, order and hashes)
 * they were found over: a re-run over the same unchanged documents need not run them again.
 */
export class ReadCache {
  private used = new Map<string, CacheEntry>();
  private changed = false;
  private readonly checkedAt = Date.now();

  private constructor(
    private readonly location: string,
    private readonly key: string,
    private readonly previous: Record<string, CacheEntry>,
    private corpus: CorpusEntry | undefined,
    /** The second part of the cache file as read (bulky fields of `previous`). */
    private readonly bulk: Buffer,
    private readonly previousCheckedAt: number,
  ) {}

  /** Opens the cache at `location`; a missing, damaged or differently keyed cache starts empty. */
  static async open(location: string, key: string): Promise<ReadCache> {
    try {
      const bytes = await readFile(location);
      const end = bytes.indexOf(10);
      const parsed = JSON.parse(bytes.toString('utf8', 0, end < 0 ? bytes.length : end)) as CacheFile;
      if (parsed && parsed.format === FORMAT && parsed.key === key && parsed.entries && typeof parsed.entries === 'object') {
        return new ReadCache(location, key, parsed.entries, parsed.corpus, end < 0 ? Buffer.alloc(0) : bytes.subarray(end + 1), parsed.checkedAt);
      }
    } catch {
      // no cache yet, or not one we can use: start empty
    }
    return new ReadCache(location, key, {}, undefined, Buffer.alloc(0), 0);
  }

  /**
   * Entries are keyed by absolute path (`path`; see absolutePaths).
   *
   * The entry for a file of this size and modification time, when the cache hashed it with the
   * same ones, not just before that run (a file changed in the same instant could keep both):
   * as git's index, an unchanged stat stands for unchanged content and the file is not read.
   */
  unchanged(path: string, size: number, mtimeMs: number): CacheEntry | undefined {
    const hit = this.previous[path];
    if (hit === undefined || hit.size !== size || hit.mtimeMs !== mtimeMs || mtimeMs >= this.previousCheckedAt - RACY_MS) return undefined;
    this.used.set(path, hit);
    return hit;
  }

  /** The entry for a file whose bytes hash to `hash`, if the cache has it; its stat is recorded for the next run. */
  get(path: string, hash: string, stat?: { size: number; mtimeMs: number }): CacheEntry | undefined {
    const hit = this.previous[path];
    if (hit === undefined || hit.hash !== hash) return undefined;
    const entry = stat && (hit.size !== stat.size || hit.mtimeMs !== stat.mtimeMs) ? { ...hit, size: stat.size, mtimeMs: stat.mtimeMs } : hit;
    if (entry !== hit) this.changed = true;
    this.used.set(path, entry);
    return entry;
  }

  /** Keeps a document read afresh (its plain model is stored field by field). */
  set(path: string, entry: { hash: string; size?: number; mtimeMs?: number; doc: PlainDocument; findings: Finding[] }): void {
    this.used.set(path, { ...entry, doc: storeDocument(entry.doc) });
    this.changed = true;
  }

  /** A bulky field of a stored document, as plain data. */
  field(doc: StoredDocument, key: string): unknown {
    const value = doc.bulk[key]!;
    const text = typeof value === 'string' ? value : this.bulk.toString('utf8', value[0], value[0] + value[1]);
    return unpackLines(key, JSON.parse(text));
  }

  /** The corpus findings kept for the run whose documents make `digest`, if they are the kept ones. */
  corpusFindings(digest: string): Record<string, Finding[]> | undefined {
    return this.corpus?.digest === digest ? this.corpus.findings : undefined;
  }

  setCorpusFindings(digest: string, findings: Record<string, Finding[]>): void {
    this.corpus = { digest, findings };
    this.changed = true;
  }

  /**
   * Writes the cache: the entries of this run, and the earlier entries of files this run did not
   * look at (a run over part of the corpus keeps the rest). Written whole and renamed into place,
   * so a run that is stopped halfway leaves the old cache.
   */
  async save(): Promise<void> {
    // Nothing read afresh: the file on disk already holds every entry.
    if (!this.changed) return;
    const parts: Buffer[] = [];
    let offset = 0;
    // Bulky fields go to the second part: those of earlier entries as the bytes they were.
    const place = (doc: StoredDocument): StoredDocument => {
      const bulk: StoredDocument['bulk'] = {};
      for (const [key, value] of Object.entries(doc.bulk)) {
        const bytes = typeof value === 'string' ? Buffer.from(value) : this.bulk.subarray(value[0], value[0] + value[1]);
        parts.push(bytes);
        bulk[key] = [offset, bytes.length];
        offset += bytes.length;
      }
      return { head: doc.head, bulk };
    };
    const entries: Record<string, CacheEntry> = {};
    for (const [path, entry] of Object.entries(this.previous)) if (!this.used.has(path)) entries[path] = { ...entry, doc: place(entry.doc) };
    for (const [path, entry] of this.used) entries[path] = { ...entry, doc: place(entry.doc) };
    const file: CacheFile = { format: FORMAT, checkedAt: this.checkedAt, key: this.key, entries, ...(this.corpus ? { corpus: this.corpus } : {}) };
    await mkdir(dirname(resolve(this.location)), { recursive: true });
    const tmp = `${this.location}.${process.pid}.tmp`;
    await writeFile(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(file)}\n`), ...parts]));
    await rename(tmp, this.location);
  }
}

/**
 * A document's source lines are most of a document and JSON.parse makes one string per line:
 * stored as one string (joined by newlines; a line never holds one) they load several times faster.
 */
const PACKED = '$lines';

function storeDocument(doc: PlainDocument): StoredDocument {
  const head: Record<string, unknown> = {};
  const bulk: StoredDocument['bulk'] = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!BULK.has(key)) {
      head[key] = value;
      continue;
    }
    head[key] = null;
    const packed = key === 'lines' && Array.isArray(value) && value.length > 0 && value.every((l) => typeof l === 'string' && !l.includes('\n'));
    bulk[key] = JSON.stringify(packed ? { [PACKED]: (value as string[]).join('\n') } : value);
  }
  return { head: JSON.stringify(head), bulk };
}

function unpackLines(key: string, value: unknown): unknown {
  if (key !== 'lines' || value === null || typeof value !== 'object') return value;
  const packed = (value as Record<string, unknown>)[PACKED];
  return typeof packed === 'string' ? packed.split('\n') : value;
}

/** The cache key: version and configuration, as one hash. */
export function cacheKey(version: string, configuration: unknown): string {
  return sha256(new TextEncoder().encode(JSON.stringify({ version, configuration })));
}
