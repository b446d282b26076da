import type { SourceLine } from './source-line.js';

/**
 * A reading of one source line, computed once per line however many detector starts ask for it:
 * every line of a text is a start, and a reader that scans on from each start would otherwise read
 * the same lines again from every one of them (quadratic in a long text).
 */
export function oncePerLine<T>(read: (src: SourceLine) => T): (src: SourceLine) => T {
  const seen = new WeakMap<SourceLine, T>();
  return (src) => {
    // One lookup for what is stored (readings are objects or null); `has` only for an undefined.
    const known = seen.get(src);
    if (known !== undefined || seen.has(src)) return known as T;
    const value = read(src);
    seen.set(src, value);
    return value;
  };
}
