// The side panel's PanelTab over the real browser: the active tab of the panel's window (or
// `?tab=ID`, as the browser tests open the panel as a page of its own, like the popup), followed
// as the reader switches tabs or the tab loads another page, and its content script asked to
// reveal a saved item.
import { browser } from 'wxt/browser';
import type { PanelTab } from '../../components/collection/collection-api';
import { popupToContent } from '../../lib/messaging/browser-clients';
import { withoutFragment } from '../../lib/util/url';

const fixedTab = new URLSearchParams(location.search).get('tab');

async function tabId(): Promise<number | undefined> {
  if (fixedTab) return Number(fixedTab);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const page = popupToContent(tabId);

export const panelTab: PanelTab = {
  async url() {
    const id = await tabId();
    const tab = id === undefined ? undefined : await browser.tabs.get(id);
    return tab?.url && /^https?:/.test(tab.url) ? withoutFragment(tab.url) : undefined;
  },
  watch(onChange) {
    const updated = (_id: number, change: { url?: string; status?: string }) => (change.url || change.status === 'complete') && onChange();
    browser.tabs.onActivated.addListener(onChange);
    browser.tabs.onUpdated.addListener(updated);
    return () => {
      browser.tabs.onActivated.removeListener(onChange);
      browser.tabs.onUpdated.removeListener(updated);
    };
  },
  reveal: (itemId) => page.ask({ type: 'nf:reveal-item', id: itemId }),
};
