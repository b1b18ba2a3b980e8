// A hostile page's own script (issue 10), for the hostile-page tests of both browsers: it runs
// first in the page's <head>, before the content script, patches Element.prototype.attachShadow,
// watches the DOM for our elements, and offers the test what the page can read (__readAll) and a
// way to open a card with synthetic events (__forge).
import { evaluateIn } from './browser';
import type { AnyPage } from './card';

// The hostile page's script, first in its <head>: it runs before the content script (document_idle).
export const HOSTILE_SCRIPT = `<script>
(() => {
  const stolen = (window.__stolen = { roots: [], seen: [] });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    stolen.roots.push(root);
    return root;
  };
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('newsfacts-ui')) stolen.seen.push(el.shadowRoot ? el.shadowRoot.textContent : null);
  }).observe(document.documentElement, { childList: true, subtree: true });
  // Everything the page can read: its DOM with every open shadow root (its own included), the
  // roots its patched attachShadow caught, and the highlight registry.
  window.__readAll = () => {
    const texts = [];
    const walk = (root) => {
      texts.push(root.textContent || '');
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document.documentElement);
    for (const root of stolen.roots) walk(root);
    const highlights = [...CSS.highlights].map(([name, h]) => name + ':' + [...h].map(String).sort().join('|')).sort();
    return { texts: texts.join('\\n') + stolen.seen.join('\\n'), highlights, hosts: document.querySelectorAll('newsfacts-ui').length, shadow: [...document.querySelectorAll('newsfacts-ui')].map((el) => el.shadowRoot === null) };
  };
  // Opens a card the way a script can: synthetic events at a place's text and the step shortcut.
  window.__forge = (wanted) => {
    const ranges = [...CSS.highlights].flatMap(([, h]) => [...h]).filter((r) => r.toString() === wanted);
    for (const range of ranges) {
      const rect = range.getClientRects()[0];
      const x = rect.x + rect.width / 2, y = rect.y + rect.height / 2;
      const target = document.elementFromPoint(x, y) || document.body;
      target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true }));
    }
    for (const target of [window, document, document.body]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
    }
    return ranges.length;
  };
})();
</script>`;

export interface PageView {
  texts: string;
  highlights: string[];
  hosts: number;
  shadow: boolean[];
}
export const readAll = (tab: AnyPage) => evaluateIn(tab, () => (window as unknown as { __readAll(): PageView }).__readAll(), null);
/** The registry without the flash of a fact the reader stepped to (it fades after FLASH_MS). */
export const lasting = (view: PageView) => view.highlights.filter((h) => !h.startsWith('newsfacts-flash:'));
/** Two animation frames: the card controller hit-tests once per frame and steps at once, so a card a forged event opened is there by then. */
export const frames = (tab: AnyPage) => evaluateIn(tab, () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))), null);

/** Has the page dispatch synthetic events at the highlighted `text` and the step shortcut; how many ranges it aimed at. */
export const forge = (tab: AnyPage, text: string) => evaluateIn(tab, (wanted) => (window as unknown as { __forge(text: string): number }).__forge(wanted), text);
