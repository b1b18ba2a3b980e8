// Drawing geography on the collection view's map: an equirectangular projection fitted to the
// places shown (longitudes shrunk by the cosine of the middle latitude, so shapes keep their
// proportions at China's latitudes), and outlines turned into SVG path data.
import type { LonLat } from './outlines';

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** All China, islands of the South China Sea aside: what the map shows when nothing narrows it. */
export const CHINA_BOUNDS: Bounds = { west: 73.5, south: 18, east: 135, north: 53.6 };
/** The smallest span shown, in degrees: one county's dot still sits among its neighbours. */
const MIN_SPAN = 1.5;

export function boundsOf(points: LonLat[]): Bounds | undefined {
  if (!points.length) return undefined;
  const b = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [lon, lat] of points) {
    b.west = Math.min(b.west, lon);
    b.east = Math.max(b.east, lon);
    b.south = Math.min(b.south, lat);
    b.north = Math.max(b.north, lat);
  }
  return b;
}

export const intersects = (a: Bounds, b: Bounds): boolean => a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

/** `b` grown by `share` of its span on each side, and to the smallest span around its centre. */
export function padBounds(b: Bounds, share = 0.15): Bounds {
  const cx = (b.west + b.east) / 2;
  const cy = (b.south + b.north) / 2;
  const w = Math.max(b.east - b.west, MIN_SPAN) * (0.5 + share);
  const h = Math.max(b.north - b.south, MIN_SPAN) * (0.5 + share);
  return { west: cx - w, east: cx + w, south: cy - h, north: cy + h };
}

export interface Projection {
  project(point: LonLat): [number, number];
  /** The visible area in degrees (the bounds widened to the frame's shape). */
  view: Bounds;
}

/** A projection that shows `bounds` whole, centred, in a width x height frame. */
export function fitProjection(bounds: Bounds, width: number, height: number): Projection {
  const k = Math.cos((((bounds.south + bounds.north) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((bounds.east - bounds.west) * k), height / (bounds.north - bounds.south));
  const cx = (bounds.west + bounds.east) / 2;
  const cy = (bounds.south + bounds.north) / 2;
  const halfW = width / 2 / (scale * k);
  const halfH = height / 2 / scale;
  return {
    project: ([lon, lat]) => [width / 2 + (lon - cx) * k * scale, height / 2 - (lat - cy) * scale],
    view: { west: cx - halfW, east: cx + halfW, south: cy - halfH, north: cy + halfH },
  };
}

/** SVG path data of closed rings, to a tenth of a pixel. */
export function ringsPath(rings: LonLat[][], project: Projection['project']): string {
  return rings
    .map((ring) => ring.map((p, i) => {
      const [x, y] = project(p);
      return `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    }).join('') + 'Z')
    .join('');
}
