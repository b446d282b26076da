import { attachCaptions } from '../layout/captions.js';
import { shareNoteHeaders } from '../layout/note-header.js';
import { splitLines, type SourceLine } from '../layout/source-line.js';
import { linesToBlocks } from '../layout/text-blocks.js';
import { withoutPageFurniture } from '../layout/page-furniture.js';
import { withoutHeadedPageBreaks } from '../layout/page-head-break.js';
import { withoutRuleLines } from '../layout/rule-lines.js';
import { withoutEnglishSubtitles } from '../layout/english-subtitles.js';
import { isPlaceLabel, isRegionLabel } from './region-label.js';
import type { Layout } from '../layout/types.js';
import { readMarkdown } from './markdown.js';

/** A GFM delimiter row ("| --- | --- |"): the text is Markdown with tables, whatever its extension. */
// Tested line by line (see below): one start per line keeps it linear.
const GFM_DELIMITER = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+(?:\|\s*)?$/;

export function readText(file: string, text: string): Layout {
  if (text.split(/\r\n?|[\n\u2028\u2029]/).some((line) => GFM_DELIMITER.test(line))) return { ...readMarkdown(file, text), format: 'text' };
  const lines = splitLines(text);
  // Page furniture around a form feed and rule lines inside a block hold no cells (page-furniture.ts, rule-lines.ts).
  // English subtitles under Swedish titles and headers are no header, caption or row (english-subtitles.ts).
  const src: SourceLine[] = withoutEnglishSubtitles(withoutRuleLines(withoutPageFurniture(withoutHeadedPageBreaks(lines.map((raw, i) => ({ raw, line: i + 1 }))))));
  const blocks = linesToBlocks(file, src, { isListLabel: isRegionLabel, isPlaceLabel });
  attachCaptions(blocks);
  // Notes printed under one header share it (note-header.ts): after the captions, which name the notes.
  shareNoteHeaders(blocks);
  return { file, format: 'text', blocks, lines, problems: [] };
}
