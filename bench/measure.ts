// What every benchmark prints and times with: CPU time of the process (process.cpuUsage, so a
// busy machine's other work is not counted), medians, and each goal with its figure and verdict.

/** CPU seconds (user + system) this process spends in `fn`. */
export function cpuSeconds(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1e6;
}

/** Median CPU seconds of `rounds` runs after one warm-up run. */
export function medianCpuSeconds(fn: () => void, rounds: number): number {
  fn();
  const runs: number[] = [];
  for (let k = 0; k < rounds; k++) runs.push(cpuSeconds(fn));
  return median(runs);
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const MB = 1024 * 1024;
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** One goal of issue 14 with the figure measured against it: `GOAL <name>: <figure> PASS|FAIL`. */
export function goal(name: string, figure: string, pass: boolean): void {
  console.log(`GOAL  ${pass ? 'PASS' : 'FAIL'}  ${name}: ${figure}`);
}
