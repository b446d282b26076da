import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { isPdfjsRejection } from '../../src/run/pdfjs-rejections.js';

/**
 * Found by `npm run fuzz`: a damaged PDF (kept out of test/fixtures, which the in-process
 * differential test reads) (chunks of a fixture shuffled) that pdfjs reads, while
 * leaving a FormatError of its own unhandled; the reading thread died, and in the fuzz run the
 * death landed on the next document.
 */
describe('pdfjs rejections it leaves unhandled', () => {
  it('do not end the reading thread: the PDF is read and the documents after it too', async () => {
    const files = ['test/run/fixtures/pdfjs-late-rejection.pdf', 'corpus/001_e7b5af15c7845b07.txt', 'corpus/004_8696a5bf70867187.txt'];
    const r = await runCli(['audit', ...files, '--jobs', '1', '--format', 'json', '--fail-on', 'never']);
    const json = JSON.parse(r.out) as { documents: { file: string }[]; inputErrors: { file: string; reason: string }[] };
    expect(json.inputErrors.filter((e) => /arbetstråden stannade/.test(e.reason))).toEqual([]);
    expect(json.documents.map((d) => d.file)).toEqual(files);
  }, 60_000);

  it('are told by pdfjs exception names only', () => {
    const format = new Error('Illegal character: 41');
    format.name = 'FormatError';
    expect(isPdfjsRejection(format)).toBe(true);
    expect(isPdfjsRejection(new TypeError('x is undefined'))).toBe(false);
    expect(isPdfjsRejection('FormatError')).toBe(false);
  });
});
