import { describe, expect, it } from 'vitest';
import { linear, niceTicks, periodDays } from '../../../lib/chart/scale';

describe('chart scales', () => {
  it('gives round ticks covering the values', () => {
    expect(niceTicks(20_000_000, 456_100_000_000, 4)).toEqual([0, 200e9, 400e9, 600e9]);
    expect(niceTicks(5.1, 8.2, 4)).toEqual([5, 6, 7, 8, 9]);
    expect(niceTicks(3, 3)).toEqual([0, 2, 4, 6]);
  });

  it('maps a domain onto a range, and a single value to the middle', () => {
    expect(linear(0, 10, 100, 0)(2.5)).toBe(75);
    expect(linear(4, 4, 0, 100)(4)).toBe(50);
  });

  it('reads a period as its first and last day, so that periods order by start and then length', () => {
    const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
    expect(periodDays('2023')).toEqual([day('2023-01-01'), day('2023-12-31')]);
    expect(periodDays('2023-Q2')).toEqual([day('2023-04-01'), day('2023-06-30')]);
    expect(periodDays('2023-H2')).toEqual([day('2023-07-01'), day('2023-12-31')]);
    expect(periodDays('2024-02')).toEqual([day('2024-02-01'), day('2024-02-29')]);
    expect(periodDays('2023-05-13')).toEqual([day('2023-05-13'), day('2023-05-13')]);
    expect(periodDays('2023-01/2023-05')).toEqual([day('2023-01-01'), day('2023-05-31')]);
    expect(periodDays('2023-Q1/2023-Q3')).toEqual([day('2023-01-01'), day('2023-09-30')]);
    expect(periodDays('--03-17')).toBeUndefined();
  });
});
