import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

interface PdfJson {
  engine: string;
  fallback: string | null;
  furniture: { page: number; text: string }[];
}
const pdfOf = (out: string): PdfJson[] => JSON.parse(out).documents.map((d: { pdf: PdfJson }) => d.pdf);

describe('--pdf-engine and the reader named in extract JSON', { timeout: 30_000 }, () => {
  it('auto: the fast reader for a LibreOffice print, pdfjs with the reason for a Ghostscript one', async () => {
    const { code, out } = await runCli(['extract', 'corpus/pdf/001.lo.pdf', 'test/fixtures/pdf/producers/gs.pdf']);
    expect(code).toBe(0);
    const [lo, gs] = pdfOf(out);
    expect(lo).toEqual({
      engine: 'fast',
      fallback: null,
      furniture: [
        { page: 1, text: '1 (3)' },
        { page: 3, text: '3 (3)' },
        { page: 1, text: 'Socialdepartementet' },
        { page: 3, text: 'Socialdepartementet' },
      ],
    });
    expect(gs).toMatchObject({ engine: 'pdfjs', fallback: 'font without ToUnicode stream' });
  });

  it('pdfjs forced: the same tables, read by pdfjs without a fallback', async () => {
    const auto = JSON.parse((await runCli(['extract', 'corpus/pdf/001.lo.pdf'])).out).documents[0];
    const forced = JSON.parse((await runCli(['extract', 'corpus/pdf/001.lo.pdf', '--pdf-engine', 'pdfjs'])).out).documents[0];
    expect(forced.pdf).toMatchObject({ engine: 'pdfjs', fallback: null });
    expect(forced.tables).toEqual(auto.tables);
  });

  it('fast forced on a file it declines: one line naming the reason, exit 2', async () => {
    const { code, err } = await runCli(['extract', '--pdf-engine', 'fast', 'test/fixtures/pdf/producers/gs.pdf']);
    expect(code).toBe(2);
    expect(err.trim()).toBe('kronkoll: test/fixtures/pdf/producers/gs.pdf: kan inte läsas av den egna PDF-läsaren (teknisk orsak: "font without ToUnicode stream")');
  });

  it('audit and explain take it too; a wrong value is a usage error', async () => {
    expect((await runCli(['audit', '--pdf-engine', 'pdfjs', 'corpus/pdf/001.lo.pdf'])).code).toBe(0);
    expect((await runCli(['explain', '--pdf-engine', 'fast', 'corpus/pdf/001.lo.pdf'])).code).toBe(0);
    const bad = await runCli(['audit', '--pdf-engine', 'snabb', 'corpus/pdf/001.lo.pdf']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--pdf-engine ska vara ett av auto, fast, pdfjs (fick 'snabb')");
  });
});

describe('--password', () => {
  it('wrong or missing: one line; the run goes on with the other files', async () => {
    const none = await runCli(['extract', 'test/fixtures/pdf/encrypted.pdf', 'corpus/pdf/001.lo.pdf']);
    expect(none.code).toBe(2);
    expect(none.err.trim()).toBe('kronkoll: test/fixtures/pdf/encrypted.pdf: krypterad; inget lösenord angivet (--password)');
    expect(JSON.parse(none.out).documents).toHaveLength(1);
    const wrong = await runCli(['extract', '--password', 'fel', 'test/fixtures/pdf/encrypted.pdf']);
    expect(wrong.err.trim()).toBe('kronkoll: test/fixtures/pdf/encrypted.pdf: krypterad; lösenordet stämmer inte');
  });
});
