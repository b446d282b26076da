/**
 * Thrown when a document's reading passes its deadline. Not an Unsupported: the fast path
 * does not fall back to pdfjs on it, the read stops.
 */
export class Overdue extends Error {
  override name = 'Overdue';
}

/** A deadline (ms since the epoch) that synchronous code checks as it goes. */
export function checkDeadline(deadline: number): void {
  if (Date.now() > deadline) throw new Overdue('deadline passed');
}
