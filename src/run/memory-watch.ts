const MB = 1024 * 1024;

/** How often resident memory is sampled, in ms: about 10–20 MB of growth for a fast bomb. */
const INTERVAL_MS = 20;
/** After a worker is stopped, time for its memory to go back before the next look. */
const GRACE_MS = 250;

/**
 * Watches the process's resident memory while documents are read. V8's heap limit
 * (resourceLimits) does not count ArrayBuffers, and an inflated stream lives in one: a Flate bomb
 * grows the process by gigabytes without touching the heap. The budget is what the process
 * used when the watch started, plus what the main thread's own heap and buffers have grown by
 * since (the documents it keeps), plus the limit for each worker. Over it, `onBreach` is called.
 */
export class MemoryWatch {
  private timer: NodeJS.Timeout | null = null;
  private base = { rss: 0, heap: 0, external: 0 };
  private quietUntil = 0;

  constructor(
    private readonly workers: number,
    private readonly limitMb: number,
    private readonly onBreach: () => void,
    private readonly sample: () => NodeJS.MemoryUsage = () => process.memoryUsage(),
    private readonly rss: () => number = () => process.memoryUsage.rss(),
  ) {}

  /** The budget now, in bytes, for a sample. */
  budget(now: NodeJS.MemoryUsage): number {
    const own = Math.max(0, now.heapTotal - this.base.heap) + Math.max(0, now.external - this.base.external);
    return this.base.rss + own + this.workers * this.limitMb * MB;
  }

  start(): void {
    if (this.timer) return;
    const m = this.sample();
    this.base = { rss: m.rss, heap: m.heapTotal, external: m.external };
    this.timer = setInterval(() => this.check(), INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  check(): void {
    const t = performance.now();
    if (t < this.quietUntil) return;
    // The budget is never below this; the full sample (heap statistics) costs more than the RSS.
    if (this.rss() <= this.base.rss + this.workers * this.limitMb * MB) return;
    const m = this.sample();
    if (m.rss > this.budget(m)) {
      this.quietUntil = t + GRACE_MS;
      this.onBreach();
    }
  }
}
