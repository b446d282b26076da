import chardet from 'chardet';
import iconv from 'iconv-lite';
import { t } from '../messages/index.js';
import { ReadError } from './read-error.js';

/** The encodings kronkoll reads text in; `windows-1252` covers Latin-1 (ISO-8859-1) too. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | string;

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** How the encoding was chosen: a byte-order mark, valid UTF-8, the HTML's own declaration, or a guess. */
  evidence: 'bom' | 'utf-8' | 'declared' | 'nul-pattern' | 'detected';
}

const SNIFF = 4096;

/**
 * Bytes → text, saying which encoding was assumed. In order: a byte-order mark (UTF-8, UTF-16),
 * NUL bytes in every other place (UTF-16 without a mark), valid UTF-8, an HTML page's declared
 * charset, and last chardet's guess. Swedish text in a legacy single-byte encoding is
 * Windows-1252 in practice (Latin-1 is its subset for every printable character), so any
 * single-byte Latin guess reads as Windows-1252; chardet's multi-byte families (Shift_JIS,
 * GB18030 …) are decoded as guessed. Text full of control characters is refused as binary.
 */
export function decodeText(file: string, bytes: Uint8Array, options: { html?: boolean } = {}): DecodedText {
  const decoded = decode(bytes, options.html === true);
  if (looksBinary(decoded.text, lossless(decoded, bytes))) throw new ReadError(file, t('input.binary'));
  return decoded;
}

/**
 * Valid UTF-8 (with or without a mark) decodes without loss: a U+FFFD in it was in the
 * document already (text extracted from a PDF keeps the glyphs it could not map as U+FFFD),
 * so it says nothing about whether the bytes are text.
 */
function lossless(decoded: DecodedText, bytes: Uint8Array): boolean {
  if (decoded.encoding !== 'utf-8') return false;
  if (decoded.evidence === 'utf-8') return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    return true;
  } catch {
    return false;
  }
}

function decode(bytes: Uint8Array, html: boolean): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8', evidence: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: withDecoder('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', evidence: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: withDecoder('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', evidence: 'bom' };
  const wide = utf16ByNuls(bytes.subarray(0, SNIFF));
  if (wide) return { text: withDecoder(wide, bytes), encoding: wide, evidence: 'nul-pattern' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', evidence: 'utf-8' };
  } catch {
    // not UTF-8: a legacy encoding
  }
  const declared = html ? declaredCharset(bytes.subarray(0, 1024)) : null;
  if (declared) return { text: withDecoder(declared, bytes), encoding: declared, evidence: 'declared' };
  const guess = legacyEncoding(chardet.detect(bytes.subarray(0, 64 * 1024)));
  return { text: withDecoder(guess, bytes), encoding: guess, evidence: 'detected' };
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function withDecoder(encoding: string, bytes: Uint8Array): string {
  // iconv-lite, not TextDecoder: Node's TextDecoder reads windows-1252 as Latin-1 (C1 controls
  // where 1252 has – ” €). The mark was looked at (and skipped) above.
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

/** UTF-16 without a mark: Latin text has a NUL in every other byte (odd places: little-endian). */
function utf16ByNuls(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head.length < 16) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const half = head.length / 2;
  if (odd > half * 0.3 && even < half * 0.02) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.02) return 'utf-16be';
  return null;
}

/** `<meta charset="…">` or `content="text/html; charset=…"` in the first bytes of a page, if it is an encoding iconv-lite knows. */
function declaredCharset(head: Uint8Array): string | null {
  const text = withDecoder('windows-1252', head).toLowerCase();
  for (let at = text.indexOf('charset'); at >= 0; at = text.indexOf('charset', at + 7)) {
    let i = at + 7;
    while (text[i] === ' ') i++;
    if (text[i] !== '=') continue;
    i++;
    while (text[i] === ' ' || text[i] === '"' || text[i] === "'") i++;
    let end = i;
    while (end < text.length && /[a-z0-9_:.-]/.test(text[end]!)) end++;
    const label = text.slice(i, end);
    if (label === '') continue;
    // A page that says UTF-8 but is not valid UTF-8 is read by the guess instead; Latin-1 is
    // read as Windows-1252, as browsers do.
    if (!iconv.encodingExists(label) || /^utf-?8$/.test(label)) return null;
    return /^(iso-?8859-1|latin-?1|l1|us-ascii|ascii)$/.test(label) ? 'windows-1252' : label;
  }
  return null;
}

const MULTI_BYTE = new Set(['Shift_JIS', 'EUC-JP', 'EUC-KR', 'GB18030', 'Big5', 'ISO-2022-JP', 'KOI8-R']);

function legacyEncoding(guess: string | null): string {
  return guess !== null && MULTI_BYTE.has(guess) && iconv.encodingExists(guess) ? guess.toLowerCase() : 'windows-1252';
}

/**
 * Not text: a NUL; or control characters (other than tab, line and page breaks) or characters
 * the decoder could not map making up more than one in fifty of the first 8 KiB, and more than
 * a few. Random bytes have about one control character in eight; a text document may carry a
 * stray ESC or vertical tab from the program that wrote it, and must still be read.
 */
const MAX_STRAY_CONTROLS = 4;

function looksBinary(text: string, lossless: boolean): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
    else if (c === 0xfffd) replacement++;
  }
  // Unmappable glyphs in valid UTF-8 are the text's own; only when they are most of it is it no text.
  if (lossless) return control > Math.max(head.length / 50, MAX_STRAY_CONTROLS) || replacement > head.length / 2;
  return control + replacement > Math.max(head.length / 50, MAX_STRAY_CONTROLS);
}
