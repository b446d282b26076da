/**
 * Lays an amount list out as pages print it: Markdown bullets (dash, star), bullets of "•" in
 * plain text, a numbered list, plain lines with no marker, an HTML list, and items run on in
 * the lead-in's own sentence. Nothing here knows values; spec.ts does.
 */
import type { AmountList } from './spec.js';

export type RenderingName = 'md-dash' | 'md-star' | 'bullet-dot' | 'numbered' | 'lines' | 'html' | 'inline';
export const RENDERINGS: RenderingName[] = ['md-dash', 'md-star', 'bullet-dot', 'numbered', 'lines', 'html', 'inline'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Items in one sentence: "a, b och c." */
function runOn(items: readonly string[]): string {
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

export function render(l: AmountList, name: RenderingName): { text: string; ext: string } {
  const items = [...l.items.map((i) => i.text), ...(l.totalItem ? [l.totalItem] : [])];
  const para = (ps: readonly string[]) => ps.join('\n\n');
  switch (name) {
    case 'md-dash':
    case 'md-star':
    case 'bullet-dot':
    case 'numbered': {
      const mark = (k: number) => (name === 'md-dash' ? '- ' : name === 'md-star' ? '* ' : name === 'bullet-dot' ? '• ' : `${k + 1}. `);
      const list = items.map((t, k) => mark(k) + t).join('\n');
      return { text: `${para([...l.before, l.leadIn])}\n\n${list}\n\n${para(l.after)}\n`, ext: name === 'bullet-dot' ? '.txt' : '.md' };
    }
    case 'lines':
      return { text: `${para([...l.before, l.leadIn])}\n\n${items.join('\n')}\n\n${para(l.after)}\n`, ext: '.txt' };
    case 'html': {
      const ps = (xs: readonly string[]) => xs.map((p) => `<p>${esc(p)}</p>`).join('\n');
      const list = `<ul>\n${items.map((t) => `  <li>${esc(t)}</li>`).join('\n')}\n</ul>`;
      return { text: `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Fördelning</title></head><body>\n<h1>Fördelning av medel</h1>\n${ps([...l.before, l.leadIn])}\n${list}\n${ps(l.after)}\n</body></html>\n`, ext: '.html' };
    }
    case 'inline':
      return { text: `${para([...l.before, `${l.leadIn} ${runOn(items)}.`, ...l.after])}\n`, ext: '.txt' };
  }
}
