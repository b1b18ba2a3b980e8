// One measure of one place over periods (factSeries): the reader picks the place and the measure,
// and the chart opens on the most frequent pair with two periods or more (the filter's place
// first). Periods sit evenly along the axis in their order (2022, 2023-Q1, 2023-H1, 2023), since
// a year and a quarter are not points of one time line; a line joins each period's most-given
// value. Pages that give a period different values are all drawn, side by side and ringed, and
// listed under the chart with their sources.
import { useMemo, useState } from 'preact/hooks';
import type { CollectedItem } from '../../lib/collection/item';
import { defaultSeries, factSeries, type FactSeries, type SeriesValue } from '../../lib/collection/series';
import { linear, niceTicks } from '../../lib/chart/scale';
import { periodWords } from '../../lib/format/figure-words';
import { languageTag, type UiLang } from '../../lib/i18n';
import { useT } from '../i18n';

interface Props {
  items: CollectedItem[];
  /** The place the reader filtered on: its series come first. */
  placeCode?: string;
  width: number;
  height: number;
}

const MARGIN = { top: 26, right: 40, bottom: 28, left: 64 };
/** Where the value axis's name sits, above its top tick. */
const AXIS_TITLE_Y = 12;
/** How far apart a period's differing values sit side by side, so that close values both show. */
const SPREAD = 10;

/** An axis value, short: 3642亿 or 364.2B, with the unit where it is a symbol (%). */
function axisValue(value: number, unit: string | undefined, lang: UiLang): string {
  const number = new Intl.NumberFormat(languageTag(lang), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return unit === '%' ? `${number}%` : number;
}

/** A value as its first page printed it (3650亿元). */
const valueText = (value: SeriesValue): string => value.items[0].text;

const sources = (value: SeriesValue): string => value.items.map((item) => item.title || item.site).join('; ');

export function SeriesChart({ items, placeCode, width, height }: Props) {
  const { lang, t } = useT();
  const series = useMemo(() => factSeries(items), [items]);
  const [chosen, setChosen] = useState<string>();
  const current = series.find((s) => s.key === chosen) ?? defaultSeries(series, placeCode);
  if (!current) return <p class="status">{t('chart.none')}</p>;

  const places = [...new Map(series.map((s) => [s.placeKey, s.placeName]))];
  const measures = series.filter((s) => s.placeKey === current.placeKey);
  const measureName = (s: FactSeries) => `${s.measure}${s.unit ? ` (${s.unit})` : ''}`;
  const label = t('chart.label', { measure: measureName(current), place: current.placeName });
  const { points } = current;
  const values = points.flatMap((p) => p.values.map((v) => v.value));
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 4);
  const x = linear(0, points.length - 1, MARGIN.left + 24, width - MARGIN.right);
  const y = linear(ticks[0], ticks.at(-1)!, height - MARGIN.bottom, MARGIN.top);
  const conflicts = points.filter((p) => p.conflict);

  return (
    <div class="chart">
      <label class="field" for="chart-place">
        <span>{t('chart.place')}</span>
        <select id="chart-place" value={current.placeKey} onChange={(e) => setChosen(defaultSeries(series, e.currentTarget.value)?.key)}>
          {places.map(([key, name]) => (
            <option key={key} value={key}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label class="field" for="chart-measure">
        <span>{t('chart.measure')}</span>
        <select id="chart-measure" value={current.key} onChange={(e) => setChosen(e.currentTarget.value)}>
          {measures.map((s) => (
            <option key={s.key} value={s.key}>
              {measureName(s)} · {t('chart.periods', { count: s.points.length })}
            </option>
          ))}
        </select>
      </label>
      {points.length < 2 ? (
        <p class="status" data-testid="chart-one-period">
          {t('chart.onePeriod', { place: current.placeName, measure: current.measure, period: periodWords(points[0].period, lang) })}
        </p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby="chart-title" data-testid="chart">
          <title id="chart-title">{label}</title>
          <text class="axis-title" x={MARGIN.left} y={AXIS_TITLE_Y} data-testid="chart-axis-title">
            {`${current.placeName} · ${measureName(current)}`}
          </text>
          <g class="axis y">
            {ticks.map((v) => (
              <g key={v}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(v)} y2={y(v)} />
                <text x={MARGIN.left - 6} y={y(v) + 4} text-anchor="end">
                  {axisValue(v, current.unit, lang)}
                </text>
              </g>
            ))}
          </g>
          <g class="axis x">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={height - MARGIN.bottom} y2={height - MARGIN.bottom} />
            {points.map((p, k) => (
              <text key={p.period} x={x(k)} y={height - MARGIN.bottom + 18} text-anchor="middle">
                {periodWords(p.period, lang)}
              </text>
            ))}
          </g>
          <polyline class="line" points={points.map((p, k) => `${x(k).toFixed(1)},${y(p.values[0].value).toFixed(1)}`).join(' ')} />
          {points.flatMap((p, k) =>
            p.values.map((v, i) => (
              <circle key={`${p.period}:${v.value}`} class={p.conflict ? 'point conflict' : 'point'} data-period={p.period} cx={(x(k) + (i - (p.values.length - 1) / 2) * SPREAD).toFixed(1)} cy={y(v.value).toFixed(1)} r={p.conflict ? 5 : 4}>
                <title>{t('chart.point', { period: periodWords(p.period, lang), value: valueText(v), sources: sources(v) })}</title>
              </circle>
            )),
          )}
        </svg>
      )}
      {conflicts.length > 0 && (
        <ul class="chart-conflicts" data-testid="chart-conflicts">
          {conflicts.map((p) => (
            <li key={p.period}>
              {t('chart.conflict', { period: periodWords(p.period, lang), values: p.values.map((v) => `${valueText(v)} (${sources(v)})`).join(' · ') })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
