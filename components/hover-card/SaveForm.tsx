// Saving to the collection from the page: an optional note and tags, then Save (Enter in either
// field saves too). Says "Saved" once the background has stored it, or the store's message (a
// full disk included) when it could not. Keys typed here stay out of the page's own shortcuts.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_NOTE_LENGTH } from '../../lib/collection/item';
import { useT } from '../i18n';

export type SaveItem = (note: string, tags: string[]) => Promise<void>;

/** Tags as typed: separated by commas (, ，、) or spaces. */
export const parseTags = (typed: string): string[] => [...new Set(typed.split(/[,，、\s]+/).filter(Boolean))];

export function SaveForm({ onSave, onCancel }: { onSave: SaveItem; onCancel?: () => void }) {
  const { t } = useT();
  // true once saved, else what went wrong
  const [status, setStatus] = useState<true | string>('');
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => (form.current?.[0] as HTMLInputElement | undefined)?.focus({ preventScroll: true }), []);

  if (status === true) return <p class="note">✓ {t('save.saved')}</p>;
  const submit = (event: Event) => {
    event.preventDefault();
    const [note, tags] = [...form.current!.querySelectorAll('input')].map((input) => input.value.trim());
    onSave(note, parseTags(tags)).then(
      () => setStatus(true),
      (error: Error) => setStatus(error.message),
    );
  };
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel?.();
    event.stopPropagation();
  };
  return (
    <form ref={form} class="save" onSubmit={submit} onKeyDown={keyDown}>
      <input aria-label={t('save.note')} placeholder={t('save.note')} maxLength={MAX_NOTE_LENGTH} />
      <input aria-label={t('save.tags')} placeholder={t('save.tags')} />
      <button type="submit">{t('save.save')}</button>
      {status && (
        <p class="error" role="alert">
          {status}
        </p>
      )}
    </form>
  );
}
