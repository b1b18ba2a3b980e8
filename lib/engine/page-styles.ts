// Puts the highlight style sheet (highlight-css.ts) into pages, in every frame, as a sheet the
// browser adds (no <style> element: the page's DOM stays untouched): browser.scripting where the
// browser has it (Chrome MV3, Firefox 102 and later), else the tabs API of Firefox's MV2.
// Changing it means removing the exact old text, then inserting the new. The sheet is of the
// author origin: Chromium 156 paints neither the background nor the colour of a ::highlight()
// rule from a user-origin sheet (only its text decoration).
import { browser } from 'wxt/browser';

/** Firefox MV2's tabs.insertCSS and removeCSS (Chrome's typings lack removeCSS). */
interface LegacyCssTabs {
  insertCSS(tabId: number, details: LegacyCssDetails): Promise<void>;
  removeCSS(tabId: number, details: LegacyCssDetails): Promise<void>;
}
interface LegacyCssDetails {
  code: string;
  allFrames: boolean;
  cssOrigin: 'author';
}

function changeStyleSheet(change: 'insert' | 'remove', tabId: number, css: string): Promise<void> {
  if (browser.scripting?.insertCSS) {
    const injection = { target: { tabId, allFrames: true }, css, origin: 'AUTHOR' as const };
    return change === 'insert' ? browser.scripting.insertCSS(injection) : browser.scripting.removeCSS(injection);
  }
  const tabs = browser.tabs as unknown as LegacyCssTabs;
  const details: LegacyCssDetails = { code: css, allFrames: true, cssOrigin: 'author' };
  return change === 'insert' ? tabs.insertCSS(tabId, details) : tabs.removeCSS(tabId, details);
}

/** Whether a tab shows a page NewsFacts annotates (not the browser's own pages). */
export const isStylable = (url: string | undefined): boolean => /^(https?|file):/.test(url ?? '');

/** Replaces the style sheet `old` with `css` in a tab; `old` equal to `css` makes inserting twice harmless. */
export async function restyleTab(tabId: number, old: string, css: string): Promise<void> {
  await changeStyleSheet('remove', tabId, old);
  await changeStyleSheet('insert', tabId, css);
}

/** Replaces `old` with `css` in every open page, after the settings change. */
export async function restyleAllTabs(old: string, css: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && isStylable(tab.url))
      .map((tab) => restyleTab(tab.id!, old, css).catch((error: unknown) => console.warn(`[NewsFacts] could not restyle ${tab.url}:`, error))),
  );
}
