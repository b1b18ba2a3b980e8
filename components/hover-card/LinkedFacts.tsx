// A place's card links to what the reader saved about the place, or inside it: the collection
// view opens filtered to the place. The card itself shows nothing of the collection, not even
// whether it holds anything here: the card lives in the page's DOM, and whatever is there a
// hostile page's scripts could find a way to read (issue 10).
import { useT } from '../i18n';

/** Opens the collection view on a place's items (through the background). */
export type LinkedItems = (code: string) => void;

export function LinkedFacts({ code, linked }: { code: string; linked: LinkedItems }) {
  const { t } = useT();
  return (
    <div class="sources">
      <button type="button" onClick={() => linked(code)}>
        {t('card.linked')}
      </button>
    </div>
  );
}
