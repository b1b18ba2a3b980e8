// The toolbar button's badge, the number of facts on a tab's page: browser.action in MV3,
// browser.browserAction in Firefox's MV2 build.
import { browser } from 'wxt/browser';

/** A neutral grey: the badge counts, it does not warn. */
const BADGE_COLOUR = '#5f6368';

/** What both toolbar APIs offer for badges. */
interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

const toolbarButton = (): BadgeApi => browser.action ?? browser.browserAction;

/** Sets the colour of every tab's badge, once when the background starts. */
export async function colourBadge(): Promise<void> {
  await toolbarButton().setBadgeBackgroundColor({ color: BADGE_COLOUR });
}

export async function setBadge(tabId: number, text: string): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text });
}
