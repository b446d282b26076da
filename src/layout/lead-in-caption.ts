import type { Grid, TextLine } from './types.js';

/**
 * A table a web page sets right under a lead-in sentence that opens it ("Medlen fördelas enligt
 * följande:", "Beloppen per region framgår av tabellen nedan (tkr):"): that sentence is the
 * table's caption, as a list's lead-in is its caption, so its unit and its amount speak of the
 * table. Only for tables the format marks as tables (GFM, HTML), whose place under the sentence
 * is no guess, and only for the paragraph's last sentence ending in a colon.
 */
const MAX_LEAD_IN = 600;

/** The last sentence of the text, split where a full stop, question or exclamation mark is followed by a capital. */
function lastSentence(line: TextLine): TextLine {
  const parts = line.text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ"”–])/);
  return parts.length <= 1 ? line : { text: parts[parts.length - 1]!, location: line.location };
}

export function leadInCaption(grid: Grid, text: TextLine): TextLine | null {
  if (grid.source !== 'gfm' && grid.source !== 'html') return null;
  const lead = lastSentence(text);
  const trimmed = lead.text.trim();
  return trimmed.endsWith(':') && trimmed.length <= MAX_LEAD_IN ? lead : null;
}
