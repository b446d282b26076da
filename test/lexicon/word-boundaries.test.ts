import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `\b` in a JavaScript pattern is a boundary between ASCII word characters and the rest, so it
 * never stands before "år", "övriga", "ökning" or after "m²": a pattern written `\b(?:…|övriga)\b`
 * silently never matches its Swedish words. Patterns spell such boundaries with lookarounds
 * (`(?<![\p{L}\d_])…(?![\p{L}\d_])`, flag u). This test reads the sources for `\b` next to a
 * letter outside ASCII, or next to a group one of whose alternatives begins (ends) with one.
 */
const NON_ASCII = /[^\x00-\x7F]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The top-level alternatives of the group whose "(" is at `open`. */
function alternatives(s: string, open: number): string[] {
  let k = open + 1;
  const prefix = /^\?(?:[:=!]|<[=!])/.exec(s.slice(k));
  if (prefix) k += prefix[0].length;
  const out: string[] = [];
  let depth = 0;
  let start = k;
  for (let j = k; j < s.length; j++) {
    const c = s[j]!;
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') {
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return [...out, s.slice(start, j)];
      depth--;
    } else if (c === '|' && depth === 0) {
      out.push(s.slice(start, j));
      start = j + 1;
    }
  }
  return [];
}

/** The "(" that the ")" at `close` closes. */
function opening(s: string, close: number): number {
  let depth = 0;
  for (let j = close; j >= 0; j--) {
    if (j > 0 && s[j - 1] === '\\') continue;
    if (s[j] === ')') depth++;
    else if (s[j] === '(' && --depth === 0) return j;
  }
  return -1;
}

const firstLetter = (a: string): string => a.replace(/^(?:\(\?:|\()+/, '').charAt(0);
const lastLetter = (a: string): string => a.replace(/[?*+)]+$/, '').slice(-1);

function asciiBoundaryMisuses(line: string): number[] {
  const out: number[] = [];
  for (let i = line.indexOf('\\b'); i >= 0; i = line.indexOf('\\b', i + 2)) {
    if (i > 0 && line[i - 1] === '\\') continue;
    const after = line[i + 2] ?? '';
    const before = i > 0 ? line[i - 1]! : '';
    const bad =
      NON_ASCII.test(after) ||
      NON_ASCII.test(before) ||
      (after === '(' && alternatives(line, i + 2).some((a) => NON_ASCII.test(firstLetter(a)))) ||
      (before === ')' && (() => {
        const o = opening(line, i - 1);
        return o >= 0 && alternatives(line, o).some((a) => NON_ASCII.test(lastLetter(a)));
      })());
    if (bad) out.push(i);
  }
  return out;
}

describe('word boundaries next to Swedish letters', () => {
  it('finds the misuse it is meant to find, and not its repair', () => {
    expect(asciiBoundaryMisuses(String.raw`const R = /\b(?:resten|övriga)\b/i;`)).toEqual([11]);
    expect(asciiBoundaryMisuses(String.raw`const R = /\bår\b/;`)).toEqual([11]);
    expect(asciiBoundaryMisuses(String.raw`const R = /(?:m2|m²)\b/;`)).toEqual([20]);
    expect(asciiBoundaryMisuses(String.raw`const R = /(?<![\p{L}\d_])(?:resten|övriga)(?![\p{L}\d_])/iu;`)).toEqual([]);
    expect(asciiBoundaryMisuses(String.raw`const R = /\b(?:summa|totalt)\b|\bgår\s/i;`)).toEqual([]);
  });

  it('has no \\b beside a letter outside ASCII in src/ or grammars/', () => {
    const found: string[] = [];
    for (const file of [...files('src'), ...files('grammars')]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, k) => {
          const code = line.trim();
          if (code.startsWith('//') || code.startsWith('*')) return;
          if (asciiBoundaryMisuses(line).length > 0) found.push(`${file}:${k + 1}: ${code.slice(0, 120)}`);
        });
    }
    expect(found).toEqual([]);
  });
});
