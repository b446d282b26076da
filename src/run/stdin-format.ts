/**
 * The reader for bytes that come without a file name (standard input without --stdin-name): the
 * extension of the format their content shows. Checked in order: a PDF header, an HTML tag at
 * the start, Markdown's own syntax (a pipe-table delimiter row or an ATX heading); anything else
 * is plain text, which the text reader takes as it takes a .txt file.
 */
export function formatOfContent(bytes: Uint8Array): '.pdf' | '.html' | '.md' | '.txt' {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64 * 1024)).toString('latin1');
  // Readers accept a header after a little leading junk, as pdfjs does.
  if (head.slice(0, 1024).includes('%PDF-')) return '.pdf';
  const start = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<') && HTML_OPENINGS.some((tag) => start.startsWith(tag))) return '.html';
  for (const line of head.split('\n')) if (isTableDelimiter(line) || isAtxHeading(line)) return '.md';
  return '.txt';
}

const HTML_OPENINGS = ['<!doctype html', '<html', '<head', '<body', '<table', '<meta', '<title', '<div', '<p>', '<h1', '<h2', '<h3', '<!--'];

/** `| --- | :---: |` or `--- | ---`: cells of dashes (with alignment colons) between pipes. */
function isTableDelimiter(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.includes('|') || !trimmed.includes('-')) return false;
  const cells = trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.length >= 2 && cells.every((c) => /^ *:?-+:? *$/.test(c));
}

/** `# Heading` to `###### Heading`. */
function isAtxHeading(line: string): boolean {
  return /^#{1,6} +\S/.test(line);
}
