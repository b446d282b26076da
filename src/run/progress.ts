/** Where progress goes: standard error, or a fake stream in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** Milliseconds between redraws. */
  intervalMs?: number;
  now?: () => number;
}

/**
 * One line on a terminal, redrawn in place: documents done of total, rate, and time left.
 * On anything that is not a terminal (a pipe, a CI log) it writes nothing at all, so logs
 * and redirected output stay clean.
 */
export class Progress {
  private done = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly started: number;
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(
    private readonly stream: ProgressStream | null,
    private readonly total: number,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 100;
    this.started = this.now();
  }

  private get active(): boolean {
    return this.stream !== null && this.stream.isTTY === true && this.total > 0;
  }

  /** One more document finished (read, taken from the cache, or unreadable). */
  tick(): void {
    this.done++;
    if (!this.active) return;
    const t = this.now();
    if (t - this.lastDraw < this.intervalMs && this.done < this.total) return;
    this.lastDraw = t;
    this.draw(t);
  }

  /** The line as it is drawn, for the current count. */
  line(t = this.now()): string {
    const elapsed = (t - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : NaN;
    const eta = Number.isFinite(left) ? `${Math.ceil(left)} s left` : '';
    return `kronkoll: ${this.done}/${this.total} documents, ${rate.toFixed(rate < 10 ? 1 : 0)}/s${eta ? `, ${eta}` : ''}`;
  }

  private draw(t: number): void {
    this.stream!.write(`\r\x1b[2K${this.line(t)}`);
    this.drawn = true;
  }

  /** Clears the line, so what the command prints next starts on a clean line. */
  finish(): void {
    if (this.active && this.drawn) this.stream!.write('\r\x1b[2K');
  }
}
