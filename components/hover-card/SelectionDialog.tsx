// The dialog that saves the reader's selection (the context menu's item, Alt+Shift+S): beside
// the selected text, the passage, then a note and tags before saving.
import { useRef } from 'preact/hooks';
import { useT } from '../i18n';
import { CardTop } from './CardTop';
import { SaveForm, type SaveItem } from './SaveForm';
import { useBeside } from './use-beside';

export interface SelectionDialogProps {
  range: Range;
  text: string;
  dark: boolean;
  onSave: SaveItem;
  onClose(): void;
}

export function SelectionDialog({ range, text, dark, onSave, onClose }: SelectionDialogProps) {
  const { t } = useT();
  const dialog = useRef<HTMLDivElement>(null);
  useBeside(dialog, range);
  return (
    <div ref={dialog} class={dark ? 'card dark' : 'card'} role="dialog" aria-label={t('save.selection')}>
      <CardTop kind={t('save.selection')} onClose={onClose} />
      <p class="value">{text}</p>
      <SaveForm onSave={onSave} onCancel={onClose} />
    </div>
  );
}
