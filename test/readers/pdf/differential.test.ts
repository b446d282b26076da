import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FastPdf } from '../../../src/readers/pdf/fast/document.js';
import { Unsupported } from '../../../src/readers/pdf/fast/syntax.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { openPdf } from '../../../src/readers/pdf/pdfjs/extract.js';
import { ReadError } from '../../../src/readers/read-error.js';
import { setLang } from '../../../src/messages/index.js';

// The reasons are asserted in English (the catalogue's --lang en); test/setup/language.ts resets it after.
beforeEach(() => setLang('en'));

/** Every PDF in the repository: the corpus and all test fixtures, whoever added them. */
function pdfsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pdfsUnder(path);
    return name.endsWith('.pdf') ? [path] : [];
  });
}
const ALL = [...pdfsUnder('corpus/pdf'), ...pdfsUnder('test/fixtures')].sort();
const bytesOf = (f: string) => new Uint8Array(readFileSync(f));
const round = (v: number) => Math.round(v * 1000) / 1000;

/** The fast reader's reason for declining the file, or null when it reads every page. */
function declines(file: string): string | null {
  try {
    const doc = new FastPdf(bytesOf(file));
    for (let n = 1; n <= doc.numPages; n++) doc.text(n);
    return null;
  } catch (err) {
    if (err instanceof Unsupported) return err.message;
    throw err;
  }
}

describe.each(ALL)('%s', { timeout: 30_000 }, (file) => {
  it('both readers give the same text items, or the fast reader declines and the reason is recorded', async () => {
    const reason = declines(file);
    if (reason !== null) {
      const auto = await readPdf(file, bytesOf(file)).catch((e: unknown) => e);
      if (auto instanceof ReadError) expect(auto.reason).toMatch(/encrypted; no password given|\(the fast reader: .+\)$/);
      else expect((auto as { pdf?: { fallback: string | null } }).pdf?.fallback).toBe(reason.length > 80 ? `${reason.slice(0, 77)}...` : reason);
      return;
    }
    const fast = new FastPdf(bytesOf(file));
    const task = openPdf(bytesOf(file));
    try {
      const doc = await task.promise;
      expect(fast.numPages).toBe(doc.numPages);
      for (let n = 1; n <= doc.numPages; n++) {
        const ours = fast.text(n).items;
        const theirs = (await (await doc.getPage(n)).getTextContent({ disableNormalization: true })).items.filter((i) => 'str' in i);
        // Font names are each reader's own; text, place, direction and width must agree.
        const shape = (items: { str: string; transform: number[]; width: number }[]) => items.map((i) => [i.str, ...i.transform.map(round), round(i.width)]);
        expect(shape(ours)).toEqual(shape(theirs as { str: string; transform: number[]; width: number }[]));
      }
    } finally {
      await task.destroy();
    }
  });
});
