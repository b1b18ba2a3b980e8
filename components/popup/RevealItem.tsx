// One line of the popup's lists: a button that shows its fact on the page.
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

interface Props {
  /** What the line is about, for the button's accessible name (淄川区, 3642.40亿元). */
  text: string;
  count: number;
  revealId: number;
  onReveal(id: number): void;
  children: ComponentChildren;
}

export function RevealItem({ text, count, revealId, onReveal, children }: Props) {
  const { t } = useT();
  const mentions = t('popup.mentions', { count });
  return (
    <button type="button" class="item" onClick={() => onReveal(revealId)} aria-label={`${t('popup.reveal', { text })}, ${mentions}`}>
      <span class="item-text">{children}</span>
      <span class="count" title={mentions}>
        {count}
      </span>
    </button>
  );
}
