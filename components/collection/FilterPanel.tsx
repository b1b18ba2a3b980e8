// The collection's filters other than place: words, kind, figure type, site, tag and a date
// range. Each select offers only what the collection holds.
import type { FigureType } from '../../lib/annotation';
import type { CollectionFacets, ItemKind } from '../../lib/collection/facets';
import type { CollectionFilter } from '../../lib/collection/query';
import { useT } from '../i18n';

interface Props {
  filter: CollectionFilter;
  facets: CollectionFacets;
  onChange(filter: CollectionFilter): void;
}

interface SelectProps {
  id: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
  onChange(value: string | undefined): void;
}

function Select({ id, label, value, options, onChange }: SelectProps) {
  const { t } = useT();
  return (
    <label class="field" for={id}>
      <span>{label}</span>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">{t('filter.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterPanel({ filter, facets, onChange }: Props) {
  const { t } = useT();
  const set = (patch: Partial<CollectionFilter>) => onChange({ ...filter, ...patch });
  const plain = (values: string[]) => values.map((value) => ({ value, label: value }));
  return (
    <section class="filters" aria-labelledby="filter-heading">
      <h2 id="filter-heading">{t('filter.heading')}</h2>
      <label class="field search" for="filter-text">
        <span>{t('filter.search')}</span>
        <input id="filter-text" type="search" value={filter.text ?? ''} placeholder={t('filter.searchPlaceholder')} onInput={(e) => set({ text: e.currentTarget.value || undefined })} />
      </label>
      <Select
        id="filter-kind"
        label={t('filter.kind')}
        value={filter.kind}
        options={facets.kinds.map((kind) => ({ value: kind, label: t(`kind.${kind}` as const) }))}
        // A figure type only narrows figures: choosing another kind drops it.
        onChange={(kind) => set({ kind: kind as ItemKind | undefined, figureType: kind && kind !== 'figure' ? undefined : filter.figureType })}
      />
      {filter.kind !== 'place' && filter.kind !== 'passage' && facets.figureTypes.length > 0 && (
        <Select
          id="filter-figure-type"
          label={t('filter.figureType')}
          value={filter.figureType}
          options={facets.figureTypes.map((type) => ({ value: type, label: t(`figure.${type}` as const) }))}
          onChange={(type) => set({ figureType: type as FigureType | undefined })}
        />
      )}
      {facets.sites.length > 0 && <Select id="filter-site" label={t('filter.site')} value={filter.site} options={plain(facets.sites)} onChange={(site) => set({ site })} />}
      {facets.tags.length > 0 && <Select id="filter-tag" label={t('filter.tag')} value={filter.tag} options={plain(facets.tags)} onChange={(tag) => set({ tag })} />}
      <div class="dates">
        <label class="field" for="filter-from">
          <span>{t('filter.from')}</span>
          <input id="filter-from" type="date" value={filter.from ?? ''} max={filter.to} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
        </label>
        <label class="field" for="filter-to">
          <span>{t('filter.to')}</span>
          <input id="filter-to" type="date" value={filter.to ?? ''} min={filter.from} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
        </label>
      </div>
      <button type="button" class="link" onClick={() => onChange({})} disabled={Object.values(filter).every((v) => v === undefined)}>
        {t('filter.clear')}
      </button>
    </section>
  );
}
