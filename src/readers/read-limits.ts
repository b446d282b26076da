/** Limits on what one document may cost to read; documents are untrusted. */
export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 50 * 1024 * 1024, maxPages: 2000, timeoutMs: 60_000 };

/** Everything a reader is told about one run: its limits, and how to read PDFs. */
export interface ReadOptions extends ReadLimits {
  /** 'auto' (default): the own PDF reader, pdfjs where it declines; 'fast' or 'pdfjs': that one only. */
  pdfEngine?: 'auto' | 'fast' | 'pdfjs';
  /** Opens encrypted PDFs. */
  password?: string;
}
