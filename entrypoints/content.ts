// Highlights the figures on every page once it has loaded, and tells the popup how many.

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extract } from '../lib/extract';
import { annotatePage } from '../lib/page/annotate';
import { isCountRequest, type CountResponse } from './content/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    let figures = 0;

    // Answered synchronously: the count is already known, and no response channel is kept open.
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (isCountRequest(message)) sendResponse({ figures } satisfies CountResponse);
    });

    // Nothing the extension does may break the page, so every failure stops here.
    try {
      const highlighting = annotatePage(document, (text) => extract(text));
      figures = highlighting.count;
      ctx.onInvalidated(() => {
        try {
          highlighting.remove();
        } catch (error) {
          console.warn('[NewsFacts] could not remove highlights', error);
        }
      });
    } catch (error) {
      console.warn('[NewsFacts] could not highlight figures', error);
    }
  },
});
