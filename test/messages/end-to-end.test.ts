import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { ENGLISH, foreignWords, SWEDISH } from './words.js';

/**
 * The whole seed corpus through audit, explain, regions and the HTML report, in each language:
 * what kronkoll itself says (finding messages, labels, headings) is in the chosen language.
 * Document text is not kronkoll's to translate, so it is taken out first: quoted passages (by
 * the word check), and every title, caption, column header, row label and printed amount the
 * documents hold (from `extract --format json`), also where a printer cut it short with "…".
 */
const CORPUS = 'corpus';

/** Document strings, longest first, so that a caption goes before the header it contains. */
let documentText: string[] = [];

beforeAll(async () => {
  const audit = await runCli(['audit', '--format', 'json', '--fail-on', 'never', CORPUS]);
  const files = (JSON.parse(audit.out) as { documents: { file: string }[] }).documents.map((d) => d.file);
  expect(files.length).toBeGreaterThanOrEqual(10);
  const extract = await runCli(['extract', '--format', 'json', ...files]);
  const docs = (JSON.parse(extract.out) as { documents: ExtractedDoc[] }).documents;
  const strings = new Set<string>();
  for (const d of docs) {
    if (d.title) strings.add(d.title);
    for (const t of d.tables) {
      if (t.caption) strings.add(t.caption);
      if (t.labelHeader) strings.add(t.labelHeader);
      for (const c of t.columns) {
        strings.add(c.header.join(' / '));
        for (const h of c.header) strings.add(h);
      }
      for (const r of t.rows) strings.add(r.label);
    }
    for (const a of d.amounts) strings.add(a.raw);
  }
  documentText = [...strings].map((s) => s.trim()).filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}, 120_000);

interface ExtractedDoc {
  title: string | null;
  tables: { caption: string | null; labelHeader?: string | null; columns: { header: string[] }[]; rows: { label: string }[] }[];
  amounts: { raw: string }[];
}

/** The output without the documents' own text: whole strings, and strings cut short with "…". */
function withoutDocumentText(text: string): string {
  // A printer that shortens a title or caption ends it with "…": take out the longest stretch before it that begins a document string.
  const uncut = text.replace(/([^\n·[\]]{3,120})…/g, (whole, before: string) => {
    for (let j = 0; j < before.length - 2; j++) {
      const piece = before.slice(j).trimStart();
      if (piece.length >= 3 && documentText.some((s) => s.startsWith(piece))) return `${before.slice(0, j)} `;
    }
    return whole;
  });
  let out = uncut;
  for (const s of documentText) out = out.split(s).join(' ');
  return out;
}

/**
 * The audit text without what is not kronkoll's prose: the source line quoted under a finding
 * ("16 | Regeringen ger …") and its caret line, and the diagnostic head line
 * ("file:3:7: warning table/column-total"), which keeps the severity keyword --fail-on takes.
 */
function auditOwn(text: string): string {
  return text
    .replace(/^\S.*: (?:error|warning|info) [a-z]+\/[a-z-]+$/gm, ' ')
    .replace(/^\s*\d+ \| .*$/gm, ' ')
    .replace(/^\s*\|[\s^]*$/gm, ' ');
}

/** The text of kronkoll's own HTML: no markup, no prose sentences, no document title, no document table but its computed figures. */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<p class="sentence"[\s\S]*?<\/p>/g, ' ')
    .replace(/<strong>[\s\S]*?<\/strong>/g, ' ')
    .replace(/<table id="d\d+-t\d+">[\s\S]*?<\/table>/g, (table) => [...table.matchAll(/<span class="calc">([\s\S]*?)<\/span>|<a [^>]*class="back"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => m[1] ?? m[2]).join('\n'))
    .replace(/<[^>]+>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

const RUNS: [string, string[], (out: string) => string][] = [
  ['audit', ['audit', '--fail-on', 'never', '--no-color', CORPUS], auditOwn],
  ['explain', ['explain', CORPUS], (s) => s],
  ['regions', ['regions', CORPUS, '--format', 'text'], (s) => s],
  ['audit --format html', ['audit', '--fail-on', 'never', '--format', 'html', CORPUS], htmlText],
];

/** Lines still holding a word of the other language, with the words: empty when the output is in one language. */
function foreignLines(text: string, words: readonly string[]): string[] {
  return withoutDocumentText(text)
    .split('\n')
    .map((line) => [line, foreignWords(line, words)] as const)
    .filter(([, w]) => w.length > 0)
    .map(([line, w]) => `${w.join(',')}: ${line.trim()}`);
}

describe('the seed corpus in one language', () => {
  it.each(RUNS)('%s: Swedish by default, English with --lang en', async (_, args, own) => {
    const sv = await runCli(args);
    const en = await runCli(['--lang', 'en', ...args]);
    expect(sv.err).toBe('');
    expect(en.err).toBe('');
    expect(sv.out.length).toBeGreaterThan(1000);
    expect(foreignLines(own(sv.out), ENGLISH)).toEqual([]);
    expect(foreignLines(own(en.out), SWEDISH)).toEqual([]);
    // The same run, only the words differ: as many lines either way.
    expect(en.out.split('\n').length).toBe(sv.out.split('\n').length);
  }, 120_000);

  it('the check sees a Swedish message left in English output', () => {
    expect(foreignLines('the column "Q" sums to 27 kr; summaraden anger 28 kr', SWEDISH)).toEqual(['summaraden,anger: the column "Q" sums to 27 kr; summaraden anger 28 kr']);
    expect(foreignLines('kolumnen "Q" summerar till 27 kr; the total row states 28 kr', ENGLISH)).toEqual(['the,total,row,states: kolumnen "Q" summerar till 27 kr; the total row states 28 kr']);
    // A source line under a finding is the document's, not kronkoll's.
    expect(auditOwn('16 | Regeringen ger Kammarkollegiet i uppdrag att betala ut\n   |    ^^^^').trim()).toBe('');
  });
});
