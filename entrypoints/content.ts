// The content script: annotates the article of every page whose site is switched on, through the
// engine in the background, and shows the hover card; answers the popup (summary, reveal, save
// every fact) and the background's commands (step from fact to fact, save the selection); finds
// the page's saved items again once it is annotated. Everything from the page's event loop is guarded.

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CardController } from '../components/hover-card/card-controller';
import type { Annotation } from '../lib/annotation';
import type { ErrorResponse } from '../lib/engine/handle-message';
import type { StepRequest } from '../lib/engine/step-command';
import { addMessages, resolveLanguage, type MessageTables } from '../lib/i18n';
import type { BackgroundRequest, CountRequest, ExtractRequest, ExtractResponse, LookupRequest, LookupResponse, PageSummary } from '../lib/messages';
import { guarded } from '../lib/page/guard';
import { documentPublicationDate } from '../lib/page/publication-date';
import { createHighlighter } from '../lib/page/highlight';
import { scrollToFact } from '../lib/page/reveal';
import { PageSession } from '../lib/page/session';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../lib/settings';
import { createCollecting } from './content/collecting';
import { loadSettings, watchSettings } from '../lib/settings-store';

/** The badge's count is sent once the facts have settled for this long. */
const COUNT_DELAY_MS = 200;

// The background's answer; a request it could not answer comes back as { error } and rejects here.
async function ask<T>(request: BackgroundRequest): Promise<T> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (typeof answer === 'object' && answer !== null && 'error' in answer) throw new Error(String((answer as ErrorResponse).error));
  return answer as T;
}

// The background's fact-stepping commands (next-fact, previous-fact), forwarded to the tab.
const isStepRequest = (message: unknown): message is StepRequest =>
  (message as StepRequest | null)?.type === 'nf:step' && Math.abs((message as StepRequest).direction) === 1;

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

    // read for every chunk: a single-page app may have put another article in place
    const extract = (text: string, lang: ExtractRequest['lang']) =>
      ask<ExtractResponse>({ type: 'nf:extract', text, host, lang, date: documentPublicationDate(document) });
    const lookup = (code: string) => ask<LookupResponse>({ type: 'nf:lookup', code });

    const language = () => resolveLanguage(settings.language);
    const collecting = createCollecting({ document, session: () => session, highlighter, language, ask });
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
    });

    const reportCount = guarded(async () => {
      countTimer = undefined;
      const count = shownFacts().length;
      if (count === countSent) return;
      countSent = count;
      await browser.runtime.sendMessage({ type: 'nf:count', count } satisfies CountRequest);
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
      items: shownFacts().map((fact) => ({ id: fact.id, annotation: fact.annotation })),
    });

    const reveal = (id: number): boolean => {
      const fact = session?.annotator.index.byId(id);
      if (!fact || !isShown(fact.annotation)) return false;
      scrollToFact(fact);
      highlighter.flash(fact);
      return true;
    };

    // Answered synchronously where everything asked is known here, so no response channel stays
    // open; saving every fact waits for the background, so its channel stays open (return true).
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      try {
        const type = (message as { type?: unknown } | null)?.type;
        if (type === 'nf:summary') sendResponse(summary());
        else if (type === 'nf:reveal') sendResponse(reveal((message as { id: number }).id));
        else if (type === 'nf:save-selection') collecting.saveSelection();
        else if (isStepRequest(message)) card.step(message.direction);
        else if (type === 'nf:save-page') {
          collecting.saveFacts(shownFacts()).then(sendResponse, (error: Error) => sendResponse({ error: error.message } satisfies ErrorResponse));
          return true;
        }
      } catch (error) {
        console.warn('[NewsFacts]', error);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ask<MessageTables>({ type: 'nf:strings' }).then(addMessages, (error: unknown) => console.warn('[NewsFacts] could not read the UI strings', error));
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
