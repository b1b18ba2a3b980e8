// The clients of lib/messaging/client.ts over the real browser, one per direction: a content
// script or an extension page asks the background through runtime.sendMessage; the background and
// the popup reach one tab's content script through tabs.sendMessage.
import { browser } from 'wxt/browser';
import { createClient, type Client } from './client';
import type { BackgroundToContent, ContentToBackground, PagesToBackground, PopupToContent } from './protocol';

export const contentToBackground = (): Client<ContentToBackground> => createClient((message) => browser.runtime.sendMessage(message), 'background');

export const pagesToBackground = (): Client<PagesToBackground> => createClient((message) => browser.runtime.sendMessage(message), 'background');

export const backgroundToContent = (tabId: number): Client<BackgroundToContent> =>
  createClient((message) => browser.tabs.sendMessage(tabId, message), 'page');

/** The popup's client of the tab it works on (`tabId` gives undefined when there is none: then the page did not answer). */
export const popupToContent = (tabId: () => Promise<number | undefined>): Client<PopupToContent> =>
  createClient(async (message) => {
    const id = await tabId();
    return id === undefined ? undefined : browser.tabs.sendMessage(id, message);
  }, 'page');
