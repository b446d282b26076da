import { attachCaptions } from '../layout/captions.js';
import { splitLines, type SourceLine } from '../layout/source-line.js';
import { pageFurniture } from '../layout/page-furniture.js';
import { ruleLines } from '../layout/rule-lines.js';
import { linesToBlocks } from '../layout/text-blocks.js';
import { isPlaceLabel, isRegionLabel } from './region-label.js';
import type { Layout } from '../layout/types.js';
import { readMarkdown } from './markdown.js';

/** A GFM delimiter row ("| --- | --- |"): the text is Markdown with tables, whatever its extension. */
// Tested line by line (see below): one start per line keeps it linear.
const GFM_DELIMITER = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+(?:\|\s*)?$/;

export function readText(file: string, text: string): Layout {
  if (text.split(/\r\n?|[\n\u2028\u2029]/).some((line) => GFM_DELIMITER.test(line))) return { ...readMarkdown(file, text), format: 'text' };
  const lines = splitLines(text);
  const furniture = pageFurniture(lines);
  const rules = ruleLines(lines);
  const src: SourceLine[] = lines.flatMap((raw, i) => (furniture.has(i) || rules.has(i) ? [] : [{ raw, line: i + 1 }]));
  const blocks = linesToBlocks(file, src, { isListLabel: isRegionLabel, isPlaceLabel });
  attachCaptions(blocks);
  return { file, format: 'text', blocks, lines, problems: [] };
}
