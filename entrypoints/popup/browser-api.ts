// The popup's PopupApi over the real browser: the tab it was opened over, its content script,
// the settings in storage.
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup/popup-api';
import { pagesToBackground, popupToContent } from '../../lib/messaging/browser-clients';
import { extensionSettings } from '../../lib/settings-store';

// The tab to ask: `?tab=ID` when given (tests open the popup as a page of its own, where the
// active tab is the popup itself), otherwise the tab the popup was opened over.
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const page = popupToContent(targetTabId);
const background = pagesToBackground();

export const browserPopupApi: PopupApi = {
  settings: extensionSettings,
  async summary() {
    try {
      return await page.ask({ type: 'nf:summary' });
    } catch {
      // Pages the extension cannot run on (browser pages, the web store) have no listener.
      return null;
    }
  },
  async reveal(id) {
    await page.ask({ type: 'nf:reveal', id }).catch(() => undefined);
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  async savePage() {
    return (await page.ask({ type: 'nf:save-page' })).saved;
  },
  openCollection: () => void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') }),
  copy: (text) => navigator.clipboard.writeText(text),
  lookup: (code) => background.ask({ type: 'nf:lookup', code }),
};
