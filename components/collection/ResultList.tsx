// The items the filters find, in the order the reader chose (in page order grouped under each
// page's title): the ones still found on their pages, then the orphans (passages their changed
// pages no longer hold) in a section of their own, so none is ever hidden. A long list is drawn
// a page at a time, with how many are shown of how many.
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { CollectedItem } from '../../lib/collection/item';
import { ITEM_ORDERS, sortItems, type ItemOrder } from '../../lib/collection/sort';
import type { PlaceLookup } from '../../lib/export/fields';
import { withoutFragment } from '../../lib/util/url';
import { useT } from '../i18n';
import { ItemCard, type ItemActions } from './ItemCard';

interface Props extends ItemActions {
  items: CollectedItem[];
  lookup: PlaceLookup;
  order: ItemOrder;
  /** Lets the reader choose the order; without it the order is fixed (the side panel's page). */
  onOrder?: (order: ItemOrder) => void;
}

/** Cards drawn at first and added by each "show more": a long collection stays quick to filter. */
const PAGE = 100;

export function ResultList({ items, order, onOrder, ...rest }: Props) {
  const { t } = useT();
  const [limit, setLimit] = useState(PAGE);
  const sorted = useMemo(() => sortItems(items, order), [items, order]);
  const found = sorted.filter((item) => !item.orphan);
  const orphans = sorted.filter((item) => item.orphan);
  const shown = found.slice(0, limit);
  return (
    <>
      <section class="results" aria-labelledby="results-heading" data-testid="results">
        <h2 id="results-heading">{t('list.heading')}</h2>
        {onOrder && (
          <label class="field order">
            <span>{t('sort.label')}</span>
            <select value={order} onChange={(e) => onOrder(e.currentTarget.value as ItemOrder)}>
              {ITEM_ORDERS.map((o) => (
                <option key={o} value={o}>
                  {t(`sort.${o}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {items.length === 0 && <p class="status">{t('list.none')}</p>}
        {found.length > PAGE && (
          <p class="counts" data-testid="list-count">
            {t('list.count', { shown: shown.length, total: found.length })}
          </p>
        )}
        {shown.map((item, i) => {
          const page = withoutFragment(item.url);
          const newPage = order === 'document' && (i === 0 || withoutFragment(shown[i - 1].url) !== page);
          return (
            <Fragment key={item.id}>
              {newPage && <h3 class="page-title">{item.title || page}</h3>}
              <ItemCard item={item} {...rest} />
            </Fragment>
          );
        })}
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
