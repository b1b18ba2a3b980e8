// Nothing NewsFacts does may break the page it reads: every entry point from the page's event
// loop (listeners, observers, timers, message handlers) goes through `guarded`, so the page's
// scripts and error handlers never see an exception of ours.

const warn = (error: unknown) => console.warn('[NewsFacts]', error);

/** `fn` with every exception caught and logged, and every rejected promise it returns too. */
export function guarded<Args extends unknown[]>(fn: (...args: Args) => unknown): (...args: Args) => void {
  return (...args) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(warn);
    } catch (error) {
      warn(error);
    }
  };
}
