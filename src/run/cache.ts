import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Finding } from '../model/finding.js';
import type { PlainDocument } from './serialise.js';

/** What a cached document holds: its model as plain data and its document-rule findings. */
export interface CacheEntry {
  /** sha256 of the file's bytes. */
  hash: string;
  doc: PlainDocument;
  findings: Finding[];
}

interface CacheFile {
  /** kronkoll version and the configuration that shapes a document's model and findings. */
  key: string;
  entries: Record<string, CacheEntry>;
}

export const DEFAULT_CACHE_LOCATION = '.kronkollcache';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The cache of a run, as ESLint's --cache: one file, keyed by absolute path; an entry is used
 * only when the file's content hash is the same, and the whole cache only when the kronkoll
 * version and the configuration (`key`) are. Documents that could not be read are not kept:
 * a timeout or memory limit depends on the machine, and they are read again next time.
 */
export class ReadCache {
  private used = new Map<string, CacheEntry>();
  private changed = false;

  private constructor(
    private readonly location: string,
    private readonly key: string,
    private readonly previous: Record<string, CacheEntry>,
  ) {}

  /** Opens the cache at `location`; a missing, damaged or differently keyed cache starts empty. */
  static async open(location: string, key: string): Promise<ReadCache> {
    let previous: Record<string, CacheEntry> = {};
    try {
      const parsed = JSON.parse(await readFile(location, 'utf8')) as CacheFile;
      if (parsed && parsed.key === key && parsed.entries && typeof parsed.entries === 'object') {
        previous = parsed.entries;
        for (const entry of Object.values(previous)) unpackLines(entry.doc);
      }
    } catch {
      // no cache yet, or not one we can use: start empty
    }
    return new ReadCache(location, key, previous);
  }

  /** The entry for a file whose bytes hash to `hash`, if the cache has it. */
  get(file: string, hash: string): CacheEntry | undefined {
    const path = resolve(file);
    const hit = this.previous[path];
    if (hit === undefined || hit.hash !== hash) return undefined;
    this.used.set(path, hit);
    return hit;
  }

  set(file: string, entry: CacheEntry): void {
    this.used.set(resolve(file), entry);
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
    const file: CacheFile = { key: this.key, entries };
    await mkdir(dirname(resolve(this.location)), { recursive: true });
    const tmp = `${this.location}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(file, packLines));
    await rename(tmp, this.location);
  }
}

/**
 * A document's source lines are most of a cache and JSON.parse makes one string per line: stored
 * as one string (joined by newlines; a line never holds one) the cache loads several times faster.
 */
const PACKED = '$lines';

function packLines(this: unknown, key: string, value: unknown): unknown {
  // Only a document's own lines (its holder has a format), and only when the join can be undone.
  if (key !== 'lines' || !Array.isArray(value) || value.length === 0 || typeof (this as { format?: unknown }).format !== 'string') return value;
  return value.every((l) => typeof l === 'string' && !l.includes('\n')) ? { [PACKED]: value.join('\n') } : value;
}

function unpackLines(doc: PlainDocument): void {
  const record = doc as Record<string, unknown>;
  const packed = (record.lines as Record<string, unknown> | undefined)?.[PACKED];
  if (typeof packed === 'string') record.lines = packed.split('\n');
}

/** The cache key: version and configuration, as one hash. */
export function cacheKey(version: string, configuration: unknown): string {
  return sha256(new TextEncoder().encode(JSON.stringify({ version, configuration })));
}
