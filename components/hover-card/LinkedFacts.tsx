// A place's card lists what the reader saved about the place, or inside it, on other pages: each
// passage in a little of its context, with its page's title and date, opening the page at the
// passage (the collection view's text-fragment address).
import { useEffect, useState } from 'preact/hooks';
import type { CollectedItem } from '../../lib/collection/item';
import { itemDate } from '../../lib/collection/query';
import { textFragmentUrl } from '../../lib/collection/text-fragment';
import { useT } from '../i18n';

export type LinkedItems = (code: string) => Promise<CollectedItem[]>;

/** Characters of context shown on each side of a linked passage. */
const CONTEXT = 10;

export function LinkedFacts({ code, linked }: { code: string; linked: LinkedItems }) {
  const { t } = useT();
  const [items, setItems] = useState<CollectedItem[]>([]);
  useEffect(() => {
    let live = true;
    linked(code).then((found) => live && setItems(found), () => undefined);
    return () => {
      live = false;
    };
  }, [code]);
  if (items.length === 0) return null;
  return (
    <div class="sources">
      {t('card.linked')}
      <ul>
        {items.map((item) => {
          const { quote } = item.selectors;
          return (
            <li key={item.id}>
              <a href={textFragmentUrl(item.url, quote)} target="_blank">
                {quote.prefix.slice(-CONTEXT)}
                <b>{quote.exact}</b>
                {quote.suffix.slice(0, CONTEXT)}
              </a>{' '}
              · {item.title} · {itemDate(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
