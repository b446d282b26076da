import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { currentLang } from '../messages/index.js';

/**
 * The shell of kronkoll's HTML reports: one self-contained file, built as a hast tree and
 * serialised by hast-util-to-html, so every text from a document is a text node and escaped.
 * No script and no external resource: the Content-Security-Policy forbids both, styles are
 * inline, links are in-page anchors only.
 */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
:root { color-scheme: light; --err: #b3261e; --warn: #8a5a00; --info: #0b57d0; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; margin: 0; color: #1d1f23; background: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 16px 24px 48px; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.meta { color: #555; margin: 0 0 .5rem; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .3rem 0 .6rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; max-width: 60rem; }
th, td { border: 1px solid var(--line); padding: .15rem .5rem; vertical-align: top; }
th { background: #f3f4f6; text-align: left; }
td.num { text-align: right; white-space: nowrap; }
tr.total td, tr.subtotal td { font-weight: 600; background: #fafafa; }
table td.flag { outline: 3px solid var(--err); outline-offset: -3px; background: #fde7e6; }
table td.flag.warning { outline-color: var(--warn); background: #fff4d6; }
table td.flag.info { outline-color: var(--info); background: #e8f0fe; }
tr.flag td:first-child { box-shadow: inset 4px 0 0 var(--err); }
.calc { display: block; font-size: .8em; font-weight: 400; color: #333; white-space: normal; }
.sev { display: inline-block; min-width: 4.5em; font-weight: 700; }
.sev.error { color: var(--err); } .sev.warning { color: var(--warn); } .sev.info { color: var(--info); }
ol.findings li { margin: .3rem 0; }
.rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; color: #444; }
mark { background: #fff1a8; padding: 0 .1em; }
mark.flag { background: #fde7e6; outline: 2px solid var(--err); }
p.sentence { margin: .25rem 0; }
:target { scroll-margin-top: 1rem; animation: hl 2s ease-out 1; }
@keyframes hl { from { box-shadow: 0 0 0 4px #0b57d0; } to { box-shadow: none; } }
a { color: #0b57d0; }
ul.tree { list-style: none; padding-left: 1.2rem; margin: .2rem 0; }
.verdict { display: inline-block; width: 1.4em; font-weight: 700; }
.verdict.mismatch { color: var(--err); } .verdict.exact, .verdict.within-rounding { color: #137333; }
nav ul { padding-left: 1.2rem; }
`;

export function page(title: string, body: ElementContent[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: currentLang() }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CSP }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('title', title),
          h('style', CSS),
        ]),
        h('body', [h('main', [h('h1', title), ...body])]),
      ]),
    ],
  };
  return toHtml(tree) + '\n';
}

/** An in-page link; targets are ids kronkoll made, never text from a document. */
export function anchor(id: string, children: ElementContent[] | string, props: Record<string, string> = {}): Element {
  return h('a', { href: `#${id}`, ...props }, typeof children === 'string' ? [{ type: 'text', value: children }] : children);
}
