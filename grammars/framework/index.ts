/**
 * Public API of the framework language: parse a frame written by hand (or pinned from a
 * derived one) and print a frame back in the same syntax. See README.md for the syntax.
 */
import type { Frame } from '../../src/model/frame.js';
import { frameworkParser } from './parser.js';
import { frameworkLexer } from './tokens.js';
import { FrameworkVisitor, type FrameworkError } from './visitor.js';
import { t } from '../../src/messages/index.js';

export type { FrameworkError } from './visitor.js';
export { printFrame } from './printer.js';

export interface ParseResult {
  frame: Frame;
  errors: FrameworkError[];
}

/** Parses frame text; errors carry 1-based line and column and stop nothing but their statement. */
export function parseFramework(text: string, file: string): ParseResult {
  const lexed = frameworkLexer.tokenize(text);
  const errors: FrameworkError[] = lexed.errors.map((e) => ({
    message: t('frameLang.character', { got: text.slice(e.offset, e.offset + e.length).split('\n')[0] ?? '' }),
    line: e.line ?? 0,
    column: e.column ?? 0,
  }));
  frameworkParser.input = lexed.tokens;
  const cst = frameworkParser.frame();
  for (const e of frameworkParser.errors) {
    const at = Number.isFinite(e.token.startLine) ? e.token : lexed.tokens[lexed.tokens.length - 1];
    const found = Number.isFinite(e.token.startLine) ? `'${e.token.image}'` : t('frameLang.endOfFile');
    errors.push({ message: t('frameLang.found', { expected: expectation(e.message), found }), line: at?.startLine ?? 1, column: at?.startColumn ?? 1 });
  }
  const visitor = new FrameworkVisitor(file);
  if (frameworkParser.errors.length === 0) visitor.build(cst);
  errors.push(...visitor.errors);
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { frame: visitor.result, errors };
}

/** Chevrotain's English message reduced to what was expected. */
function expectation(message: string): string {
  const m = /Expecting:?\s*(?:token of type )?-->\s*(\w+)\s*<--/.exec(message) ?? /one of these possible Token sequences:/.exec(message);
  if (m && m[1]) return t('frameLang.expected', { what: TOKEN_NAMES[m[1]]?.() ?? m[1] });
  if (m) return t('frameLang.expectedStatement');
  return t('frameLang.unexpected');
}

const TOKEN_NAMES: Record<string, () => string> = {
  Identifier: () => t('frameLang.token.name'),
  Equals: () => "'='",
  Number: () => t('frameLang.token.amount'),
  StringLiteral: () => t('frameLang.token.string'),
  DnrLiteral: () => t('frameLang.token.dnr'),
  Percent: () => "'%'",
  RegionKw: () => "'region'",
};
