import { describe, expect, it } from 'vitest';
import { dayNumber, dayTicks, isoDay, linear, niceTicks } from '../../../lib/chart/scale';

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

  it('reads ISO dates as days and spaces date ticks evenly', () => {
    expect(isoDay(dayNumber('2023-05-20'))).toBe('2023-05-20');
    expect(isoDay(dayNumber('2023-05'))).toBe('2023-05-01');
    expect(dayTicks(dayNumber('2022-06-10'), dayNumber('2024-04-01')).map(isoDay)).toEqual(['2022-06-10', '2023-01-16', '2023-08-25', '2024-04-01']);
    expect(dayTicks(10, 10)).toEqual([10]);
    expect(dayTicks(10, 11)).toEqual([10, 11]);
  });
});
