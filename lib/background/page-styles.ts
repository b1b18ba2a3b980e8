// Puts the highlight style sheet (highlight-css.ts) into pages as a sheet the browser adds (no
// <style> element: the page's DOM stays untouched): browser.scripting where the browser has it
// (Chrome MV3, Firefox 102 and later), else the tabs API of Firefox's MV2. Changing it means
// removing the exact old text, then inserting the new. The sheet is of the author origin:
// Chromium 156 paints neither the background nor the colour of a ::highlight() rule from a
// user-origin sheet (only its text decoration).
import { browser } from 'wxt/browser';

/** Firefox MV2's tabs.insertCSS and removeCSS (Chrome's typings lack removeCSS). */
interface LegacyCssTabs {
  insertCSS(tabId: number, details: LegacyCssDetails): Promise<void>;
  removeCSS(tabId: number, details: LegacyCssDetails): Promise<void>;
}
interface LegacyCssDetails {
  code: string;
  allFrames?: boolean;
  frameId?: number;
  cssOrigin: 'author';
}

/** A tab's frame, or every frame of the tab when frameId is left out. */
export interface StyleTarget {
  tabId: number;
  frameId?: number;
}

function changeStyleSheet(change: 'insert' | 'remove', { tabId, frameId }: StyleTarget, css: string): Promise<void> {
  if (browser.scripting?.insertCSS) {
    const target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
    const injection = { target, css, origin: 'AUTHOR' as const };
    return change === 'insert' ? browser.scripting.insertCSS(injection) : browser.scripting.removeCSS(injection);
  }
  const tabs = browser.tabs as unknown as LegacyCssTabs;
  const details: LegacyCssDetails = { code: css, cssOrigin: 'author', ...(frameId === undefined ? { allFrames: true } : { frameId }) };
  return change === 'insert' ? tabs.insertCSS(tabId, details) : tabs.removeCSS(tabId, details);
}

/** Whether a tab shows a page NewsFacts annotates (not the browser's own pages). */
const isStylable = (url: string | undefined): boolean => /^(https?|file):/.test(url ?? '');

/**
 * Replaces the style sheet `old` with `css`. With `old` equal to `css`, it inserts the sheet and
 * leaves one copy where the document may already hold one (styled before the service worker restarted).
 */
export async function restyle(target: StyleTarget, old: string, css: string): Promise<void> {
  await changeStyleSheet('remove', target, old);
  await changeStyleSheet('insert', target, css);
}

/** Replaces `old` with `css` in every frame of every open page, after the settings change. */
export async function restyleAllTabs(old: string, css: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && isStylable(tab.url))
      .map((tab) => restyle({ tabId: tab.id! }, old, css).catch((error: unknown) => console.warn(`[NewsFacts] could not restyle ${tab.url}:`, error))),
  );
}
