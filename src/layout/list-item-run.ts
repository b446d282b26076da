import type { Block, TextBlock } from './types.js';

/** The end of the run of list items that starts at i: the first block from i that is no list item. */
export function listItemRunEnd(blocks: readonly Block[], i: number): number {
  let j = i;
  while (j < blocks.length && blocks[j]!.kind === 'text' && (blocks[j] as TextBlock).role === 'list-item') j++;
  return j;
}
