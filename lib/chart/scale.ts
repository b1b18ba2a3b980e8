// Axes for the collection view's small chart: a linear scale with round tick values, and the
// order of figures' periods (2022, 2023-Q1, 2023-H1, 2023). No chart library: two axes, dots and
// a line are all the chart draws.

/** Round tick values covering [min, max], about `count` of them (1, 2 or 5 times a power of ten apart). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) {
    const pad = Math.abs(min) || 1;
    [min, max] = [min - pad, max + pad];
  }
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9 || ticks.length < 2; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks.at(-1)! < max) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Days since 1970 of an ISO date (2023-05-13, or 2023-05 and 2023 read as their first day). */
function dayNumber(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

/** The last day of an ISO date read as a period: 2023 ends on 31 December, 2023-02 on the 28th. */
function lastDay(date: string): number {
  const [y, m, d] = date.split('-');
  if (d) return dayNumber(date);
  return m ? Date.UTC(Number(y), Number(m), 1) / 86_400_000 - 1 : Date.UTC(Number(y) + 1, 0, 1) / 86_400_000 - 1;
}

/** A quarter or half (2023-Q2, 2023-H1) as the months it spans. */
function asMonths(value: string): [string, string] | undefined {
  const part = /^(\d{4})-([QH])([1-4])$/.exec(value);
  if (!part) return undefined;
  const months = part[2] === 'Q' ? 3 : 6;
  const first = (Number(part[3]) - 1) * months + 1;
  const month = (n: number) => `${part[1]}-${String(n).padStart(2, '0')}`;
  return [month(first), month(first + months - 1)];
}

/**
 * The first and last day of a figure's period (2023, 2023-Q1, 2023-H1, 2023-05, 2023-05-13, an
 * interval 2023-01/2023-05), or undefined for one without a year (--03-17): what orders the
 * periods of a chart, earlier start first and, from one start, the shorter first (一季度 before 上半年).
 */
export function periodDays(period: string): [number, number] | undefined {
  const [from, to = from] = period.split('/');
  const first = asMonths(from)?.[0] ?? from;
  const last = asMonths(to)?.[1] ?? to;
  if (!/^\d{4}(-\d{2}){0,2}$/.test(first) || !/^\d{4}(-\d{2}){0,2}$/.test(last)) return undefined;
  return [dayNumber(first), lastDay(last)];
}
