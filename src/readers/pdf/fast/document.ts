import type { PageData } from '../../../layout/pdf/types.js';
import { readPageContent, type PageText } from './content.js';
import { PdfFile } from './file.js';
import { Budget } from './budget.js';
import { FontCache } from './fonts.js';
import { looksTabular, pageLines, rulingsInFrame } from '../runs.js';
import { isDict, isStream, nameOf, Unsupported, type PdfDict, type PdfObj, type PdfStream } from './syntax.js';

const MAX_TREE_DEPTH = 64;
const MAX_TREE_NODES = 1_000_000;
/** US Letter, what pdfjs assumes for a page without a usable MediaBox. */
const LETTER: [number, number, number, number] = [0, 0, 612, 792];

interface PageRef {
  dict: PdfDict;
  resources: PdfDict;
  view: [number, number, number, number];
}

/**
 * The fast text path: our own parser for the common case (unencrypted, Flate, TrueType fonts
 * with ToUnicode). Throws Unsupported for anything else; the caller then uses pdfjs.
 */
export class FastPdf {
  private readonly file: PdfFile;
  private readonly fonts: FontCache;
  readonly pages: PageRef[];

  constructor(bytes: Uint8Array, budget: Budget = new Budget()) {
    this.file = new PdfFile(bytes, budget);
    this.fonts = new FontCache(this.file);
    const root = this.file.lookup(this.file.trailer, 'Root');
    if (!isDict(root)) throw new Unsupported('no catalog');
    const top = this.file.lookup(root, 'Pages');
    if (!isDict(top)) throw new Unsupported('no page tree');
    this.pages = [];
    this.walk(top, new Map(), 0, new Set());
    const count = this.file.lookup(top, 'Count');
    if (count !== this.pages.length) throw new Unsupported('page count does not match the page tree');
  }

  get numPages(): number {
    return this.pages.length;
  }

  private walk(node: PdfDict, inherited: Map<string, PdfObj>, depth: number, seen: Set<PdfDict>): void {
    if (depth > MAX_TREE_DEPTH || seen.size > MAX_TREE_NODES || seen.has(node)) throw new Unsupported('page tree');
    seen.add(node);
    const attrs = new Map(inherited);
    for (const k of ['Resources', 'MediaBox', 'CropBox']) {
      const v = node.get(k);
      if (v !== undefined) attrs.set(k, v);
    }
    const type = nameOf(this.file.lookup(node, 'Type'));
    const kids = this.file.lookup(node, 'Kids');
    if (type === 'Pages' || (type === undefined && Array.isArray(kids))) {
      if (!Array.isArray(kids)) throw new Unsupported('page tree node without kids');
      for (const kid of kids) {
        const d = this.file.resolve(kid);
        if (!isDict(d)) throw new Unsupported('page tree kid');
        this.walk(d, attrs, depth + 1, seen);
      }
      return;
    }
    if (type !== 'Page') throw new Unsupported('page tree node type');
    const resources = this.file.resolve(attrs.get('Resources'));
    this.pages.push({ dict: node, resources: isDict(resources) ? resources : new Map(), view: this.view(attrs) });
  }

  /** CropBox within MediaBox, normalised, as pdfjs's page.view. */
  private view(attrs: Map<string, PdfObj>): [number, number, number, number] {
    const box = (k: string): [number, number, number, number] | null => {
      const v = this.file.resolve(attrs.get(k));
      if (!Array.isArray(v) || v.length !== 4) return null;
      const n = v.map((x) => this.file.resolve(x));
      if (!n.every((x): x is number => typeof x === 'number')) return null;
      const r = [Math.min(n[0]!, n[2]!), Math.min(n[1]!, n[3]!), Math.max(n[0]!, n[2]!), Math.max(n[1]!, n[3]!)] as [number, number, number, number];
      return r[2] - r[0] > 0 && r[3] - r[1] > 0 ? r : null;
    };
    const media = box('MediaBox') ?? LETTER;
    const crop = box('CropBox');
    if (!crop || crop.every((v, k) => v === media[k])) return media;
    const x0 = Math.max(crop[0], media[0]);
    const y0 = Math.max(crop[1], media[1]);
    const x1 = Math.min(crop[2], media[2]);
    const y1 = Math.min(crop[3], media[3]);
    return x1 - x0 > 0 && y1 - y0 > 0 ? [x0, y0, x1, y1] : media;
  }

  /** Page n (1-based) as lines and, when it looks like a table, rulings. `content`: already inflated. */
  page(n: number, content?: Uint8Array): PageData {
    const p = this.pages[n - 1]!;
    const text = this.text(n, content);
    const { lines, empty, view, frame } = pageLines(n, text.items, (id) => text.fonts.get(id), p.view);
    const data: PageData = { page: n, view, lines, empty };
    if (empty && text.images === 0 && text.painted === 0 && text.shown.visible + text.shown.invisible === 0) data.blank = true;
    // All its text invisible over an image: a scan with an OCR layer (tesseract, OCRmyPDF).
    if (text.images > 0 && text.shown.invisible > 0 && text.shown.visible === 0) data.ocr = true;
    if (looksTabular(lines)) data.rulings = rulingsInFrame(text.rulings, frame);
    return data;
  }

  /** Page n's text items (as pdfjs's getTextContent gives them), fonts and rulings. */
  text(n: number, content?: Uint8Array): PageText {
    const p = this.pages[n - 1];
    if (!p) throw new Unsupported('no such page');
    return readPageContent(this.file, this.fonts, content ?? this.content(p.dict), p.resources, p.view);
  }

  private content(page: PdfDict): Uint8Array {
    return join(this.contentStreams(page).map((s) => this.file.streamData(s)));
  }

  private contentStreams(page: PdfDict): PdfStream[] {
    const c = this.file.lookup(page, 'Contents');
    if (c === undefined || c === null) return [];
    const parts = Array.isArray(c) ? c.map((x) => this.file.resolve(x)) : [c];
    return parts.map((s) => {
      if (!isStream(s)) throw new Unsupported('page contents');
      return s;
    });
  }
}

function join(datas: Uint8Array[]): Uint8Array {
  if (datas.length === 0) return new Uint8Array(0);
  if (datas.length === 1) return datas[0]!;
  // Streams of one page join at token boundaries; a newline keeps tokens apart.
  const total = datas.reduce((n, d) => n + d.length + 1, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const d of datas) {
    out.set(d, at);
    at += d.length;
    out[at++] = 10;
  }
  return out;
}
