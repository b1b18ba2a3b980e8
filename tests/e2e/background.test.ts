// The background in Chromium with the built extension: the place index fetched from the bundle,
// the messages of lib/messaging/protocol.ts, the toolbar badge, the highlight style sheet in pages (for
// highlights and for the fallback's marks) and its change with the settings, and a service worker restarted from nothing. Prints how long the
// first and a warm extraction take and the worker's heap (measures, not assertions).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { FIGURE_HIGHLIGHT, FIGURE_MARK, MARK_FLASH_ATTRIBUTE, MARK_TAG, placeHighlight, placeMark } from '../../lib/page/highlight-names';
import type { ExtractResponse, RequestOf, ToBackground } from '../../lib/messaging/protocol';
import type { PlaceFacts } from '../../lib/gazetteer/types';
import { startTestEnvironment, type TestEnvironment } from './browser';

const TEXT = '淄博市淄川区龙泉镇台头村党支部书记介绍，全区去年完成固定资产投资3642.40亿元。';

let env: TestEnvironment;
let extensionPage: Page;
let cdp: CDPSession;

type BackgroundRequest = RequestOf<ToBackground, keyof ToBackground>;

/** Sends a message to the background from an extension page, as the popup does; with its round trip time. */
function send<T>(message: BackgroundRequest): Promise<{ ms: number; response: T }> {
  return extensionPage.evaluate(async (m) => {
    const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
    const start = performance.now();
    const response = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - start, response };
  }, message);
}

const places = (annotations: Annotation[]) => annotations.flatMap((a) => (a.kind === 'place' ? [`${a.text}/${a.place.code}`] : []));

/** The service worker's used JS heap in MB, read through the DevTools protocol (performance.memory is not there). */
async function workerHeapMb(): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${env.extensionId}/`));
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker!.targetId, flatten: false });
  const call = (id: number, method: string) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      const listener = (event: { message: string }) => {
        const reply = JSON.parse(event.message) as { id: number; result: { usedSize?: number } };
        if (reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', listener);
        resolve(reply.result);
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await call(1, 'HeapProfiler.collectGarbage');
  const { usedSize } = await call(2, 'Runtime.getHeapUsage');
  await cdp.send('Target.detachFromTarget', { sessionId });
  return Math.round((usedSize ?? 0) / 1e5) / 10;
}

beforeAll(async () => {
  env = await startTestEnvironment();
  extensionPage = await env.withExtension.newPage();
  // Any page of the extension's origin can message the background; a bundled data file runs no script of its own.
  await extensionPage.goto(`chrome-extension://${env.extensionId}/gazetteer/world.json`);
  cdp = await env.withExtension.newCDPSession(extensionPage);
});

afterAll(async () => {
  await env?.close();
});

describe('nf:extract and nf:lookup', () => {
  it("links the text's places down to the village (Shandong's pack loads) and reads its figures", async () => {
    const cold = await send<ExtractResponse>({ type: 'nf:extract', text: TEXT, host: 'example.com' });
    const warm = await send<ExtractResponse>({ type: 'nf:extract', text: TEXT, host: 'example.com' });
    console.log(`nf:extract right after startup: ${cold.ms.toFixed(0)} ms; warm: ${warm.ms.toFixed(1)} ms`);
    console.log(`service worker heap with the core and Shandong's villages: ${await workerHeapMb()} MB`);
    expect(cold.response.lang).toBe('zh');
    expect(places(cold.response.annotations)).toEqual(['淄博市/370300000000', '淄川区/370302000000', '龙泉镇/370302112000', '台头村/370302112206']);
    expect(cold.response.annotations).toContainEqual(
      expect.objectContaining({ kind: 'figure', text: '3642.40亿元', figure: expect.objectContaining({ type: 'money', value: 364240000000, unit: 'CNY' }) }),
    );
    expect(warm.response).toEqual(cold.response);
  });

  it("answers a place's facts, and null for an unknown code", async () => {
    const { response } = await send<PlaceFacts>({ type: 'nf:lookup', code: '370302000000' });
    expect(response.path.map((p) => p.name)).toEqual(['山东省', '淄博市', '淄川区']);
    expect(response.english).toBe('Zichuan District');
    expect((await send({ type: 'nf:lookup', code: '999999999999' })).response).toBeNull();
  });
});

describe('nf:count', () => {
  it("shows the count on the sender tab's badge, and nothing for none", async () => {
    const badge = () =>
      extensionPage.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
        return chrome.action.getBadgeText({ tabId: (await chrome.tabs.getCurrent())!.id });
      });
    await send({ type: 'nf:count', count: 42 });
    expect(await badge()).toBe('42');
    await send({ type: 'nf:count', count: 0 });
    expect(await badge()).toBe('');
  });
});

describe('the highlight style sheet', () => {
  it('styles the highlights in pages, and follows the settings', async () => {
    const page = await env.withExtension.newPage();
    await page.goto(env.fixtureUrl('county-report.html'));
    // Our own ranges under the shared names: the background's style sheet is what is tested.
    const backgrounds = () =>
      page.evaluate((names) => {
        const block = document.querySelector('p')!;
        return names.map((name) => {
          const range = new Range();
          range.selectNodeContents(block);
          CSS.highlights.set(name, new Highlight(range));
          return getComputedStyle(block, `::highlight(${name})`).backgroundColor;
        });
      }, [FIGURE_HIGHLIGHT, placeHighlight('county')]);
    await expect.poll(backgrounds).toEqual(['rgb(238, 221, 136)', 'rgb(68, 187, 153)']);
    // The marks of the fallback for browsers without the Highlight API, a flashed one too.
    const markBackgrounds = await page.evaluate(
      ({ tag, attributes, flash }) =>
        attributes.map((marked, i) => {
          const mark = document.body.appendChild(document.createElement(tag));
          for (const [name, value] of Object.entries(marked)) mark.setAttribute(name, value);
          if (i === attributes.length - 1) mark.setAttribute(flash, '');
          return getComputedStyle(mark).backgroundColor;
        }),
      { tag: MARK_TAG, attributes: [FIGURE_MARK, placeMark('county'), placeMark('county')], flash: MARK_FLASH_ATTRIBUTE },
    );
    expect(markBackgrounds).toEqual(['rgb(238, 221, 136)', 'rgb(68, 187, 153)', 'rgb(255, 150, 50)']);

    const store = (settings: unknown) =>
      env.withExtension.serviceWorkers()[0].evaluate(async (stored) => {
        const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
        await (stored ? chrome.storage.local.set({ settings: stored }) : chrome.storage.local.remove('settings'));
      }, settings);
    await store({ colours: { figure: '#00ff00' }, categories: { figure: true, place: false } });
    await expect.poll(async () => (await backgrounds())[0]).toBe('rgb(0, 255, 0)');
    expect((await backgrounds())[1]).not.toBe('rgb(68, 187, 153)');
    await store(null);
    await expect.poll(backgrounds).toEqual(['rgb(238, 221, 136)', 'rgb(68, 187, 153)']);
    await page.close();
  });
});

describe('a page still loading', () => {
  it('has its highlights coloured before it has loaded (its image takes 10 s)', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/slow.png') setTimeout(() => response.writeHead(404).end(), 10_000);
      else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><p>${TEXT}</p><img src="/slow.png">`);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const page = await env.withExtension.newPage();
    void page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).catch(() => {}); // closed before it loads
    await page.waitForFunction(
      (name) => getComputedStyle(document.querySelector('p')!, `::highlight(${name})`).backgroundColor === 'rgb(238, 221, 136)' && CSS.highlights.has(name),
      FIGURE_HIGHLIGHT,
    );
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
    server.closeAllConnections();
    server.close();
  });
});

describe('a restarted service worker', () => {
  it('loads the places again and answers as before', async () => {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const { ms, response } = await send<ExtractResponse>({ type: 'nf:extract', text: TEXT, host: 'example.com' });
    console.log(`nf:extract after the service worker was stopped: ${ms.toFixed(0)} ms`);
    expect(places(response.annotations)).toContain('台头村/370302112206');
  });
});
