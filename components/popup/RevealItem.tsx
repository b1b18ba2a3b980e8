// The popup's lists: each line a button that shows its fact on the page.
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
  const mentions = t('value.mentions', { count });
  return (
    <button type="button" class="item" onClick={() => onReveal(revealId)} aria-label={`${t('popup.reveal', { text })}, ${mentions}`}>
      <span class="item-text">{children}</span>
      <span class="count" title={mentions}>
        {count}
      </span>
    </button>
  );
}

export interface RevealEntry {
  key: string | number;
  text: string;
  count: number;
  revealId: number;
  content: ComponentChildren;
}

/** A titled list of items: the places of one level, the figures of one type. */
export function RevealGroup({ id, heading, entries, onReveal }: { id: string; heading: string; entries: RevealEntry[]; onReveal(id: number): void }) {
  return (
    <div class="group" data-group={id}>
      <h4>{heading}</h4>
      <ul>
        {entries.map(({ key, content, ...entry }) => (
          <li key={key}>
            <RevealItem {...entry} onReveal={onReveal}>
              {content}
            </RevealItem>
          </li>
        ))}
      </ul>
    </div>
  );
}
