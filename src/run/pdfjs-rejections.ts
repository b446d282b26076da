/**
 * pdfjs runs its parser on the reading thread (Node has no separate pdfjs worker) and leaves
 * some of its own promises unhandled on damaged files: a FormatError in a stream it reads
 * ahead, after the document has been read or refused through the calls kronkoll awaits. Left
 * alone, such a rejection ends the thread while it reads the next document, and is reported
 * against that one. Its exceptions are told by their class names; anything else still ends the
 * thread as Node would.
 */
const PDFJS_EXCEPTIONS = new Set([
  'FormatError',
  'ParserEOFException',
  'InvalidPDFException',
  'MissingDataException',
  'XRefEntryException',
  'XRefParseException',
  'UnknownErrorException',
  'UnexpectedResponseException',
  'PasswordException',
  'AbortException',
]);

export function isPdfjsRejection(reason: unknown): boolean {
  return reason instanceof Error && PDFJS_EXCEPTIONS.has(reason.name);
}

export function containPdfjsRejections(): void {
  process.on('unhandledRejection', (reason) => {
    if (isPdfjsRejection(reason)) return;
    throw reason;
  });
}
