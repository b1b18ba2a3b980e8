// Asks the content script of a tab how many figures it highlighted.

import { browser } from 'wxt/browser';
import type { CountRequest, CountResponse } from '../content/messages';

// The tab to ask: `?tab=ID` when given (tests open the popup as a page of its own, where the
// active tab is the popup itself), otherwise the tab the popup was opened over.
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The number of figures highlighted on the tab, or null where no content script answers. */
export async function requestFigureCount(): Promise<number | null> {
  try {
    const tabId = await targetTabId();
    if (tabId === undefined) return null;
    const request: CountRequest = { type: 'newsfacts:count' };
    const response = (await browser.tabs.sendMessage(tabId, request)) as CountResponse | undefined;
    return typeof response?.figures === 'number' ? response.figures : null;
  } catch {
    // Pages the extension cannot run on (browser pages, the web store) have no listener.
    return null;
  }
}
