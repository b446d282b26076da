import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Location } from '../model/location.js';
import { BREAK, type Piece, type SourceMap, supPieces, textPieces } from './html-text.js';

/** Elements whose content is never document text. */
export const SKIPPED = new Set([
  'head', 'script', 'style', 'nav', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'select', 'textarea', 'title', 'meta', 'link', 'button',
]);

export type Node = Root | RootContent | ElementContent;

export function isElement(node: Node): node is Element {
  return node.type === 'element';
}

/** An inline style that hides the element from view. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/**
 * Class names sites use for text only screen readers get ("Belopp:" before each cell of a
 * responsive table): Bootstrap's sr-only, visually-hidden, WordPress's screen-reader-text and
 * their prefixed forms. A person reading the page does not see it.
 */
const SCREEN_READER_CLASS = /^(?:[\w-]*[-_])?(?:sr-only|visually-?hidden|screen-?reader(?:-text|-only)?|element-invisible|hidden-visually|offscreen)$/i;

export function skipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName) || (el.properties['hidden'] !== undefined && el.properties['hidden'] !== false)) return true;
  const style = el.properties['style'];
  if (typeof style === 'string' && HIDDEN_STYLE.test(style)) return true;
  const cls = el.properties['className'];
  return Array.isArray(cls) && cls.some((c) => typeof c === 'string' && SCREEN_READER_CLASS.test(c));
}

const BOLD_WEIGHT = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;

/** b, strong, or an inline style that makes the text bold. */
export function isBold(el: Element): boolean {
  if (el.tagName === 'b' || el.tagName === 'strong') return true;
  const style = el.properties['style'];
  return typeof style === 'string' && BOLD_WEIGHT.test(style);
}

/**
 * Where an element starts, from its offset: the parser's own line and column can run past the
 * source when it moves misplaced text out of a table ("<table>&\n<td>").
 */
export function elementLocation(map: SourceMap, el: Element | undefined): Location {
  const offset = el?.position?.start.offset;
  if (offset === undefined) return { file: map.file };
  const line = map.lineOf(offset);
  return { file: map.file, line, column: map.columnOf(offset, line) };
}

/**
 * Text of an element and everything inside it, for cells and captions: `<br>` and block edges
 * become breaks, nested tables are left out (they are read as grids of their own).
 */
export function gatherPieces(el: Element, source: string, nested: Element[], bold = false): Piece[] {
  const out: Piece[] = [];
  const visit = (node: ElementContent, inBold: boolean): void => {
    if (node.type === 'text') {
      for (const p of textPieces(node, source, inBold)) out.push(p);
      return;
    }
    if (node.type !== 'element' || skipped(node)) return;
    if (node.tagName === 'table') {
      nested.push(node);
      out.push(BREAK);
      return;
    }
    if (node.tagName === 'br') {
      out.push(BREAK);
      return;
    }
    if (node.tagName === 'sup') {
      const start = out.length;
      const b = inBold || isBold(node);
      for (const c of node.children) visit(c, b);
      const inner = out.splice(start);
      for (const p of supPieces(inner, out[out.length - 1])) out.push(p);
      return;
    }
    const block = BLOCK.has(node.tagName);
    if (block) out.push(BREAK);
    const b = inBold || isBold(node);
    for (const c of node.children) visit(c, b);
    if (block) out.push(BREAK);
  };
  for (const c of el.children) visit(c, bold);
  return out;
}

/** Elements that start a new block of text. */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
