// The toolbar popup: the site under it with its on/off switch, and what NewsFacts found on the
// page (places as a tree, figures by type); each item shows its fact on the page.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageSummary } from '../../lib/messaging/protocol';
import { resolveLanguage } from '../../lib/i18n';
import { isSiteEnabled } from '../../lib/settings';
import { groupFigures } from '../../lib/summary/figure-groups';
import { summarizePlaces, type PlaceNode } from '../../lib/summary/place-tree';
import { LanguageContext, useT } from '../i18n';
import { useSettings } from '../use-settings';
import { FactsTable } from './FactsTable';
import { FigureGroups } from './FigureGroups';
import { PlaceTree } from './PlaceTree';
import type { PopupApi } from './popup-api';
import { SiteSwitch } from './SiteSwitch';

interface Props {
  api: PopupApi;
  /** How often to ask the page again: it may still be annotating, or be reacting to the switch. */
  refreshMs?: number;
}

/** undefined while the first answer is awaited, null where the page has no content script. */
type SummaryState = PageSummary | null | undefined;

export function Popup({ api, refreshMs = 1000 }: Props) {
  const settings = useSettings(api.settings);
  const [summary, setSummary] = useState<SummaryState>(undefined);

  useEffect(() => {
    let live = true;
    const ask = () => api.summary().then((answer) => live && setSummary(answer));
    ask();
    const timer = setInterval(ask, refreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, refreshMs]);

  if (!settings) return null;
  const setSite = (host: string, on: boolean) => api.settings.update((s) => ({ ...s, sites: { ...s.sites, [host]: on } }));

  return (
    <LanguageContext.Provider value={resolveLanguage(settings.language)}>
      <PopupView
        summary={summary}
        siteOn={summary ? isSiteEnabled(settings, summary.host) : false}
        onSiteChange={setSite}
        onReveal={(id) => api.reveal(id)}
        onOpenOptions={() => api.openOptions()}
        onSavePage={() => api.savePage()}
        onOpenCollection={() => api.openCollection()}
        onCopy={(text) => api.copy(text)}
        lookup={api.lookup}
      />
    </LanguageContext.Provider>
  );
}

interface ViewProps {
  summary: SummaryState;
  /** The switch's state as the settings have it (the page follows a moment later). */
  siteOn: boolean;
  onSiteChange(host: string, on: boolean): void;
  onReveal(id: number): void;
  onOpenOptions(): void;
  onSavePage(): Promise<number>;
  onOpenCollection(): void;
  onCopy(text: string): Promise<void>;
  lookup: PopupApi['lookup'];
}

function PopupView({ summary, siteOn, onSiteChange, onReveal, onOpenOptions, onSavePage, onOpenCollection, onCopy, lookup }: ViewProps) {
  const { t } = useT();
  return (
    <main>
      <header>
        <h1>{t('app.name')}</h1>
        <button type="button" class="link" onClick={onOpenCollection}>
          {t('popup.openCollection')}
        </button>
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('popup.openOptions')}
        </button>
      </header>
      {summary === undefined && <p class="status">{t('popup.loading')}</p>}
      {summary === null && (
        <p class="status" data-testid="unavailable">
          {t('popup.unavailable')}
        </p>
      )}
      {summary && (
        <>
          <SiteSwitch host={summary.host} on={siteOn} onChange={(on) => onSiteChange(summary.host, on)} />
          {siteOn && summary.enabled ? (
            <>
              {summary.items.length > 0 && <SavePage onSave={onSavePage} />}
              <FactsTable items={summary.items} onReveal={onReveal} onCopy={onCopy} />
              <PageFacts summary={summary} onReveal={onReveal} lookup={lookup} />
            </>
          ) : (
            <p class="status" data-testid="site-off">
              {t('popup.siteOff', { host: summary.host })}
            </p>
          )}
        </>
      )}
    </main>
  );
}

// "Save every fact on this page", then how many were saved or why none could be.
function SavePage({ onSave }: { onSave(): Promise<number> }) {
  const { t } = useT();
  const [status, setStatus] = useState<{ busy?: boolean; saved?: number; error?: string }>({});
  const save = () => {
    setStatus({ busy: true });
    onSave().then(
      (saved) => setStatus({ saved }),
      (error: unknown) => setStatus({ error: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div class="save-page">
      <button type="button" class="primary" onClick={save} disabled={status.busy}>
        {status.busy ? t('popup.saving') : t('popup.savePage')}
      </button>
      {status.saved !== undefined && (
        <p class="status" role="status" data-testid="saved">
          {t('popup.saved', { count: status.saved })}
        </p>
      )}
      {status.error && (
        <p class="error" role="alert">
          {status.error}
        </p>
      )}
    </div>
  );
}

/** Every code of the place tree, parents first. */
const treeCodes = (nodes: PlaceNode[]): string[] => nodes.flatMap((node) => [node.code, ...treeCodes(node.children)]);

/**
 * The English names of the units in the English interface, asked once per code (the summary is
 * asked again every second); the Chinese interface needs none.
 */
function useEnglishNames(codes: string[], lookup: PopupApi['lookup']): (code: string) => string | undefined {
  const { lang } = useT();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());
  const key = codes.join(' ');
  useEffect(() => {
    if (lang !== 'en') return;
    const fresh = codes.filter((code) => !asked.current.has(code));
    for (const code of fresh) asked.current.add(code);
    if (fresh.length === 0) return;
    void Promise.all(fresh.map((code) => lookup(code).catch(() => null))).then((found) =>
      setNames((old) => new Map([...old, ...found.flatMap((facts) => (facts?.english ? [[facts.code, facts.english] as const] : []))])),
    );
  }, [key, lang]);
  return (code) => names.get(code);
}

function PageFacts({ summary, onReveal, lookup }: { summary: PageSummary; onReveal(id: number): void; lookup: PopupApi['lookup'] }) {
  const { t } = useT();
  const places = useMemo(() => summarizePlaces(summary.items), [summary]);
  const english = useEnglishNames(useMemo(() => treeCodes(places.tree), [places]), lookup);
  const figures = useMemo(() => groupFigures(summary.items), [summary]);
  const figureCount = summary.items.filter((item) => item.annotation.kind === 'figure').length;
  const placeCount = summary.items.length - figureCount;
  if (summary.items.length === 0) return <p class="status">{t('popup.nothingFound')}</p>;
  return (
    <>
      <p class="counts" data-testid="counts">
        {t('popup.figures', { count: figureCount })} · {t('popup.places', { count: placeCount })}
      </p>
      {placeCount > 0 && (
        <section aria-labelledby="places-heading">
          <h2 id="places-heading">{t('popup.placesHeading')}</h2>
          <PlaceTree tree={places.tree} other={places.other} onReveal={onReveal} english={english} />
        </section>
      )}
      {figureCount > 0 && (
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">{t('popup.figuresHeading')}</h2>
          <FigureGroups groups={figures} onReveal={onReveal} />
        </section>
      )}
    </>
  );
}
