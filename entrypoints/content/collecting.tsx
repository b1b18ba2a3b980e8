// The content script's part in collecting: saving facts and selections through the background
// (the collection lives in the extension's IndexedDB, out of a page's reach), and, once the page
// is annotated, its saved items found again in its text: a saved fact's card says so, and the
// items not found are reported as orphans. Saved passages are not marked in the page: the DOM and
// CSS.highlights are shared with the page's scripts, which must not learn what the reader saved.
import { CardHost } from '../../components/hover-card/card-host';
import { typingFocused } from './card-controller';
import type { LinkedItems } from '../../components/hover-card/LinkedFacts';
import { SelectionDialog } from '../../components/hover-card/SelectionDialog';
import type { CollectedItem } from '../../lib/collection/item';
import type { UiLang } from '../../lib/i18n';
import type { Client } from '../../lib/messaging/client';
import type { ContentToBackground, MarkOrphansRequest, SaveResponse } from '../../lib/messaging/protocol';
import { factItems, pageMeta } from '../../lib/page/collect';
import { collectedItem, type PageMeta } from '../../lib/collection/from-document';
import type { PageFact } from '../../lib/page/facts';
import { offsetsOf, rangeAt, type PageText } from '../../lib/page/page-text';
import type { PageSession } from '../../lib/page/session';
import { isDarkBehind } from '../../lib/page/theme';
import { withoutFragment } from '../../lib/util/url';
import { distinctFacts } from '../../lib/collection/distinct-facts';

/** The place a figure is about (its subject), which keeps the same value of two places apart. */
const placeCodeOf = (fact: PageFact): string | undefined => {
  const { annotation } = fact;
  return annotation.kind === 'figure' ? (annotation.figure.subject?.code ?? annotation.figure.subject?.name) : undefined;
};

export interface CollectingOptions {
  document: Document;
  session(): PageSession | undefined;
  /** Brings a fact into view and flashes it (as the popup's reveal does). */
  reveal(fact: PageFact): void;
  language(): UiLang;
  /** The background; its answers reject with its { error } message. */
  background: Client<ContentToBackground>;
}

export interface Collecting {
  /** Whether a fact was found saved on the page (its card says "Saved"); saving finds the page's items again. */
  isSaved(fact: PageFact): boolean;
  /** The page's saved items, found again in its text now (by the background): highlighted, and the orphans reported. */
  restore(): Promise<void>;
  /** Scrolls to a saved item found on the page and flashes it; false when it is not on the page. */
  revealItem(id: string): boolean;
  /** Saves facts of the page (one from its card, with a note). */
  saveFacts(facts: readonly PageFact[], note?: string, tags?: string[]): Promise<SaveResponse>;
  /** Saves every fact shown, each distinct fact once (at its first mention, with how often the page mentions it). */
  savePage(facts: readonly PageFact[]): Promise<SaveResponse>;
  /** Opens the collection view on the reader's items about a place. */
  linked: LinkedItems;
  /** Opens the dialog that saves the reader's selection; a selection outside the article, in a field or in our own UI is ignored. */
  saveSelection(): void;
  closeDialog(): void;
}

export function createCollecting({ document, session: current, reveal, language, background }: CollectingOptions): Collecting {
  const saved = new WeakSet<PageFact>();
  /** Where the page's saved items were found, by item id, as of the last restore. */
  let found = new Map<string, Range>();
  const dialog = new CardHost(document);
  const url = () => withoutFragment(document.URL);

  async function restore(): Promise<void> {
    const session = current();
    if (!session) return;
    // Most pages hold no saved item: only a page that does has its whole text read and sent to be
    // searched (a megabyte on a long page, a long task of its own).
    if ((await background.ask({ type: 'nf:page-items', url: url() })).length === 0) {
      found = new Map();
      return;
    }
    const text = session.text();
    const items = await background.ask({ type: 'nf:page-items', url: url(), text: text.text });
    const report: MarkOrphansRequest = { type: 'nf:mark-orphans', orphans: [], anchored: [] };
    found = new Map();
    for (const item of items) {
      const range = item.orphan ? undefined : rangeAt(text, item.selectors.position);
      (range ? report.anchored : report.orphans).push(item.id);
      if (!range) continue;
      found.set(item.id, range);
      for (const fact of session.annotator.index.at(range.startContainer, range.startOffset)) if (fact.annotation.text === item.annotation?.text) saved.add(fact);
    }
    if (items.length > 0) await background.ask(report);
  }

  // Saves items made from the page text now, with the reader's note and tags, then shows them saved.
  async function save(make: (text: PageText, meta: PageMeta) => CollectedItem[], note = '', tags: string[] = []): Promise<SaveResponse> {
    const session = current();
    if (!session) throw new Error('NewsFacts is off for this site');
    const meta = pageMeta(document, session.annotator.index.all());
    const items = make(session.text(), meta).map((item) => (note ? { ...item, note, tags } : { ...item, tags }));
    const answer = await background.ask({ type: 'nf:save', items });
    await restore();
    return answer;
  }


  // A saved fact flashes as the fact it is; a passage of the reader's own is scrolled to the middle.
  function revealItem(id: string): boolean {
    const range = found.get(id);
    if (!range?.startContainer.isConnected) return false;
    const fact = current()?.annotator.index.at(range.startContainer, range.startOffset).find((f) => f.range.toString() === range.toString());
    if (fact) reveal(fact);
    else range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    return true;
  }

  return {
    isSaved: (fact) => saved.has(fact),
    restore,
    revealItem,
    saveFacts: (facts, note, tags) => save((text, meta) => factItems(text, facts, meta), note, tags),
    savePage: (facts) =>
      save((text, meta) =>
        distinctFacts(facts, placeCodeOf).flatMap(({ fact, mentions }) => factItems(text, [fact], meta).map((item) => (mentions > 1 ? { ...item, mentions } : item))),
      ),
    linked: (code) => void background.ask({ type: 'nf:open-collection', code }).catch(() => undefined),
    saveSelection() {
      const session = current();
      const selection = document.getSelection();
      if (!session || !selection?.rangeCount || selection.isCollapsed || typingFocused(document, dialog.focused)) return;
      const range = selection.getRangeAt(0).cloneRange();
      const text = session.text();
      const at = offsetsOf(text, range);
      if (!at) return;
      // the offsets are taken again at save time: the page may have changed while the reader typed
      const onSave = (note: string, tags: string[]) =>
        save((now, meta) => [offsetsOf(now, range) ?? at].map(({ start, end }) => collectedItem(now.text, start, end, meta)), note, tags).then(() => undefined);
      const dark = isDarkBehind(range.startContainer.parentElement ?? document.body);
      dialog.show(<SelectionDialog range={range} text={text.text.slice(at.start, at.end)} dark={dark} onSave={onSave} onClose={() => dialog.hide()} />, language());
    },
    closeDialog: () => dialog.hide(),
  };
}
