// Keeps the page responsive while NewsFacts works: long jobs run in slices, and between slices
// the browser gets the main thread back (input, rendering, the page's own scripts).

/** How long one slice of work may hold the main thread, well under the 50 ms of a long task. */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Resolves in a later task: scheduler.yield() where the browser has it, otherwise a timeout. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for one job: `due()` says when the current slice is used up. */
export class TimeSlice {
  private started = performance.now();

  constructor(private readonly budget = SLICE_MS) {}

  due(): boolean {
    return performance.now() - this.started >= this.budget;
  }

  /** Gives the main thread back, then starts a new slice. */
  async pause(): Promise<void> {
    await yieldToEventLoop();
    this.started = performance.now();
  }
}
