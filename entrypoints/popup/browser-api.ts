// The popup's PopupApi over the real browser: the tab it was opened over, its content script,
// the settings in storage.
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup/popup-api';
import type { ErrorResponse } from '../../lib/engine/handle-message';
import type { PageSummary, RevealRequest, SavePageRequest, SaveResponse, SummaryRequest } from '../../lib/messages';
import { extensionSettings } from '../../lib/settings-store';

// The tab to ask: `?tab=ID` when given (tests open the popup as a page of its own, where the
// active tab is the popup itself), otherwise the tab the popup was opened over.
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function sendToTab<T>(message: SummaryRequest | RevealRequest | SavePageRequest): Promise<T | undefined> {
  const tabId = await targetTabId();
  if (tabId === undefined) return undefined;
  return (await browser.tabs.sendMessage(tabId, message)) as T | undefined;
}

export const browserPopupApi: PopupApi = {
  settings: extensionSettings,
  async summary() {
    try {
      return (await sendToTab<PageSummary>({ type: 'nf:summary' })) ?? null;
    } catch {
      // Pages the extension cannot run on (browser pages, the web store) have no listener.
      return null;
    }
  },
  async reveal(id) {
    await sendToTab({ type: 'nf:reveal', id }).catch(() => undefined);
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  async savePage() {
    const answer = await sendToTab<SaveResponse | ErrorResponse>({ type: 'nf:save-page' });
    if (!answer) throw new Error('The page did not answer');
    if ('error' in answer) throw new Error(answer.error);
    return answer.saved;
  },
  openCollection: () => void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') }),
};
