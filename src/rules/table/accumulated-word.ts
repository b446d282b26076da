/**
 * Notes on fixed assets open a balance without the word and close it with it: "Ingående
 * anskaffningsvärden" … "Utgående ackumulerade anskaffningsvärden", "Ingående avskrivningar" …
 * "Utgående ack. avskrivningar". "Ackumulerade" (or its short form) says the closing balance sums
 * the years so far, which every balance carried forward does: it names no other balance. The
 * word is left out of a balance's subject, wherever it stands.
 */
const ACCUMULATED = /(?:^|\s)(?:ackumulerade?|ack\.)(?=\s|$)/g;

/** A balance's subject (lower case) without the word for accumulated. */
export function withoutAccumulated(subject: string): string {
  return subject.replace(ACCUMULATED, ' ').replace(/\s+/g, ' ').trim();
}
