import type { Block, TextBlock, TextLine } from '../layout/types.js';
import { SUMMING_WORDS } from '../lexicon/phrases.js';

// The word fragment a paragraph ends with, and the one the next opens with, in lower case.
const TAIL = /(?:^|\s)(\p{L}{2,})$/u;
const HEAD = /^(\p{Ll}+)(?=[\s,.:;]|$)/u;

/**
 * Paragraphs of a copy that broke a summing word over a paragraph break ("… nya kronor. Total" /
 * "t blir detta 643 055 441 kronor."): where the first paragraph ends with a fragment, with no stop
 * after it, and the next opens with a lower-case fragment, and the two make a summing word
 * (`SUMMING_WORDS`), the paragraphs are one and the word whole, so the sentence that sums the
 * parts before it is read. Any other pair of paragraphs is left as it is.
 */
export function mendBrokenWords(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const before = out.at(-1);
    const joined = before && isParagraph(before) && isParagraph(block) ? join(before, block) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(block);
  }
  return out;
}

const isParagraph = (b: Block): b is TextBlock => b.kind === 'text' && b.role === 'paragraph';

function join(a: TextBlock, b: TextBlock): TextBlock | null {
  const last = a.lines.at(-1);
  const first = b.lines[0];
  if (!last || !first) return null;
  const tail = TAIL.exec(last.text.trimEnd());
  const head = HEAD.exec(first.text.trimStart());
  if (!tail || !head || !SUMMING_WORDS.has((tail[1]! + head[1]!).toLowerCase())) return null;
  const fragment = tail[1]!;
  const kept = last.text.trimEnd().slice(0, -fragment.length).trimEnd();
  const lead = first.text.length - first.text.trimStart().length;
  const text = fragment + first.text.trimStart();
  const column = first.location.column;
  // The fragment moved to the next line's start points at that line's start; the rest keeps its columns.
  const moved: TextLine = {
    text,
    location: first.location,
    ...(column === undefined ? {} : { columns: [...Array.from({ length: fragment.length }, () => column + lead), ...Array.from({ length: text.length - fragment.length }, (_, i) => first.columns?.[lead + i] ?? column + lead + i)] }),
  };
  const lines = [...a.lines.slice(0, -1), ...(kept === '' ? [] : [{ ...last, text: kept }]), moved, ...b.lines.slice(1)];
  return { ...a, lines };
}
