// The collection view's CollectionApi over the real browser: the store in the extension's
// IndexedDB, place facts from the background, the outlines from the bundle, new tabs, downloads.
// The full page and the side panel share it.
import { browser } from 'wxt/browser';
import type { CollectionApi } from '../../components/collection/collection-api';
import { lookupCache } from '../../lib/collection/lookup-cache';
import { announceCollectionChange, CollectionStore, watchCollection } from '../../lib/collection/store';
import { fetchedFiles } from '../../lib/background/fetch-files';
import { OUTLINES_FILE, type OutlinesFile } from '../../lib/map/outlines';
import { pagesToBackground } from '../../lib/messaging/browser-clients';
import { extensionSettings } from '../../lib/settings-store';

const background = pagesToBackground();
const gazetteerFiles = fetchedFiles(new URL('gazetteer/', browser.runtime.getURL('/')).href);

/** How long a downloaded file's Blob URL is kept: the browser has read it long before. */
const REVOKE_AFTER_MS = 60_000;

export const browserCollectionApi: CollectionApi = {
  settings: extensionSettings,
  store: new CollectionStore(),
  watch: watchCollection,
  announce: announceCollectionChange,
  startPlace: /^#place=(\d{1,12})$/.exec(location.hash)?.[1],
  places: lookupCache((code) => background.ask({ type: 'nf:lookup', code })),
  outlines: () => gazetteerFiles.readJson<OutlinesFile>(OUTLINES_FILE),
  open: (url) => void browser.tabs.create({ url }),
  openFullView: () => void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') }),
  download(fileName, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  },
};
