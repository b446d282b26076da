import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Finding } from '../model/finding.js';
import type { PlainDocument } from './serialise.js';

/**
 * A document's model as the cache keeps it: each field of the plain document as its own JSON
 * text. Loading the cache then makes one string per field instead of an object per sentence,
 * and a field is parsed only when something reads it (see lazyDocument): a re-run that changes
 * nothing reads little more than each document's tables.
 */
export type StoredDocument = Record<string, string>;

/** What a cached document holds: its model and its document-rule findings. */
export interface CacheEntry {
  /** sha256 of the file's bytes. */
  hash: string;
  doc: StoredDocument;
  findings: Finding[];
}

/** The corpus rules' findings of the last run, valid for exactly that run's documents. */
interface CorpusEntry {
  digest: string;
  findings: Record<string, Finding[]>;
}

interface CacheFile {
  format: typeof FORMAT;
  /** kronkoll version and the configuration that shapes a document's model and findings. */
  key: string;
  entries: Record<string, CacheEntry>;
  corpus?: CorpusEntry;
}

/** The layout of the cache file; another layout (an older kronkoll) is not read. */
const FORMAT = 2;

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

  private constructor(
    private readonly location: string,
    private readonly key: string,
    private readonly previous: Record<string, CacheEntry>,
    private corpus: CorpusEntry | undefined,
  ) {}

  /** Opens the cache at `location`; a missing, damaged or differently keyed cache starts empty. */
  static async open(location: string, key: string): Promise<ReadCache> {
    let previous: Record<string, CacheEntry> = {};
    let corpus: CorpusEntry | undefined;
    try {
      const parsed = JSON.parse(await readFile(location, 'utf8')) as CacheFile;
      if (parsed && parsed.format === FORMAT && parsed.key === key && parsed.entries && typeof parsed.entries === 'object') {
        previous = parsed.entries;
        corpus = parsed.corpus;
      }
    } catch {
      // no cache yet, or not one we can use: start empty
    }
    return new ReadCache(location, key, previous, corpus);
  }

  /** The entry for a file whose bytes hash to `hash`, if the cache has it. */
  get(file: string, hash: string): CacheEntry | undefined {
    const path = resolve(file);
    const hit = this.previous[path];
    if (hit === undefined || hit.hash !== hash) return undefined;
    this.used.set(path, hit);
    return hit;
  }

  /** Keeps a document read afresh (its plain model is stored field by field). */
  set(file: string, entry: { hash: string; doc: PlainDocument; findings: Finding[] }): void {
    this.used.set(resolve(file), { hash: entry.hash, doc: storeDocument(entry.doc), findings: entry.findings });
    this.changed = true;
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
    const entries: Record<string, CacheEntry> = {};
    for (const [path, entry] of Object.entries(this.previous)) if (!this.used.has(path)) entries[path] = entry;
    for (const [path, entry] of this.used) entries[path] = entry;
    const file: CacheFile = { format: FORMAT, key: this.key, entries, ...(this.corpus ? { corpus: this.corpus } : {}) };
    await mkdir(dirname(resolve(this.location)), { recursive: true });
    const tmp = `${this.location}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(file));
    await rename(tmp, this.location);
  }
}

/**
 * A document's source lines are most of a document and JSON.parse makes one string per line:
 * stored as one string (joined by newlines; a line never holds one) they load several times faster.
 */
const PACKED = '$lines';

function storeDocument(doc: PlainDocument): StoredDocument {
  const out: StoredDocument = {};
  for (const [key, value] of Object.entries(doc)) {
    const packed = key === 'lines' && Array.isArray(value) && value.length > 0 && value.every((l) => typeof l === 'string' && !l.includes('\n'));
    out[key] = JSON.stringify(packed ? { [PACKED]: (value as string[]).join('\n') } : value);
  }
  return out;
}

/** One stored field back as plain data. */
export function storedField(doc: StoredDocument, key: string): unknown {
  const value: unknown = JSON.parse(doc[key]!);
  if (key !== 'lines' || value === null || typeof value !== 'object') return value;
  const packed = (value as Record<string, unknown>)[PACKED];
  return typeof packed === 'string' ? packed.split('\n') : value;
}

/** The cache key: version and configuration, as one hash. */
export function cacheKey(version: string, configuration: unknown): string {
  return sha256(new TextEncoder().encode(JSON.stringify({ version, configuration })));
}
