// A figure's card: its text, its value in plain words, whether the text marks it approximate,
// and the place its sentence names.
import type { FigureAnnotation } from '../../lib/annotation';
import { figureWords } from '../../lib/format/figure-words';
import type { PageFact } from '../../lib/page/facts';
import { useT } from '../i18n';
import { CardTop } from './CardTop';

export interface FigureViewProps {
  annotation: FigureAnnotation;
  /** The place the figure's sentence names nearest to it. */
  place?: PageFact;
  onOpenPlace(code: string): void;
  onClose(): void;
}

export function FigureView({ annotation, place, onOpenPlace, onClose }: FigureViewProps) {
  const { lang, t } = useT();
  const { figure } = annotation;
  const placeAnnotation = place?.annotation.kind === 'place' ? place.annotation.place : undefined;
  const code = placeAnnotation?.code;
  return (
    <>
      <CardTop kind={t(`figure.${figure.type}`)} onClose={onClose} />
      <h2>
        {annotation.text}
        <span class="chip">{figure.approx ? t('card.approximate') : t('card.exact')}</span>
      </h2>
      <p class="value">{figureWords(figure, lang)}</p>
      {place && placeAnnotation && (
        <dl>
          <dt>{t('card.place')}</dt>
          <dd>
            {code ? (
              <button type="button" onClick={() => onOpenPlace(code)}>
                {place.annotation.text}
              </button>
            ) : (
              place.annotation.text
            )}
            {placeAnnotation.path && placeAnnotation.path.length > 1 && <span class="sep"> · {placeAnnotation.path.slice(0, -1).join(' › ')}</span>}
          </dd>
        </dl>
      )}
    </>
  );
}
