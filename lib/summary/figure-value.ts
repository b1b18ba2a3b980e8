// A figure's value as the popup lists it: the hover card's plain words (lib/format/figure-words.ts),
// marked when the text makes it approximate, since the popup has no separate mark for that.
import type { Figure } from '../annotation';
import { figureWords } from '../format/figure-words';
import { t, type UiLang } from '../i18n';

export function formatFigureValue(figure: Figure, lang: UiLang): string {
  const words = figureWords(figure, lang);
  return figure.approx ? t('value.approx', lang, { value: words }) : words;
}
