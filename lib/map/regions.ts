// The outlines file made ready to draw: each province and prefecture with its rings in degrees
// and its bounding box, decoded once per page so each redraw only projects what it shows.
import { decodeRing, type LonLat, type OutlinesFile } from './outlines';
import { boundsOf, type Bounds } from './projection';

export interface RegionShape {
  code: string;
  name: string;
  layer: 'province' | 'prefecture';
  rings: LonLat[][];
  bounds: Bounds;
}

export function regionShapes(file: OutlinesFile): RegionShape[] {
  const shapes = (layer: RegionShape['layer'], outlines: OutlinesFile['provinces']): RegionShape[] =>
    Object.entries(outlines).map(([code, { name, rings }]) => {
      const decoded = rings.map((ring) => decodeRing(ring, file.scale));
      return { code, name, layer, rings: decoded, bounds: boundsOf(decoded.flat())! };
    });
  return [...shapes('province', file.provinces), ...shapes('prefecture', file.prefectures)];
}
