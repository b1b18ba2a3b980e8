// The card's place in the page: a <newsfacts-ui> element on the document element, present only
// while a card is shown, with the card rendered in its shadow root beside the card's own styles.
// The root is closed, and only this object holds it: the page's scripts share the DOM with the
// content script, and an open root would let them read the card (what the reader saved, the
// place's facts). The browser tests look inside through the DevTools protocol (tests/e2e/card.ts),
// which no page script has.
import { render, type ComponentChildren } from 'preact';
import { UI_ATTRIBUTE } from '../../lib/page/text-map';
import { LanguageContext } from '../i18n';
import { languageTag, type UiLang } from '../../lib/i18n';
import { CARD_CSS } from './styles';

export const HOST_TAG = 'newsfacts-ui';

// The card's styles: an adopted sheet where the browser allows it (page CSP does not apply to
// it), otherwise a <style> inside the shadow root (Firefox content scripts cannot adopt).
function addStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = CARD_CSS;
    shadow.append(style);
  }
}

export class CardHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;

  constructor(private readonly document: Document) {}

  /** The host element while a card is shown. */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** The element focused inside the card, if the focus is in it (the closed root hides it from `document`). */
  get focused(): Element | null {
    return this.shadow?.activeElement ?? null;
  }

  show(card: ComponentChildren, lang: UiLang): void {
    if (!this.host || !this.mount) {
      const host = this.document.createElement(HOST_TAG);
      host.setAttribute(UI_ATTRIBUTE, '');
      const shadow = host.attachShadow({ mode: 'closed' });
      this.shadow = shadow;
      addStyles(shadow);
      this.mount = this.document.createElement('div');
      shadow.append(this.mount);
      this.host = host;
    }
    if (!this.host.isConnected) this.document.documentElement.append(this.host);
    this.mount.lang = languageTag(lang);
    render(<LanguageContext.Provider value={lang}>{card}</LanguageContext.Provider>, this.mount);
  }

  hide(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = undefined;
    this.mount = undefined;
    this.shadow = undefined;
  }
}
