// When the hover card opens and closes. The pointer opens a fact's card by resting on its text
// (found by hit-testing, as highlights are not elements) for a moment, as link previews do, so a
// pointer passing over the text on its way elsewhere opens nothing; it closes the card by leaving
// both the text and the card, after a grace period that lets it reach the card. Alt+Shift+N / Alt+Shift+P (or the background's
// commands, as step()) move to the next or previous fact, flash it and open its card with the
// keyboard focus in it; Alt+Shift+S opens the dialog that saves the selection; Escape closes the
// card and gives the focus back.
import type { PlaceFacts } from '../../lib/gazetteer/types';
import type { UiLang } from '../../lib/i18n';
import type { FactIndex, PageFact } from '../../lib/page/facts';
import { guarded } from '../../lib/page/guard';
import { factAtPoint } from '../../lib/page/hit-test';
import { scrollToFact } from '../../lib/page/reveal';
import { isDarkBehind } from '../../lib/page/theme';
import { once } from '../../lib/util/once';
import { CardHost } from '../../components/hover-card/card-host';
import { HoverCard } from '../../components/hover-card/HoverCard';
import type { LinkedItems } from '../../components/hover-card/LinkedFacts';

/** How long a card stays once the pointer left its text, so the pointer can reach the card. */
export const CLOSE_DELAY_MS = 300;

/**
 * How long the pointer rests on a fact before its card opens (hover intent). Link previews wait
 * about as long (Wikipedia's page previews 500 ms); a pointer crossing a line of text stays on a
 * word for far less.
 */
export const OPEN_DELAY_MS = 400;

export interface CardControllerOptions {
  document: Document;
  /** The facts on the page now (undefined while the site is switched off). */
  facts(): FactIndex | undefined;
  isShown(fact: PageFact): boolean;
  lookup(code: string): Promise<PlaceFacts | null>;
  language(): UiLang;
  flash(fact: PageFact): void;
  /** Whether the fact is in the reader's collection. */
  isSaved(fact: PageFact): boolean;
  /** Saves the fact with the reader's note and tags; rejects with a message for the reader. */
  save(fact: PageFact, note: string, tags: string[]): Promise<void>;
  /** Opens the collection view on the reader's items about a place. */
  linked: LinkedItems;
  /** Opens the dialog that saves the reader's selection (Alt+Shift+S). */
  saveSelection(): void;
}

interface OpenCard {
  fact: PageFact;
  /** Opened from the keyboard: it keeps the focus, and stays until closed or stepped from. */
  keyboard: boolean;
  /** Where the focus goes back to when a keyboard-opened card closes. */
  returnFocus: Element | null;
  /** The reader is saving the fact (typing a note): the card stays until closed. */
  pinned?: boolean;
}

type Listener = [EventTarget, string, EventListener, AddEventListenerOptions];

/**
 * Whether the keyboard focus is where the reader types (a form field or editable region); `inCard`
 * is the focused element inside our own card, whose closed root `document` cannot see into.
 */
export function typingFocused(document: Document, inCard: Element | null = null): boolean {
  let active = inCard ?? document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return false;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) || (active as HTMLElement).isContentEditable === true;
}

export class CardController {
  private readonly host: CardHost;
  private readonly listeners: Listener[];
  private readonly lookups = new Map<string, Promise<PlaceFacts | null>>();
  private open: OpenCard | undefined;
  private lastStepped: PageFact | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The fact under the pointer whose card opens if the pointer stays on it. */
  private intent: { fact: PageFact; timer: ReturnType<typeof setTimeout> } | undefined;
  private frame: number | undefined;
  private pointer = { x: 0, y: 0, overCard: false };

  constructor(private readonly options: CardControllerOptions) {
    const { document } = options;
    this.host = new CardHost(document);
    // Only the reader's own input counts: a page's script can dispatch events (isTrusted false)
    // to open a card, which would show it what the extension knows; the browser's are trusted.
    const trusted = (handle: (e: Event) => void) => guarded((e: Event) => e.isTrusted && handle(e));
    this.listeners = [
      [document, 'mousemove', trusted((e) => this.pointerMoved(e as MouseEvent)), { capture: true, passive: true }],
      [document, 'mousedown', trusted((e) => this.pressed(e)), { capture: true, passive: true }],
      [document.defaultView!, 'keydown', trusted((e) => this.keyPressed(e as KeyboardEvent)), { capture: true }],
    ];
  }

  start(): void {
    for (const [target, type, listener, options] of this.listeners) target.addEventListener(type, listener, options);
  }

  stop(): void {
    for (const [target, type, listener, options] of this.listeners) target.removeEventListener(type, listener, options);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.cancelIntent();
    this.close();
  }

  /** Closes the card when its fact left the page. */
  factsChanged(): void {
    if (this.open && this.options.facts()?.byId(this.open.fact.id) !== this.open.fact) this.close();
  }

  private isOverCard(event: Event): boolean {
    const host = this.host.element;
    return host !== undefined && event.composedPath().includes(host);
  }

  // Remembers the pointer and hit-tests once per frame, however fast the mouse moves.
  private pointerMoved(event: MouseEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY, overCard: this.isOverCard(event) };
    this.frame ??= requestAnimationFrame(
      guarded(() => {
        this.frame = undefined;
        this.hitTest();
      }),
    );
  }

  private hitTest(): void {
    const { x, y, overCard } = this.pointer;
    const facts = this.options.facts();
    const fact = overCard || !facts ? undefined : factAtPoint(facts, this.options.document, x, y, this.options.isShown);
    if (overCard || fact) this.cancelClose();
    if (fact !== this.intent?.fact) this.cancelIntent();
    if (this.open?.pinned) return;
    if (fact && fact !== this.open?.fact) this.intend(fact);
    else if (!overCard && !fact && this.open && !this.open.keyboard) this.closeSoon();
  }

  // Opens the fact's card once the pointer has rested on it for OPEN_DELAY_MS; moving to another
  // fact or off the text before then starts over (hitTest cancels it).
  private intend(fact: PageFact): void {
    if (this.intent?.fact === fact) return;
    const timer = setTimeout(
      guarded(() => {
        this.intent = undefined;
        if (!this.open?.pinned) this.show(fact, false);
      }),
      OPEN_DELAY_MS,
    );
    this.intent = { fact, timer };
  }

  private cancelIntent(): void {
    clearTimeout(this.intent?.timer);
    this.intent = undefined;
  }

  private pressed(event: Event): void {
    if (this.open && !this.isOverCard(event)) this.close();
  }

  private keyPressed(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      this.close();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    // The browser's own commands take these keys where it has them; this is the fallback for a
    // browser that gave them to another extension or left them unassigned.
    if (event.code === 'KeyS') {
      if (typingFocused(this.options.document, this.host.focused)) return;
      this.options.saveSelection();
      event.preventDefault();
      return;
    }
    const direction = event.code === 'KeyN' ? 1 : event.code === 'KeyP' ? -1 : 0;
    if (direction !== 0 && this.step(direction)) event.preventDefault();
  }

  /**
   * Moves to the next (1) or previous (-1) shown fact, from the open card or the top of the
   * viewport, wrapping around; not while the reader types in a field. Says whether it moved.
   */
  step(direction: 1 | -1): boolean {
    const facts = this.options.facts();
    if (!facts || typingFocused(this.options.document, this.host.focused)) return false;
    const shown = facts.all().filter(this.options.isShown);
    if (shown.length === 0) return false;
    const from = this.open?.fact ?? this.lastStepped;
    let i = from ? shown.indexOf(from) : -1;
    if (i >= 0) {
      i += direction;
    } else {
      const inView = facts.firstBelow(0, this.options.isShown);
      i = inView ? shown.indexOf(inView) : shown.length;
      if (direction === -1) i -= 1;
    }
    const target = shown[(i + shown.length) % shown.length];
    this.lastStepped = target;
    scrollToFact(target);
    this.options.flash(target);
    this.show(target, true);
    return true;
  }

  private show(fact: PageFact, keyboard: boolean): void {
    const { document } = this.options;
    const returnFocus = keyboard ? (this.open?.keyboard ? this.open.returnFocus : document.activeElement) : null;
    this.open = { fact, keyboard, returnFocus };
    const dark = isDarkBehind(fact.range.startContainer.parentElement ?? document.body);
    this.host.show(
      <HoverCard
        key={fact.id}
        fact={fact}
        dark={dark}
        focus={keyboard}
        lookup={(code) => this.lookup(code)}
        mentions={(code) => this.mentions(code)}
        linked={this.options.linked}
        saved={this.options.isSaved(fact)}
        onSave={(note, tags) => this.options.save(fact, note, tags)}
        onPin={() => {
          this.cancelClose();
          if (this.open) this.open.pinned = true;
        }}
        onClose={() => this.close()}
        onPointerEnter={() => this.cancelClose()}
        onPointerLeave={() => this.open?.keyboard || this.open?.pinned || this.closeSoon()}
      />,
      this.options.language(),
    );
  }

  close(): void {
    this.cancelClose();
    this.cancelIntent();
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    this.host.hide();
    const focusable = open.returnFocus as HTMLElement | null;
    if (open.keyboard && focusable?.isConnected && typeof focusable.focus === 'function') focusable.focus({ preventScroll: true });
  }

  private closeSoon(): void {
    this.closeTimer ??= setTimeout(
      guarded(() => {
        this.closeTimer = undefined;
        this.close();
      }),
      CLOSE_DELAY_MS,
    );
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  // Asked once per code while the content script runs; a failed lookup is asked again next time.
  private lookup(code: string): Promise<PlaceFacts | null> {
    return once(this.lookups, code, () => this.options.lookup(code));
  }

  private mentions(code: string): number {
    const facts = this.options.facts()?.all() ?? [];
    return facts.filter((fact) => this.options.isShown(fact) && fact.annotation.kind === 'place' && fact.annotation.place.code === code).length;
  }
}
