import fc from 'fast-check';
import type { Root } from 'mdast';
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/readers/markdown.js';
import { mayHoldTable } from '../../src/readers/markdown-tables.js';
import { HAS_REGERINGEN, regeringenSample } from '../run/sample.js';

const parser = unified().use(remarkParse).use(remarkGfm);
/** A table anywhere in the tree. */
const hasTable = (text: string): boolean => JSON.stringify(parser.parse(text) as Root).includes('"type":"table"');
/** A table at the top of the tree: the only ones the reader takes (a table in a list or quote is read as lines). */
const hasTopTable = (text: string): boolean => (parser.parse(text) as Root).children.some((n) => n.type === 'table');

describe('Markdown: text that cannot hold a table skips the parse', () => {
  it('tables in several layouts all have a pipe, and are found by the full parse', () => {
    const tables = [
      '| Region | Belopp |\n| --- | ---: |\n| Stockholm | 1 000 |\n',
      'Region | Belopp\n--- | ---\nStockholm | 1 000\n',
      '|Län|\n|:-:|\n|Uppsala|\n',
      '   | a | b |\n   |---|---|\n   | 1 | 2 |\n',
      '- punkt\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n',
      // One column, no pipe at all: the aligned delimiter row makes it a table.
      'Län\n:--\nUppsala\n',
      'a\n:-:\nb\n',
      'Belopp\n---:\n5\n',
    ];
    for (const t of tables) {
      expect(hasTable(t), t).toBe(true);
      expect(mayHoldTable(t)).toBe(true);
    }
  });

  it('what looks like a table without pipes is no table to the full parse either', () => {
    for (const t of ['Region\n---\nStockholm\n', 'Region   Belopp\n-----   ------\nStockholm   1 000\n', 'Län\tBelopp\n---\t---\nUppsala\t5\n', '+---+---+\n: a : b :\n+---+---+\n', 'Not: - se nedan\n']) {
      expect(mayHoldTable(t)).toBe(false);
      expect(hasTable(t), t).toBe(false);
    }
  });

  it('random text of table characters: whatever parses to a table is text the check lets through', () => {
    const line = fc.array(fc.constantFrom('-', ':', ' ', '\t', 'a', '1', '>', '*', '#', '=', '|'), { maxLength: 12 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        if (!mayHoldTable(text)) expect(hasTopTable(text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it.skipIf(!HAS_REGERINGEN)('on a sample of ../shared/regeringen the reader gives the same layout with and without the parse', () => {
    for (const file of regeringenSample(300)) {
      const text = readFileSync(file, 'utf8');
      expect(readMarkdown(file, text)).toEqual(readMarkdown(file, text, { fullParse: true }));
    }
  }, 120_000);
});
