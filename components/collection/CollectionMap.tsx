// The collection's places on a map drawn offline: province and prefecture outlines from the
// bundled outlines (public/gazetteer/outlines.json) in a projection fitted to the places shown,
// one dot per place sized by how often the results mention it. Clicking a dot or a region, or
// pressing Enter on a focused dot, filters by that place.
import { useMemo } from 'preact/hooks';
import { liesWithin } from '../../lib/division-code';
import type { PlaceFeature } from '../../lib/export/geojson';
import { boundsOf, CHINA_BOUNDS, fitProjection, intersects, padBounds, ringsPath } from '../../lib/map/projection';
import type { RegionShape } from '../../lib/map/regions';
import { useT } from '../i18n';

interface Props {
  /** Decoded outlines; undefined while loading. */
  regions?: RegionShape[];
  /** The places to mark, as the GeoJSON export gives them (toGeoJson). */
  places: PlaceFeature[];
  selected?: string;
  onPick(code: string): void;
  width: number;
  height: number;
}

/** Prefecture outlines are drawn when the view is narrower than this many degrees. */
const PREFECTURES_BELOW = 16;
const MIN_RADIUS = 3;
const MAX_RADIUS = 13;
/** Dots are labelled when there are this few of them. */
const MAX_LABELS = 15;

/** Height of a label and width of one of its characters, in pixels, for keeping labels apart. */
const LABEL_HEIGHT = 14;
const CHAR_WIDTH = 12;

// Labels go to the most mentioned places first; a label that would cover one already placed is
// left out (the dot keeps its title and its accessible name).
function labelledCodes(places: PlaceFeature[], project: (p: [number, number]) => [number, number]): Set<string> {
  if (places.length > MAX_LABELS) return new Set();
  const placed: Array<{ x: number; y: number; w: number }> = [];
  const codes = new Set<string>();
  for (const p of [...places].sort((a, b) => b.properties.mentions - a.properties.mentions)) {
    const [x, y] = project(p.geometry.coordinates);
    const w = p.properties.name.length * CHAR_WIDTH + MAX_RADIUS;
    if (placed.some((o) => Math.abs(o.y - y) < LABEL_HEIGHT && x < o.x + o.w && o.x < x + w)) continue;
    placed.push({ x, y, w });
    codes.add(p.properties.code);
  }
  return codes;
}

export function CollectionMap({ regions, places, selected, onPick, width, height }: Props) {
  const { t } = useT();
  const projection = useMemo(() => {
    const bounds = boundsOf(places.map((p) => p.geometry.coordinates));
    return fitProjection(bounds ? padBounds(bounds) : CHINA_BOUNDS, width, height);
  }, [places, width, height]);
  const detailed = projection.view.east - projection.view.west < PREFECTURES_BELOW;
  const drawn = useMemo(() => {
    const { view, project } = projection;
    return (regions ?? [])
      .filter((r) => (r.layer === 'province' || detailed) && intersects(r.bounds, view))
      .map((r) => ({ region: r, d: ringsPath(r.rings, project) }));
  }, [regions, projection, detailed]);
  const most = Math.max(1, ...places.map((p) => p.properties.mentions));
  const radius = (mentions: number) => MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(mentions / most);
  const labelled = useMemo(() => labelledCodes(places, projection.project), [places, projection]);
  const codes = places.map((p) => p.properties.code);
  const regionClass = (r: RegionShape) =>
    [r.layer, codes.some((c) => liesWithin(c, r.code)) && 'has-places', selected && liesWithin(selected, r.code) && 'selected'].filter(Boolean).join(' ');

  return (
    <svg class={detailed ? 'map detailed' : 'map'} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-labelledby="map-title" data-testid="map">
      <title id="map-title">{t('map.label')}</title>
      <g class="regions">
        {drawn.map(({ region, d }) => (
          <path key={region.code} d={d} class={regionClass(region)} fill-rule="evenodd" data-code={region.code} onClick={() => onPick(region.code)}>
            <title>{t('map.region', { name: region.name })}</title>
          </path>
        ))}
      </g>
      <g class="dots">
        {places.map((p) => {
          const [x, y] = projection.project(p.geometry.coordinates);
          const { code, name, mentions } = p.properties;
          const label = t('map.dot', { name, mentions: t('value.mentions', { count: mentions }) });
          const pick = () => onPick(code);
          return (
            <g key={code} class={code === selected ? 'dot selected' : 'dot'}>
              <circle
                cx={x.toFixed(1)}
                cy={y.toFixed(1)}
                r={radius(mentions).toFixed(1)}
                tabindex={0}
                role="button"
                aria-label={label}
                data-code={code}
                onClick={pick}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  pick();
                }}
              >
                <title>{label}</title>
              </circle>
              {labelled.has(code) && (
                <text x={(x + radius(mentions) + 3).toFixed(1)} y={(y + 4).toFixed(1)} aria-hidden="true">
                  {name}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
