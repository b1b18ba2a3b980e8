// A figure's card: its text, its value in plain words, whether the text marks it approximate, and
// the fact it states as one line — place · period · measure · value · the rates that qualify it —
// the place opening its own card, and saying how it was found when the sentence does not name it.
import type { FigureAnnotation } from '../../lib/annotation';
import { figureWords, periodWords } from '../../lib/format/figure-words';
import { useT } from '../i18n';
import { CardTop } from './CardTop';

export interface FigureViewProps {
  annotation: FigureAnnotation;
  /** The rates and shares that qualify the figure (同比增长9.3%), in text order. */
  rates?: FigureAnnotation[];
  onOpenPlace(code: string): void;
  onClose(): void;
}

export function FigureView({ annotation, rates = [], onOpenPlace, onClose }: FigureViewProps) {
  const { lang, t } = useT();
  const { figure } = annotation;
  const { subject, period, measure } = figure;
  const code = subject?.code;
  const parts = [
    subject && (
      <span class="fact-place" key="place">
        {code ? (
          <button type="button" onClick={() => onOpenPlace(code)}>
            {subject.name}
          </button>
        ) : (
          subject.name
        )}
        {subject.via !== 'sentence' && <span class="sep"> ({t(subject.via === 'title' ? 'card.viaTitle' : 'card.viaArticle')})</span>}
      </span>
    ),
    period && <span key="period">{periodWords(period, lang)}</span>,
    measure && <span key="measure">{measure.text}</span>,
    <strong key="value">{annotation.text}</strong>,
    ...rates.map((rate) => (
      <span key={`rate-${rate.start}`}>
        {rate.figure.measure ? `${rate.figure.measure.text} ` : ''}
        {rate.text}
      </span>
    )),
  ].filter(Boolean);
  return (
    <>
      <CardTop kind={t(`figure.${figure.type}`)} onClose={onClose} />
      <h2>
        {annotation.text}
        <span class="chip">{figure.approx ? t('card.approximate') : t('card.exact')}</span>
      </h2>
      <p class="value">{figureWords(figure, lang)}</p>
      {parts.length > 1 && (
        <p class="fact" aria-label={t('card.fact')}>
          {parts.flatMap((part, i) => (i === 0 ? [part] : [<span class="sep" key={`sep-${i}`}> · </span>, part]))}
        </p>
      )}
    </>
  );
}
