// The background holds the engine and the gazetteer, so nothing heavy runs on a page's main
// thread: it answers the content scripts and the extension pages (lib/messaging/protocol.ts), keeps the toolbar
// badge, styles the highlights in every page from the reader's settings, keeps the collection
// the pages save to, and passes the keyboard commands and the context menu on to the page.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { announceCollectionChange, CollectionStore } from '../lib/collection/store';
import { fetchedFiles } from '../lib/background/fetch-files';
import { backgroundHandlers, describeBackgroundError, type BackgroundDeps } from '../lib/background/handle-message';
import { highlightCss } from '../lib/background/highlight-css';
import { restyle, restyleAllTabs } from '../lib/background/page-styles';
import { createPlaceLoader } from '../lib/background/place-loader';
import { loadSettings, watchSettings } from '../lib/settings-store';
import { commandRequest, SAVE_SELECTION } from '../lib/background/step-command';
import { backgroundToContent } from '../lib/messaging/browser-clients';
import { listener } from '../lib/messaging/handlers';
import { StyledDocuments } from '../lib/background/styled-documents';
import { colourBadge, setBadge } from '../lib/background/toolbar-badge';
import type { Settings } from '../lib/settings';

/** How long after its start the background starts loading the places when no page has asked for them. */
const PRELOAD_DELAY_MS = 1000;

const warn = (what: string) => (error: unknown) => console.warn(`[NewsFacts] ${what}:`, error);

export default defineBackground(() => {
  const loader = createPlaceLoader(fetchedFiles(new URL('gazetteer/', browser.runtime.getURL('/')).href));
  let settings = loadSettings();
  // Each document gets the style sheet with its first extraction, before its highlights exist:
  // styling pages only once they have loaded left them uncoloured while images and ads loaded.
  const styled = new StyledDocuments();
  const deps: BackgroundDeps = {
    places: loader.places,
    placesFor: loader.placesFor,
    ahead: loader.ahead,
    settings: () => settings,
    setBadge,
    collection: {
      store: new CollectionStore(),
      announce: announceCollectionChange,
      openView: async (code) => void (await browser.tabs.create({ url: `${browser.runtime.getURL('/collection.html')}#place=${code}` })),
    },
    async styleDocument({ tab, frameId = 0, documentId, url = '' }) {
      const tabId = tab?.id;
      if (tabId === undefined) return;
      await styled.style({ tabId, frameId, document: documentId ?? url }, async () => {
        const css = highlightCss(await settings);
        await restyle({ tabId, frameId }, css, css);
      });
    },
  };

  // Loading starts soon, before most pages ask: the index, and the villages of the reader's home
  // province. A restarted service worker comes here again and starts again. Not at once: a worker
  // woken by a page gets that page's preview a moment later, and answers it first while the
  // loading would hold the thread (the page's full request starts the loading itself).
  const preload = (s: Settings): Promise<unknown> => (s.homeRegion ? loader.preloadVillages(s.homeRegion.slice(0, 2)) : loader.places());
  setTimeout(() => settings.then(preload).catch(warn('could not load the places')), PRELOAD_DELAY_MS);
  colourBadge().catch(warn('could not colour the badge'));

  browser.runtime.onMessage.addListener(listener(backgroundHandlers(deps), describeBackgroundError));

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') styled.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => styled.forgetTab(tabId));

  const passOn = (command: string, tab: { id?: number; url?: string } | undefined) => {
    const request = commandRequest(command);
    if (!request || tab?.id === undefined) return;
    backgroundToContent(tab.id).tell(request).catch(warn(`could not pass ${command} on to ${tab.url}`));
  };
  browser.commands.onCommand.addListener(passOn);

  // Made afresh at every start: menus do not outlive a restarted background in every browser.
  browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: SAVE_SELECTION, title: browser.i18n.getMessage('menuSaveSelection'), contexts: ['selection'] }))
    .catch(warn('could not add the context menu'));
  browser.contextMenus.onClicked.addListener((info, tab) => passOn(String(info.menuItemId), tab));

  watchSettings((next, previous) => {
    settings = Promise.resolve(next);
    restyleAllTabs(highlightCss(previous), highlightCss(next)).catch(warn('could not restyle the pages'));
    if (next.homeRegion !== previous.homeRegion) preload(next).catch(warn('could not load the home villages'));
  });
});
