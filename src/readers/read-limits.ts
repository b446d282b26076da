/** Limits on what one document may cost to read; documents are untrusted. */
export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 50 * 1024 * 1024, maxPages: 2000, timeoutMs: 60_000 };
