import type { Block, TextLine } from './types.js';

/**
 * A grid's caption is the text right above it when that text names a table:
 * "Tabell 1. …", "Bilaga 1. …", "Fördelning av 3 000 000 000 kronor", or a heading.
 */
const CAPTION_START = /^\s*(Tabell|Tab\.|Bilaga|Fördelning|Figur|Medel|Utbetalning|Belopp)\b/i;
const MAX_CAPTION = 600;

function joined(lines: TextLine[]): TextLine {
  const first = lines[0]!;
  if (lines.length === 1) return first;
  return { text: lines.map((l) => l.text.trim()).join(' '), location: first.location };
}

export function attachCaptions(blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const grid = blocks[i]!;
    if (grid.kind !== 'grid' || grid.caption) continue;
    const prev = blocks[i - 1]!;
    if (prev.kind !== 'text' || prev.lines.length === 0) continue;
    const text = joined(prev.lines);
    if (text.text.length > MAX_CAPTION) continue;
    if (prev.role === 'heading' || CAPTION_START.test(text.text)) grid.caption = text;
  }
}
