import { describe, expect, it } from 'vitest';
import { decodeRing, encodeRing, type LonLat } from '../../../lib/map/outlines';
import { boundsOf, fitProjection, padBounds, ringsPath } from '../../../lib/map/projection';
import { regionShapes } from '../../../lib/map/regions';
import { TEST_OUTLINES } from '../../fixtures/collection/outlines';

describe('outline rings', () => {
  it('are stored as deltas in hundredths of a degree and read back', () => {
    const ring: LonLat[] = [[117.9667, 36.6434], [118.05, 36.7], [118.1, 36.6], [117.9667, 36.6434]];
    const stored = encodeRing(ring, 100);
    expect(stored).toEqual([11797, 3664, 8, 6, 5, -10, -13, 4]);
    expect(decodeRing(stored, 100)).toEqual([[117.97, 36.64], [118.05, 36.7], [118.1, 36.6], [117.97, 36.64]]);
  });

  it('drop points that round to the one before', () => {
    expect(decodeRing(encodeRing([[1, 1], [1.001, 1.002], [2, 2]], 100), 100)).toEqual([[1, 1], [2, 2]]);
  });

  it('become regions with their bounds', () => {
    expect(regionShapes(TEST_OUTLINES).map((r) => [r.code, r.layer, r.bounds])).toEqual([
      ['370000000000', 'province', { west: 114.8, south: 34.4, east: 122.7, north: 38.4 }],
      ['370300000000', 'prefecture', { west: 117.5, south: 36.2, east: 118.3, north: 37.3 }],
    ]);
  });
});

describe('the projection', () => {
  it('fits the bounds in the frame, centred, north up, with equal distances alike on both axes', () => {
    const { project, view } = fitProjection({ west: 117, south: 36, east: 119, north: 37 }, 400, 300);
    expect(project([118, 36.5])).toEqual([200, 150]);
    const [x1, y1] = project([117, 37]);
    expect(y1).toBeLessThan(150);
    expect(x1).toBeGreaterThanOrEqual(0);
    // At 36.5° a degree of longitude is cos(36.5°) of a degree of latitude.
    const [xa] = project([118, 36.5]);
    const [xb] = project([119, 36.5]);
    const [, ya] = project([118, 36.5]);
    const [, yb] = project([118, 37.5]);
    expect((xb - xa) / (ya - yb)).toBeCloseTo(Math.cos((36.5 * Math.PI) / 180), 5);
    expect(view.west).toBeLessThanOrEqual(117);
    expect(view.east).toBeGreaterThanOrEqual(119);
  });

  it('never zooms in further than the smallest span, around a single place', () => {
    const b = padBounds(boundsOf([[117.97, 36.64]])!);
    expect(b.east - b.west).toBeGreaterThanOrEqual(1.5);
    expect((b.east + b.west) / 2).toBeCloseTo(117.97);
  });

  it('writes closed SVG paths', () => {
    expect(ringsPath([[[0, 0], [1, 0], [0, 1]]], ([x, y]) => [x * 10, y * 10])).toBe('M0.0 0.0L10.0 0.0L0.0 10.0Z');
  });
});
