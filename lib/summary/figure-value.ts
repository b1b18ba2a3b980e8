// A figure's normalised value as a reader reads it, in the UI language: 364240000000 CNY as
// ¥364,240,000,000, 7 as 第7 or No. 7, units in words where the UI has them (1500亩, 3 days),
// a range as low to high.
import type { Figure } from '../annotation';
import { hasMessage, languageTag, t, type UiLang } from '../i18n';

function formatNumber(value: number, lang: UiLang, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(languageTag(lang), { maximumFractionDigits: 4, ...options }).format(value);
}

function formatMoney(value: number, currency: string | undefined, lang: UiLang): string {
  if (!currency) return formatNumber(value, lang);
  try {
    return formatNumber(value, lang, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0, maximumFractionDigits: 2 });
  } catch {
    // A unit that is not an ISO 4217 code: show it after the number.
    return `${formatNumber(value, lang)} ${currency}`;
  }
}

// One bound of a figure (its value, or the top of a range) with the figure's unit.
function formatBound(figure: Figure, value: number | string, lang: UiLang): string {
  if (typeof value === 'string') {
    // --03-17: a day whose year the text does not make certain
    return value.startsWith('--') ? t('value.unknownYear', lang, { value: value.slice(2) }) : value;
  }
  const { type, unit } = figure;
  const number = formatNumber(value, lang);
  if (type === 'money') return formatMoney(value, unit, lang);
  if (type === 'year') return String(value);
  if (type === 'rank') return t('value.rank', lang, { value: number });
  if (!unit) return number;
  const key = `unit.${unit}`;
  if (hasMessage(key)) return t(key, lang, { value: number, count: value });
  // Symbols and Chinese classifiers (%, ‰, 户, 人次) follow the number directly, unit codes after a space.
  return /^[a-z]/i.test(unit) ? `${number} ${unit}` : `${number}${unit}`;
}

/** The figure's value in words and symbols of `lang`, with its range and approximation. */
export function formatFigureValue(figure: Figure, lang: UiLang): string {
  const low = formatBound(figure, figure.value, lang);
  const value = figure.high === undefined ? low : t('value.range', lang, { low, high: formatBound(figure, figure.high, lang) });
  return figure.approx ? t('value.approx', lang, { value }) : value;
}
