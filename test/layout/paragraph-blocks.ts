import type { Block, TextLine } from '../../src/layout/types.js';

/**
 * Text as a reader hands on lines left as prose: a paragraph per run of lines between blank
 * lines, each line with its characters' columns. For the tests of the readers of such blocks.
 */
export function paragraphs(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: TextLine[] = [];
  lines.forEach((text, i) => {
    if (text === '') {
      if (current.length > 0) blocks.push({ kind: 'text', role: 'paragraph', lines: current });
      current = [];
    } else current.push({ text, location: { file: 'case.txt', line: i + 1 }, columns: [...text].map((_, j) => j + 1) });
  });
  if (current.length > 0) blocks.push({ kind: 'text', role: 'paragraph', lines: current });
  return blocks;
}
