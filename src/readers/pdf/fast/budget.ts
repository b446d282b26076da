import { checkDeadline } from '../overdue.js';
import { Unsupported } from './syntax.js';

/** Totals over one whole document; beyond them the fast path declines (Unsupported). */
export const MAX_OPERATORS = 20_000_000;
export const MAX_OBJECT_READS = 4_000_000;
export const MAX_WIDTHS = 4_000_000;
/** Nested object reads (a stream's /Length in another stream's object stream, …). */
export const MAX_NESTED_READS = 64;
/** The clock is read once per this many operators or object reads: cheap, yet often enough. */
const CHECK_EVERY = 1024;

/**
 * What reading one document may cost on the fast path: a deadline checked inside the content
 * interpreter, font loading and object reads (the fast path never yields, so a timer cannot
 * stop it), and totals of operators, object reads and widths.
 */
export class Budget {
  operators = 0;
  objectReads = 0;
  widths = 0;
  nested = 0;

  constructor(readonly deadline = Infinity) {}

  operator(): void {
    if ((++this.operators & (CHECK_EVERY - 1)) === 0) {
      if (this.operators > MAX_OPERATORS) throw new Unsupported(`more than ${MAX_OPERATORS} operators`);
      checkDeadline(this.deadline);
    }
  }

  objectRead(): void {
    if ((++this.objectReads & (CHECK_EVERY - 1)) === 0) {
      if (this.objectReads > MAX_OBJECT_READS) throw new Unsupported(`more than ${MAX_OBJECT_READS} object reads`);
      checkDeadline(this.deadline);
    }
  }

  addWidths(n: number): void {
    this.widths += n;
    if (this.widths > MAX_WIDTHS) throw new Unsupported(`more than ${MAX_WIDTHS} glyph widths`);
  }

  check(): void {
    checkDeadline(this.deadline);
  }
}
