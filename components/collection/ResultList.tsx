// The items the filters find: the ones still found on their pages, then the orphans (passages
// their changed pages no longer hold) in a section of their own, so none is ever hidden.
import { useState } from 'preact/hooks';
import type { CollectedItem } from '../../lib/collection/item';
import type { PlaceLookup } from '../../lib/export/fields';
import { useT } from '../i18n';
import { ItemCard, type ItemActions } from './ItemCard';

interface Props extends ItemActions {
  items: CollectedItem[];
  lookup: PlaceLookup;
}

/** Cards drawn at first and added by each "show more": a long collection stays quick to filter. */
const PAGE = 100;

export function ResultList({ items, ...rest }: Props) {
  const { t } = useT();
  const [limit, setLimit] = useState(PAGE);
  const found = items.filter((item) => !item.orphan);
  const orphans = items.filter((item) => item.orphan);
  return (
    <>
      <section class="results" aria-labelledby="results-heading" data-testid="results">
        <h2 id="results-heading">{t('list.heading')}</h2>
        {items.length === 0 && <p class="status">{t('list.none')}</p>}
        {found.slice(0, limit).map((item) => (
          <ItemCard key={item.id} item={item} {...rest} />
        ))}
        {found.length > limit && (
          <button type="button" class="more" onClick={() => setLimit(limit + PAGE)}>
            {t('list.more', { count: Math.min(PAGE, found.length - limit) })}
          </button>
        )}
      </section>
      {orphans.length > 0 && (
        <section class="orphans" aria-labelledby="orphans-heading" data-testid="orphans">
          <h2 id="orphans-heading">{t('list.orphans')}</h2>
          <p class="help">{t('list.orphansHelp')}</p>
          {orphans.map((item) => (
            <ItemCard key={item.id} item={item} {...rest} />
          ))}
        </section>
      )}
    </>
  );
}
