// Looking inside the in-page card from a test, in Chromium (Playwright) or Firefox (puppeteer over
// WebDriver BiDi). The card lives in a CLOSED shadow root (issue 10: a page's scripts must not read
// it), so neither the page's scripts nor Playwright's locators (which pierce open roots only) see
// into it. The browsers' remote protocols do, and only the test runner holds them: in Chromium,
// the DevTools protocol's DOM.getDocument with `pierce` lists closed roots too and
// Runtime.callFunctionOn runs a function with such a root as `this`; in Firefox, BiDi serialises
// an element with its shadow root, open or closed, and script.callFunction takes that root as
// `this`. Clicks and typing then go through page.mouse and page.keyboard, trusted input like the
// reader's, in either browser.
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { expect } from 'vitest';
import { bidiOf } from '../e2e-firefox/firefox';

/** A tab of either browser. */
export type AnyPage = PlaywrightPage | PuppeteerPage;

/** Playwright's pages (Chromium) have a context(); puppeteer's (Firefox) a browserContext(). */
export const isPlaywright = (page: AnyPage): page is PlaywrightPage => 'context' in page && typeof page.context === 'function';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();

function session(page: PlaywrightPage): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** Runs `fn` with each card root of the Chromium page as `this`; the results in order. */
async function inCardRootsCdp(page: PlaywrightPage, fn: string, arg: unknown): Promise<unknown[]> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as { root: DomNode };
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  const roots = (html?.children ?? []).filter((n) => n.nodeName === 'NEWSFACTS-UI').flatMap((n) => (n.shadowRoots ?? []).map((r) => r.backendNodeId));
  const results: unknown[] = [];
  for (const backendNodeId of roots) {
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg }],
      returnByValue: true,
    })) as { result: { value?: unknown } };
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
    results.push(result.value);
  }
  return results;
}

/** Runs `fn` with each card root of the Firefox page as `this`; the results in order. */
async function inCardRootsBidi(page: PuppeteerPage, fn: string, arg: unknown): Promise<unknown[]> {
  const { send, context } = bidiOf(page);
  const hosts = await page.$$(':root > newsfacts-ui');
  const results: unknown[] = [];
  for (const host of hosts) {
    const remote = (host as unknown as { remoteValue(): { value?: { shadowRoot?: { sharedId: string } | null } } }).remoteValue();
    const root = remote.value?.shadowRoot;
    if (!root) continue;
    // The result comes back as JSON text: BiDi's own serialisation of objects is typed, not plain.
    const { result } = (await send('script.callFunction', {
      functionDeclaration: `function (arg) { return JSON.stringify((${fn}).call(this, JSON.parse(arg))); }`,
      this: { sharedId: root.sharedId },
      arguments: [{ type: 'string', value: JSON.stringify(arg) }],
      target: { context },
      awaitPromise: false,
    })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
    if (result.type !== 'success') throw new Error(`in the card: ${result.exceptionDetails?.text}`);
    const text = result.result?.value;
    results.push(text === undefined ? undefined : JSON.parse(text));
    await host.dispose();
  }
  return results;
}

/**
 * Runs `fn` (the source of a function taking `arg`) with each card's shadow root as `this`, and
 * gives the first result that is not null; null when no card is shown or none gave one.
 */
export async function inCard<T>(page: AnyPage, fn: string, arg: unknown = null): Promise<T | null> {
  const results = isPlaywright(page) ? await inCardRootsCdp(page, fn, arg) : await inCardRootsBidi(page, fn, arg);
  return (results.find((value) => value !== undefined && value !== null) as T | undefined) ?? null;
}

export interface CardState {
  text: string;
  className: string;
  top: number;
  bottom: number;
  /** The text of the element focused in the card, if any. */
  focused: string | null;
  /** The accessible name of the focused form field (its label), if a field is focused. */
  focusedField: string | null;
}

/** The open card's (or dialog's) text, place and focus; null while none is shown. */
export const cardState = (page: AnyPage) =>
  inCard<CardState>(
    page,
    `function () {
      const card = this.querySelector('.card');
      if (!card) return null;
      const rect = card.getBoundingClientRect();
      const active = this.activeElement;
      const field = active && /^(INPUT|TEXTAREA)$/.test(active.tagName) ? (active.labels && active.labels[0] ? active.labels[0].textContent : active.getAttribute('aria-label')) : null;
      return { text: card.innerText, className: card.className, top: rect.top, bottom: rect.bottom, focused: active ? active.textContent : null, focusedField: field };
    }`,
  );

/** The open card's text, or null. */
export const cardText = async (page: AnyPage) => (await cardState(page))?.text ?? null;

/**
 * Clicks, with the real mouse, the card's control (button or form field) whose visible text or
 * label matches `name` exactly, or starts with it when `prefix`.
 */
export async function clickInCard(page: AnyPage, name: string, prefix = false): Promise<void> {
  const box = await inCard<{ x: number; y: number }>(
    page,
    `function ({ name, prefix }) {
      const label = (el) => ((el.labels && el.labels[0] ? el.labels[0].textContent : el.getAttribute('aria-label') || el.textContent) || '').trim();
      const el = [...this.querySelectorAll('button, input, textarea, a')].find((c) => (prefix ? label(c).startsWith(name) : label(c) === name));
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`,
    { name, prefix },
  );
  if (!box) throw new Error(`no control "${name}" in the card`);
  await page.mouse.click(box.x, box.y);
}

/** Points, with the real mouse, at the highlighted text `text` (its first range) and waits for its card. */
export async function hoverFact(page: AnyPage, text: string): Promise<void> {
  const centre = (wanted: string) => {
    const ranges = [...CSS.highlights].flatMap(([name, h]) => (name.startsWith('newsfacts-') ? [...h] : [])) as Range[];
    const rect = ranges.find((r) => r.toString() === wanted)!.getClientRects()[0];
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  };
  const box = isPlaywright(page) ? await page.evaluate(centre, text) : await page.evaluate(centre, text);
  await page.mouse.move(box.x, box.y, { steps: 2 });
  await expect.poll(async () => (await cardText(page)) ?? '', { timeout: 5000 }).toContain(text);
}

/** Saves the fact `text` from its card, with the real mouse and keyboard. */
export async function saveFromCard(tab: AnyPage, text: string, note: string): Promise<void> {
  await hoverFact(tab, text);
  await clickInCard(tab, 'Save');
  await expect.poll(async () => (await cardState(tab))?.focusedField, { timeout: 5000 }).toBe('Note');
  await tab.keyboard.type(note);
  await tab.keyboard.press('Enter');
  await expect.poll(async () => (await cardText(tab)) ?? '', { timeout: 5000 }).toContain('Saved');
  await tab.keyboard.press('Escape');
}

/** Waits until the card of the fact `text` says Saved: the page's saved items were found again (a card opened before says nothing). */
export async function expectSavedCard(page: AnyPage, text: string): Promise<void> {
  const card = async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    return hoverFact(page, text).then(() => cardText(page), () => '');
  };
  await expect.poll(card, { timeout: 15_000 }).toContain('Saved');
  await page.keyboard.press('Escape');
}
