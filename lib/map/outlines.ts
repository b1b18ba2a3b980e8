// The outlines of China's provinces and prefectures that the collection view's map draws, bundled
// as public/gazetteer/outlines.json (built by scripts/build-data/outlines.ts; no tile server is
// ever asked). Rings are stored small: whole hundredths of a degree, each point as the difference
// from the one before, so the file is mostly one- and two-digit numbers that gzip well.

/** Where outlines.json lives inside the gazetteer folder (the extension's /gazetteer/). */
export const OUTLINES_FILE = 'outlines.json';

/** [longitude, latitude] in degrees. */
export type LonLat = [number, number];

export interface Outline {
  name: string;
  /**
   * Closed rings (outer boundaries and holes alike, drawn even-odd), each flat and delta-encoded:
   * [x0, y0, dx1, dy1, dx2, dy2, ...] in units of 1 / OutlinesFile.scale degree.
   */
  rings: number[][];
}

export interface OutlinesFile {
  source: { package: string; version: string; vintage: string; note: string };
  /** Hash of the inputs the build read (scripts/build-data/pipeline.ts): which build made the file. */
  inputs: string;
  /** Units per degree of the ring numbers. */
  scale: number;
  /** Keyed by 12-digit division code. */
  provinces: Record<string, Outline>;
  /**
   * The units each province's map divides it into, keyed by 12-digit division code: prefectures,
   * and for the municipalities (北京, 天津, 上海, 重庆) their districts and counties.
   */
  prefectures: Record<string, Outline>;
}

/** A ring's points in degrees, from its stored form. */
export function decodeRing(ring: number[], scale: number): LonLat[] {
  const points: LonLat[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    x += ring[i];
    y += ring[i + 1];
    points.push([x / scale, y / scale]);
  }
  return points;
}

/** A ring's stored form from its points in degrees (rounded to 1 / scale degree, repeats dropped). */
export function encodeRing(points: LonLat[], scale: number): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [lon, lat] of points) {
    const x = Math.round(lon * scale);
    const y = Math.round(lat * scale);
    if (out.length && x === px && y === py) continue;
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}
