// The progress bar on standard error, drawn only when it is a terminal (a pipe or a log file gets
// the summary line alone), and the summary line.

export interface Counts {
  documents: number;
  facts: number;
  errors: number;
  skipped: number;
  chars: number;
  /** Input bytes read so far, against `total` when the size of the inputs is known. */
  bytes: number;
}

const seconds = (ms: number) => ms / 1000;

/** 3h05m, 4m12s, 9s */
export function duration(s: number): string {
  const whole = Math.round(s);
  if (whole >= 3600) return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
  if (whole >= 60) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
  return `${whole}s`;
}

/** 1234, 56.7k, 8.9M */
function count(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  return String(n);
}

/** The bar's one line: documents, characters, rate, and the share done and time left when the total is known. */
export function progressLine(c: Counts, elapsedMs: number, total?: number): string {
  const s = seconds(elapsedMs);
  const rate = s > 0 ? c.bytes / 1e6 / s : 0;
  const parts = [`${count(c.documents + c.errors)} documents`, `${count(c.chars)} characters`, `${rate.toFixed(2)} MB/s`];
  if (total && c.bytes > 0) {
    parts.push(`${Math.min(100, Math.floor((100 * c.bytes) / total))}%`);
    parts.push(`${duration((s * (total - c.bytes)) / c.bytes)} left`);
  }
  return parts.join(' · ');
}

/** The last line of a run. */
export function summaryLine(c: Counts, elapsedMs: number): string {
  const skipped = c.skipped ? `, ${c.skipped} skipped (already done)` : '';
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `newsfacts: ${n(c.documents, 'document')}, ${n(c.facts, 'fact')}, ${n(c.errors, 'error')}${skipped} in ${duration(seconds(elapsedMs))}`;
}

/** Redraws the bar at most this often. */
const REDRAW_MS = 200;

/** Draws progressLine on a terminal, over itself; does nothing on anything else. */
export class ProgressBar {
  private drawnAt = 0;
  private readonly startedAt = Date.now();
  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly total?: number,
  ) {}

  update(c: Counts): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    const line = progressLine(c, now - this.startedAt, this.total);
    this.stream.write(`\r${line.slice(0, (this.stream.columns ?? 80) - 1)}\x1b[K`);
  }

  /** Clears the bar so that the next line starts clean. */
  clear(): void {
    if (this.stream.isTTY && this.drawnAt) this.stream.write('\r\x1b[K');
  }
}
