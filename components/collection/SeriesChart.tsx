// One place's figures of one measure over time (figureSeries): a small SVG dot chart with a
// date axis and a value axis. The measures offered are the ones the place's figures have. Dots
// are not joined by a line: figures of one type and unit about a place and the places inside it
// (淄博市's GDP, 淄川区's vegetable output) are not one quantity measured again and again. The
// value axis names its measure and unit; figures all of one date make no chart, and it says so.
import { useMemo, useState } from 'preact/hooks';
import type { CollectedItem } from '../../lib/collection/item';
import { figureSeries, seriesMeasures, type Measure } from '../../lib/collection/series';
import { dayNumber, dayTicks, isoDay, linear, niceTicks } from '../../lib/chart/scale';
import { languageTag, type UiLang } from '../../lib/i18n';
import { formatFigureValue } from '../../lib/summary/figure-value';
import { useT } from '../i18n';

interface Props {
  items: CollectedItem[];
  placeCode: string;
  placeName: string;
  width: number;
  height: number;
}

const MARGIN = { top: 26, right: 40, bottom: 28, left: 64 };
/** Where the value axis's name sits, above its top tick. */
const AXIS_TITLE_Y = 12;
const measureKey = (m: Pick<Measure, 'type' | 'unit'>): string => `${m.type}:${m.unit ?? ''}`;

/** An axis value, short: 3642亿 or 364.2B, with the unit where it is a symbol (%). */
function axisValue(value: number, unit: string | undefined, lang: UiLang): string {
  const number = new Intl.NumberFormat(languageTag(lang), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return unit === '%' ? `${number}%` : number;
}

export function SeriesChart({ items, placeCode, placeName, width, height }: Props) {
  const { lang, t } = useT();
  const measures = useMemo(() => seriesMeasures(items, placeCode), [items, placeCode]);
  const [chosen, setChosen] = useState<string>();
  const measure = measures.find((m) => measureKey(m) === chosen) ?? measures[0];
  if (!measure) return <p class="status">{t('chart.none', { place: placeName })}</p>;

  const measureName = (m: Measure) => `${t(`figure.${m.type}` as const)}${m.unit ? ` (${m.unit})` : ''}`;
  const points = figureSeries(items, placeCode, measure.type, measure.unit);
  const days = points.map((p) => dayNumber(p.date));
  const ticks = niceTicks(Math.min(...points.map((p) => p.value)), Math.max(...points.map((p) => p.value)), 4);
  const x = linear(days[0], days.at(-1)!, MARGIN.left, width - MARGIN.right);
  const y = linear(ticks[0], ticks.at(-1)!, height - MARGIN.bottom, MARGIN.top);
  const label = t('chart.label', { measure: measureName(measure), place: placeName });
  const oneDate = new Set(days).size < 2;

  return (
    <div class="chart">
      <label class="field" for="chart-measure">
        <span>{t('chart.measure')}</span>
        <select id="chart-measure" value={measureKey(measure)} onChange={(e) => setChosen(e.currentTarget.value)}>
          {measures.map((m) => (
            <option key={measureKey(m)} value={measureKey(m)}>
              {measureName(m)} · {m.count}
            </option>
          ))}
        </select>
      </label>
      {oneDate ? (
        <p class="status" data-testid="chart-one-date">
          {t('chart.oneDate', { count: points.length, place: placeName, date: points[0].date })}
        </p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby="chart-title" data-testid="chart">
          <title id="chart-title">{label}</title>
          <text class="axis-title" x={MARGIN.left} y={AXIS_TITLE_Y} data-testid="chart-axis-title">
            {measureName(measure)}
          </text>
          <g class="axis y">
            {ticks.map((v) => (
              <g key={v}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(v)} y2={y(v)} />
                <text x={MARGIN.left - 6} y={y(v) + 4} text-anchor="end">
                  {axisValue(v, measure.unit, lang)}
                </text>
              </g>
            ))}
          </g>
          <g class="axis x">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={height - MARGIN.bottom} y2={height - MARGIN.bottom} />
            {dayTicks(days[0], days.at(-1)!).map((day) => (
              <text key={day} x={x(day)} y={height - MARGIN.bottom + 18} text-anchor="middle">
                {isoDay(day)}
              </text>
            ))}
          </g>
          {points.map((p, k) => {
            const figure = p.item.annotation?.kind === 'figure' ? p.item.annotation.figure : undefined;
            return (
              <circle key={p.item.id} class="point" cx={x(days[k]).toFixed(1)} cy={y(p.value).toFixed(1)} r={4}>
                <title>{t('chart.point', { date: p.date, value: figure ? formatFigureValue(figure, lang) : p.value, title: p.item.title })}</title>
              </circle>
            );
          })}
        </svg>
      )}
    </div>
  );
}
