// One collected item: the passage in its sentence, where it was read (page title, site, date),
// what it is (a figure's value, a place's path), the reader's note and tags, editable in place,
// and the ways to open its page at the passage or delete it.
import { useState } from 'preact/hooks';
import { MAX_NOTE_LENGTH, type CollectedItem } from '../../lib/collection/item';
import { itemDate } from '../../lib/collection/query';
import type { PlaceLookup } from '../../lib/export/fields';
import { sentenceAround } from '../../lib/format/sentence';
import { formatFigureValue } from '../../lib/summary/figure-value';
import { useT } from '../i18n';

export interface ItemActions {
  /** Resolves to whether the change was saved (the editor stays open when it was not). */
  onUpdate(id: string, patch: { note?: string; tags: string[] }): Promise<boolean>;
  onRemove(item: CollectedItem): void;
  onOpen(item: CollectedItem): void;
}

interface Props extends ItemActions {
  item: CollectedItem;
  lookup: PlaceLookup;
}

/** Tags as typed: separated by commas (Chinese or Western) or 、, blanks dropped, each once. */
export const parseTags = (input: string): string[] => [...new Set(input.split(/[,，、]/).map((s) => s.trim()).filter(Boolean))];

/** What the item is, in words: 金额 ¥3,642,400,000 · 淄博市, 区县 山东省 > 淄博市 > 淄川区. */
function FactLine({ item, lookup }: { item: CollectedItem; lookup: PlaceLookup }) {
  const { lang, t } = useT();
  const a = item.annotation;
  if (!a) return <span class="fact">{t('list.passage')}</span>;
  if (a.kind === 'figure') {
    return (
      <span class="fact">
        <span class="type">{t(`figure.${a.figure.type}` as const)}</span> {formatFigureValue(a.figure, lang)}
        {item.context && <span class="context"> · {item.context.placeName}</span>}
      </span>
    );
  }
  const facts = a.place.code ? lookup(a.place.code) : undefined;
  const path = facts ? facts.path.map((u) => u.name) : a.place.path ?? [a.place.name];
  return (
    <span class="fact">
      <span class="type">{t(`level.${a.place.level}` as const)}</span> {path.join(' > ')}
      {a.place.code && <code class="code">{a.place.code}</code>}
    </span>
  );
}

function Editor({ item, onSave, onCancel }: { item: CollectedItem; onSave(note: string, tags: string[]): void; onCancel(): void }) {
  const { t } = useT();
  const [note, setNote] = useState(item.note ?? '');
  const [tags, setTags] = useState(item.tags.join(', '));
  const id = `edit-${item.id}`;
  return (
    <form
      class="editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(note.trim(), parseTags(tags));
      }}
    >
      <label class="field" for={`${id}-note`}>
        <span>{t('list.note')}</span>
        <textarea id={`${id}-note`} rows={2} maxLength={MAX_NOTE_LENGTH} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="field" for={`${id}-tags`}>
        <span>{t('list.tags')}</span>
        <input id={`${id}-tags`} value={tags} aria-describedby={`${id}-tags-help`} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <p id={`${id}-tags-help`} class="help">
        {t('list.tagsHelp')}
      </p>
      <div class="actions">
        <button type="submit">{t('list.save')}</button>
        <button type="button" onClick={onCancel}>
          {t('list.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ItemCard({ item, lookup, onUpdate, onRemove, onOpen }: Props) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const { before, after } = sentenceAround(item.selectors.quote.prefix, item.selectors.quote.suffix);
  return (
    <article class="card" data-id={item.id}>
      <blockquote class="passage">
        <span class="context">{before}</span>
        <mark>{item.text}</mark>
        <span class="context">{after}</span>
      </blockquote>
      <p class="facts">
        <FactLine item={item} lookup={lookup} />
        {item.mentions && <span class="mentions"> · {t('list.mentions', { count: item.mentions })}</span>}
      </p>
      <p class="source">
        <span class="title">{item.title || item.url}</span> · <span class="site">{item.site}</span> · <time dateTime={itemDate(item)}>{itemDate(item)}</time>
      </p>
      {editing ? (
        <Editor
          item={item}
          onCancel={() => setEditing(false)}
          onSave={(note, tags) => onUpdate(item.id, { note: note || undefined, tags }).then((saved) => saved && setEditing(false))}
        />
      ) : (
        <>
          {item.note && <p class="note">{item.note}</p>}
          {item.tags.length > 0 && (
            <ul class="tags" aria-label={t('list.tags')}>
              {item.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          <div class="actions">
            {/* an orphan's passage is not on its page any more: only the page can be opened */}
            <button type="button" class="link" onClick={() => onOpen(item)}>
              {t(item.orphan ? 'list.openPage' : 'list.open')}
            </button>
            <button type="button" class="link" onClick={() => setEditing(true)}>
              {t('list.edit')}
            </button>
            <button type="button" class="link danger" onClick={() => onRemove(item)}>
              {t('list.delete')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
