// Looking inside the in-page card from a test. The card lives in a CLOSED shadow root (issue 10:
// a page's scripts must not read it), so neither the page's scripts nor Playwright's locators
// (which pierce open roots only) see into it. The DevTools protocol does: DOM.getDocument with
// `pierce` lists closed roots too, and Runtime.callFunctionOn runs a function with such a root as
// `this`. Only the test runner holds that session; no page script has anything like it. Clicks
// and typing then go through page.mouse and page.keyboard, trusted input like the reader's.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** The shadow roots of the <newsfacts-ui> hosts on the document element, as DevTools node ids. */
async function cardRoots(cdp: CDPSession): Promise<number[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as { root: DomNode };
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  return (html?.children ?? []).filter((n) => n.nodeName === 'NEWSFACTS-UI').flatMap((n) => (n.shadowRoots ?? []).map((r) => r.backendNodeId));
}

/**
 * Runs `fn` (the source of a function taking `arg`) with each card's shadow root as `this`, and
 * gives the first result that is not null; null when no card is shown or none gave one.
 */
export async function inCard<T>(page: Page, fn: string, arg: unknown = null): Promise<T | null> {
  const cdp = await session(page);
  for (const backendNodeId of await cardRoots(cdp)) {
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg }],
      returnByValue: true,
    })) as { result: { value?: T | null } };
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
    if (result.value !== undefined && result.value !== null) return result.value;
  }
  return null;
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
export const cardState = (page: Page) =>
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
export const cardText = async (page: Page) => (await cardState(page))?.text ?? null;

/**
 * Clicks, with the real mouse, the card's control (button or form field) whose visible text or
 * label matches `name` exactly, or starts with it when `prefix`.
 */
export async function clickInCard(page: Page, name: string, prefix = false): Promise<void> {
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
export async function hoverFact(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const ranges = [...CSS.highlights].flatMap(([name, h]) => (name.startsWith('newsfacts-') ? [...h] : [])) as Range[];
    const rect = ranges.find((r) => r.toString() === wanted)!.getClientRects()[0];
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, text);
  await page.mouse.move(box.x, box.y, { steps: 2 });
  await expect.poll(async () => (await cardText(page)) ?? '', { timeout: 5000 }).toContain(text);
}
