// The content script: annotates the article of every page whose site is switched on, through the
// engine in the background, and shows the hover card; answers the popup (summary, reveal, save
// every fact) and the background's commands (step from fact to fact, save the selection); finds
// the page's saved items again once it is annotated. Everything from the page's event loop is guarded.

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CardController } from './card-controller';
import type { Annotation } from '../../lib/annotation';
import { addMessages, resolveLanguage } from '../../lib/i18n';
import { contentToBackground } from '../../lib/messaging/browser-clients';
import { listener, type Handlers } from '../../lib/messaging/handlers';
import type { PageSummary, ToContent } from '../../lib/messaging/protocol';
import { guarded } from '../../lib/page/guard';
import { createHighlighter } from '../../lib/page/highlight';
import { pagePublicationDate } from '../../lib/page/page-date';
import { scrollToFact } from '../../lib/page/reveal';
import type { PageFact } from '../../lib/page/facts';
import { PageSession } from '../../lib/page/session';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../../lib/settings';
import { createCollecting } from './collecting';
import { loadSettings, watchSettings } from '../../lib/settings-store';

/** The badge's count is sent once the facts have settled for this long. */
const COUNT_DELAY_MS = 200;

// A failed save's message is written for the reader (NewsFacts off, a full disk): it goes to the popup as it is.
const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const host = location.hostname;
    const highlighter = createHighlighter();
    let settings: Settings = DEFAULT_SETTINGS;
    let session: PageSession | undefined;
    let countTimer: ReturnType<typeof setTimeout> | undefined;
    let countSent = 0;

    const isShown = (annotation: Annotation) => settings.categories[annotation.kind];
    const shownFacts = () => session?.annotator.shown() ?? [];

    const background = contentToBackground();
    // the style sheet goes in while the settings and the article are read, not after the first extraction
    background.ask({ type: 'nf:style', host }).catch((error: unknown) => console.warn('[NewsFacts] could not style the page', error));
    // read again when the address or the title changes: a single-page app may have put another article in place
    let dated: { page: string; date: string | undefined } | undefined;
    const publicationDate = () => {
      const page = `${location.href}\n${document.title}`;
      if (dated?.page !== page) dated = { page, date: pagePublicationDate(document) };
      return dated.date;
    };
    const extract = (text: string, preview?: boolean) =>
      background.ask({ type: 'nf:extract', text, host, date: publicationDate(), ...(preview && { preview }) });
    const lookup = (code: string) => background.ask({ type: 'nf:lookup', code });

    const language = () => resolveLanguage(settings.language);
    const reveal = (fact: PageFact) => {
      scrollToFact(fact);
      highlighter.flash(fact);
    };
    const collecting = createCollecting({ document, session: () => session, reveal, language, background });
    const card = new CardController({
      document,
      facts: () => session?.annotator.index,
      isShown: (fact) => isShown(fact.annotation),
      lookup,
      language,
      flash: (fact) => highlighter.flash(fact),
      isSaved: collecting.isSaved,
      save: async (fact, note, tags) => void (await collecting.saveFacts([fact], note, tags)),
      linked: collecting.linked,
      saveSelection: collecting.saveSelection,
    });

    const reportCount = guarded(async () => {
      countTimer = undefined;
      const count = shownFacts().length;
      if (count === countSent) return;
      countSent = count;
      await background.ask({ type: 'nf:count', count });
    });
    const factsChanged = () => {
      card.factsChanged();
      clearTimeout(countTimer);
      countTimer = setTimeout(reportCount, COUNT_DELAY_MS);
    };

    const stopSession = () => {
      collecting.closeDialog();
      session?.stop();
      session = undefined;
    };
    const startSession = () => {
      stopSession();
      session = new PageSession({ document, scope: settings.scope, extract, highlighter, isShown, onChange: factsChanged });
      session
        .start()
        .then(() => collecting.restore())
        .catch((error: unknown) => console.warn('[NewsFacts] could not annotate the page', error));
    };

    // A site switched off loses every highlight at once; switched on, it is annotated afresh.
    const applySettings = guarded((next: Settings) => {
      const previous = settings;
      settings = next;
      if (!isSiteEnabled(next, host)) {
        card.close();
        stopSession();
      } else if (!session || previous.scope !== next.scope) {
        startSession();
      } else if (previous.categories.figure !== next.categories.figure || previous.categories.place !== next.categories.place) {
        card.close();
        session.annotator.refresh();
      }
    });

    const summary = (): PageSummary => ({
      host,
      enabled: isSiteEnabled(settings, host),
      items: shownFacts().map((fact) => (fact.rates ? { id: fact.id, annotation: fact.annotation, rates: fact.rates.map((rate) => rate.id) } : { id: fact.id, annotation: fact.annotation })),
    });

    const revealFact = (id: number): boolean => {
      const fact = session?.annotator.index.byId(id);
      if (!fact || !isShown(fact.annotation)) return false;
      reveal(fact);
      return true;
    };

    // Answered at once where everything asked is known here, so no response channel stays open;
    // saving every fact waits for the background. The commands get no answer.
    const handlers: Handlers<ToContent, unknown> = {
      'nf:summary': summary,
      'nf:reveal': (request) => revealFact(request.id),
      'nf:reveal-item': (request) => collecting.revealItem(request.id),
      'nf:save-page': () => collecting.savePage(shownFacts()),
      'nf:save-selection': () => collecting.saveSelection(),
      'nf:step': (request) => {
        if (Math.abs(request.direction) === 1) card.step(request.direction);
      },
    };
    const onMessage = listener(handlers, describeError);
    browser.runtime.onMessage.addListener(onMessage);

    background.ask({ type: 'nf:strings' }).then(addMessages, (error: unknown) => console.warn('[NewsFacts] could not read the UI strings', error));
    card.start();
    const unwatch = watchSettings(applySettings);
    loadSettings().then(applySettings, (error) => {
      console.warn('[NewsFacts] could not read the settings', error);
      applySettings(DEFAULT_SETTINGS);
    });

    ctx.onInvalidated(
      guarded(() => {
        browser.runtime.onMessage.removeListener(onMessage);
        clearTimeout(countTimer);
        unwatch();
        card.stop();
        stopSession();
      }),
    );
  },
});
