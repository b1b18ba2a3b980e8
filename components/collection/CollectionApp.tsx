// The researcher's collection view, full page (collection.html) or side panel (sidepanel.html):
// the collection read from the store and kept current, filtered by place, kind, figure type,
// site, dates, tag and words; its places on a map and a chosen place's figures over time; the
// results to read, annotate, open at the passage or delete; export and import.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { collectionFacets } from '../../lib/collection/facets';
import { importWebAnnotationFile } from '../../lib/export/jsonld-import';
import { differingDuplicates, type CollectedItem } from '../../lib/collection/item';
import { collectionPlaceTree } from '../../lib/collection/place-tree';
import { CollectionIndex, type CollectionFilter } from '../../lib/collection/query';
import type { ItemOrder } from '../../lib/collection/sort';
import type { BrokenItem } from '../../lib/collection/item-schema';
import { textFragmentUrl } from '../../lib/collection/text-fragment';
import type { PlaceLookup } from '../../lib/export/fields';
import { exportFileName } from '../../lib/export/file-name';
import { toGeoJson } from '../../lib/export/geojson';
import { EXPORT_FILES, renderExport, type ExportFormat } from '../../lib/export/render';
import { resolveLanguage } from '../../lib/i18n';
import type { OutlinesFile } from '../../lib/map/outlines';
import { regionShapes } from '../../lib/map/regions';
import { LanguageContext, useT } from '../i18n';
import { useSettings } from '../use-settings';
import type { CollectionApi, PanelTab } from './collection-api';
import { CollectionMap } from './CollectionMap';
import { FactConflicts } from './FactConflicts';
import { ExportImport, type ExportScope } from './ExportImport';
import { FilterPanel } from './FilterPanel';
import type { ItemActions } from './ItemCard';
import { PlacePicker } from './PlacePicker';
import { ResultList } from './ResultList';
import { SeriesChart } from './SeriesChart';
import { StatusMessage, type Status } from './StatusMessage';
import { useCollection } from './use-collection';
import { withoutFragment } from '../../lib/util/url';

export type Layout = 'page' | 'panel';

interface Props {
  api: CollectionApi;
  layout: Layout;
}

const SIZES: Record<Layout, { map: [number, number]; chart: [number, number] }> = {
  page: { map: [480, 380], chart: [400, 260] },
  panel: { map: [320, 240], chart: [320, 180] },
};

const noFacts: PlaceLookup = () => undefined;

/** In the side panel a part folds away under its title, so the results stay in sight; on the page it is always open. */
function Fold({ layout, title, children }: { layout: Layout; title: string; children: ComponentChildren }) {
  if (layout === 'page') return <>{children}</>;
  return (
    <details class="fold">
      <summary>{title}</summary>
      {children}
    </details>
  );
}

export function CollectionApp({ api, layout }: Props) {
  const settings = useSettings(api.settings);
  const collection = useCollection(api);
  if (!settings) return null;
  return (
    <LanguageContext.Provider value={resolveLanguage(settings.language)}>
      <CollectionView api={api} layout={layout} items={collection.items} broken={collection.broken} error={collection.error} reload={collection.reload} />
    </LanguageContext.Provider>
  );
}

interface ViewProps extends Props {
  items?: CollectedItem[];
  broken: BrokenItem[];
  error?: string;
  reload(): Promise<void>;
}

function CollectionView({ api, layout, items, broken, error, reload }: ViewProps) {
  const { t } = useT();
  if (error) return <p class="status error">{t('collection.error', { error })}</p>;
  if (!items) return <p class="status">{t('collection.loading')}</p>;
  return <LoadedView api={api} layout={layout} items={items} broken={broken} reload={reload} />;
}

/** The stored values that are not items of the schema's shape: each with why, and a way to delete it. */
function BrokenItems({ broken, onDelete }: { broken: BrokenItem[]; onDelete(id: string): void }) {
  const { t } = useT();
  if (broken.length === 0) return null;
  return (
    <div class="status error" data-testid="broken">
      <p>{t('collection.broken', { count: broken.length })}</p>
      <ul class="problems">
        {broken.map((b, k) => (
          <li key={`${b.id}-${k}`}>
            <code>{b.id || '?'}</code> {b.problem}{' '}
            {b.id && (
              <button type="button" class="link" onClick={() => onDelete(b.id)}>
                {t('list.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The address of the page in the side panel's tab, kept current as the reader moves: null while
 * it is asked for the first time (so the panel does not flash the whole collection first),
 * undefined without one.
 */
function useTabUrl(tab: PanelTab | undefined): string | null | undefined {
  const [url, setUrl] = useState<string | null | undefined>(tab ? null : undefined);
  useEffect(() => {
    if (!tab) return undefined;
    let live = true;
    const read = () => void tab.url().then((u) => live && setUrl(u), () => live && setUrl(undefined));
    read();
    const unwatch = tab.watch(read);
    return () => {
      live = false;
      unwatch();
    };
  }, [tab]);
  return url;
}

/**
 * The side panel's first view: the items saved from the page beside it, as its text has them;
 * a click scrolls the page to the passage (no new tab for the page already open). The whole
 * collection is one click away.
 */
function PageItems({ items, url, total, lookup, actions, onWhole }: { items: CollectedItem[]; url: string; total: number; lookup: PlaceLookup; actions: ItemActions; onWhole(): void }) {
  const { t } = useT();
  const onPage = useMemo(() => items.filter((item) => withoutFragment(item.url) === url), [items, url]);
  return (
    <div class="collection panel">
      <header>
        <h1>{t('panel.thisPage')}</h1>
        <button type="button" class="link" onClick={onWhole}>
          {t('panel.whole', { count: total })}
        </button>
        <p class="counts" data-testid="counts">
          {onPage.length > 0 ? t('panel.onPage', { count: onPage.length }) : t('panel.noPage')}
        </p>
      </header>
      {onPage.length > 0 && <ResultList items={onPage} lookup={lookup} order="document" {...actions} />}
    </div>
  );
}

function LoadedView({ api, layout, items, broken, reload }: Props & { items: CollectedItem[]; broken: BrokenItem[]; reload(): Promise<void> }) {
  const { lang, t } = useT();
  const [filter, setFilter] = useState<CollectionFilter>(() => (api.startPlace ? { placeCode: api.startPlace } : {}));
  const [status, setStatus] = useState<Status>();
  // a message is written in the language it was made in: it goes when the language changes
  const statusLang = useRef(lang);
  useEffect(() => {
    if (statusLang.current === lang) return;
    statusLang.current = lang;
    setStatus(undefined);
  }, [lang]);
  const [lookup, setLookup] = useState<PlaceLookup>(() => noFacts);
  const [outlines, setOutlines] = useState<OutlinesFile | Error>();
  const [order, setOrder] = useState<ItemOrder>('saved');
  const tabUrl = useTabUrl(api.tab);
  const [whole, setWhole] = useState(false);

  useEffect(() => {
    let live = true;
    api.places.forItems(items).then((l) => live && setLookup(() => l));
    return () => {
      live = false;
    };
  }, [api, items]);
  useEffect(() => {
    api.outlines().then(setOutlines, (e: Error) => setOutlines(e));
  }, [api]);

  const index = useMemo(() => new CollectionIndex(items), [items]);
  const results = useMemo(() => index.query(filter), [index, filter]);
  // The tree counts what each place would show with the other filters as they are.
  const tree = useMemo(() => collectionPlaceTree(index.query({ ...filter, placeCode: undefined })), [index, filter]);
  const facets = useMemo(() => collectionFacets(items), [items]);
  const places = useMemo(() => toGeoJson(results, lookup).features, [results, lookup]);
  const loaded = outlines instanceof Error ? undefined : outlines;
  const regions = useMemo(() => loaded && regionShapes(loaded), [loaded]);

  /** Runs a write, then reads the collection again and tells the other pages; a failure is shown. */
  const write = async (change: () => Promise<void>): Promise<boolean> => {
    try {
      await change();
      return true;
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
      return false;
    } finally {
      await reload();
      api.announce();
    }
  };

  const actions: ItemActions = {
    onUpdate: async (id, patch) => {
      const saved = await write(() => api.store.update(id, patch));
      if (saved) setStatus(undefined);
      return saved;
    },
    onRemove: async (item) => {
      if (!(await write(() => api.store.remove([item.id])))) return;
      setStatus({ kind: 'done', text: t('list.deleted', { text: item.text }), undo: () => write(() => api.store.save([item])).then(() => setStatus(undefined)) });
    },
    onOpen: async (item) => {
      // the page beside the side panel scrolls to the passage; any other opens in a new tab
      const beside = api.tab && tabUrl === withoutFragment(item.url) && !item.orphan;
      if (beside && (await api.tab!.reveal(item.id).catch(() => false))) return;
      api.open(item.orphan ? item.url : textFragmentUrl(item.url, item.selectors.quote));
    },
  };

  const onExport = async (format: ExportFormat, scope: ExportScope) => {
    const chosen = scope === 'all' ? items : results;
    try {
      const text = renderExport(format, chosen, await api.places.forItems(chosen));
      const file = exportFileName(format);
      api.download(file, EXPORT_FILES[format].type, text);
      setStatus({ kind: 'done', text: t('export.done', { file, count: chosen.length }) });
    } catch (e) {
      setStatus({ kind: 'error', text: t('export.failed', { error: (e as Error).message }) });
    }
  };

  const onImport = async (file: File) => {
    const result = await importWebAnnotationFile(file);
    if (!result.ok) {
      setStatus({ kind: 'error', text: t('import.problems', { file: file.name }), problems: result.problems });
      return;
    }
    // an id the collection holds with other content keeps the collection's item, and the reader hears which
    const differing = differingDuplicates(items, result.items);
    let added = 0;
    const ok = await write(async () => {
      added = await api.store.addNew(result.items);
    });
    const text = t('import.added', { file: file.name, added, duplicates: result.items.length - added });
    if (ok && !differing.length) setStatus({ kind: 'done', text });
    else if (ok) setStatus({ kind: 'done', text: `${text} ${t('import.differ', { count: differing.length })}`, problems: differing.map((item) => ({ where: item.id, what: item.text })) });
    else setStatus((s) => s && { ...s, text: t('import.failed', { file: file.name, error: s.text }) });
  };

  const pick = (placeCode: string | undefined) => setFilter((f) => ({ ...f, placeCode }));
  const size = SIZES[layout];

  if (tabUrl === null) return <p class="status">{t('collection.loading')}</p>;
  if (tabUrl && !whole) return <PageItems items={items} url={tabUrl} total={items.length} lookup={lookup} actions={actions} onWhole={() => setWhole(true)} />;
  return (
    <div class={`collection ${layout}`}>
      <header>
        <h1>{t('collection.title')}</h1>
        {layout === 'panel' && tabUrl && (
          <button type="button" class="link" onClick={() => setWhole(false)}>
            {t('panel.thisPage')}
          </button>
        )}
        {layout === 'panel' && (
          <button type="button" class="link" onClick={() => api.openFullView()}>
            {t('collection.openFull')}
          </button>
        )}
        <p class="counts" data-testid="counts">
          {t('collection.shown', { shown: results.length, total: items.length })}
        </p>
      </header>
      <StatusMessage status={status} />
      <BrokenItems
        broken={broken}
        onDelete={async (id) => {
          await api.store.remove([id]);
          api.announce();
          await reload();
        }}
      />
      {items.length === 0 && <p class="status">{t('collection.empty')}</p>}
      <div class="columns">
        <aside class="side">
          <Fold layout={layout} title={t('filter.heading')}>
            <FilterPanel filter={filter} facets={facets} onChange={setFilter} />
            <PlacePicker tree={tree} selected={filter.placeCode} onPick={pick} />
          </Fold>
          <Fold layout={layout} title={`${t('export.heading')} · ${t('import.heading')}`}>
            <ExportImport total={items.length} shown={results.length} onExport={onExport} onImport={onImport} />
          </Fold>
        </aside>
        <main class="main">
          <Fold layout={layout} title={`${t('map.heading')} · ${t('chart.heading')}`}>
            <div class="figures">
              <section class="map-section" aria-labelledby="map-heading">
                <h2 id="map-heading">{t('map.heading')}</h2>
                {outlines instanceof Error && <p class="status error">{t('map.unavailable', { error: outlines.message })}</p>}
                {!outlines && <p class="status">{t('map.loading')}</p>}
                {regions && <CollectionMap regions={regions} places={places} selected={filter.placeCode} onPick={pick} width={size.map[0]} height={size.map[1]} />}
                {regions && places.length === 0 && <p class="status">{t('map.none')}</p>}
                {loaded && <p class="help">{t('map.source', loaded.source)}</p>}
              </section>
              <section class="chart-section" aria-labelledby="chart-heading" data-testid="chart-section">
                <h2 id="chart-heading">{t('chart.heading')}</h2>
                <SeriesChart items={results} placeCode={filter.placeCode} width={size.chart[0]} height={size.chart[1]} />
              </section>
            </div>
          </Fold>
          <FactConflicts items={results} />
          <ResultList items={results} lookup={lookup} order={order} onOrder={setOrder} {...actions} />
        </main>
      </div>
    </div>
  );
}
