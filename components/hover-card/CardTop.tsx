// The card's top line: what the card shows (a figure's type, a place's level), a way back when
// the card went on to another place, and the close button.
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

export interface CardTopProps {
  kind: ComponentChildren;
  onBack?: () => void;
  onClose: () => void;
}

export function CardTop({ kind, onBack, onClose }: CardTopProps) {
  const { t } = useT();
  return (
    <div class="top">
      {onBack && (
        <button type="button" class="icon" onClick={onBack} aria-label={t('card.back')}>
          ‹
        </button>
      )}
      <span class="kind">{kind}</span>
      <button type="button" class="icon" onClick={onClose} aria-label={t('card.close')}>
        ×
      </button>
    </div>
  );
}
