import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { duration, ProgressBar, progressLine, summaryLine, type Counts } from '../../cli/progress';

const counts = (c: Partial<Counts>): Counts => ({ documents: 0, facts: 0, errors: 0, skipped: 0, chars: 0, bytes: 0, ...c });

/** A stream that records what is written, a terminal or not. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  const s = Object.assign(new Writable({ write(chunk, _e, done) { written.push(String(chunk)); done(); } }), { isTTY, columns: 120 });
  return { s, written };
}

describe('progress', () => {
  it('shows documents, characters and rate, and the share and time left when the total is known', () => {
    const c = counts({ documents: 1200, errors: 34, chars: 5_600_000, bytes: 10_000_000 });
    expect(progressLine(c, 4000)).toBe('1234 documents · 5.6M characters · 2.50 MB/s');
    expect(progressLine(c, 4000, 40_000_000)).toBe('1234 documents · 5.6M characters · 2.50 MB/s · 25% · 12s left');
  });

  it('writes durations in hours, minutes and seconds', () => {
    expect([duration(9.4), duration(252), duration(11_100)]).toEqual(['9s', '4m12s', '3h05m']);
  });

  it('sums up a run', () => {
    expect(summaryLine(counts({ documents: 30_000, facts: 1, errors: 2, skipped: 5 }), 125_000)).toBe('newsfacts: 30000 documents, 1 fact, 2 errors, 5 skipped (already done) in 2m05s');
  });

  it('draws on a terminal only, and clears what it drew', () => {
    const pipe = stream(false);
    new ProgressBar(pipe.s).update(counts({ documents: 1 }));
    expect(pipe.written).toEqual([]);
    const tty = stream(true);
    const bar = new ProgressBar(tty.s, 100);
    bar.update(counts({ documents: 1, bytes: 50 }));
    bar.clear();
    expect(tty.written).toHaveLength(2);
    expect(tty.written[0]).toMatch(/^\r1 documents · 0 characters · .* · 50% · .* left\x1b\[K$/);
    expect(tty.written[1]).toBe('\r\x1b[K');
  });
});
