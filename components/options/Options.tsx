// The options page: every setting, each saved the moment it changes, with the outcome announced
// in one status line.
import { useState } from 'preact/hooks';
import { resolveLanguage } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { LanguageContext, useT } from '../i18n';
import { useSettings } from '../use-settings';
import { ColoursSection } from './ColoursSection';
import { HomeRegionSection } from './HomeRegionSection';
import type { OptionsApi } from './options-api';
import { SitesSection } from './SitesSection';

interface Props {
  api: OptionsApi;
  /** How long a colour must stay unchanged before it is saved (a colour picker fires on every move). */
  colourDelayMs?: number;
}

export type SaveChange = (change: (settings: Settings) => Settings) => Promise<void>;

type SaveStatus = { saved: true } | { saved: false; error: string } | undefined;

export function Options({ api, colourDelayMs = 300 }: Props) {
  const settings = useSettings(api.settings);
  const [status, setStatus] = useState<SaveStatus>();
  if (!settings) return null;
  const lang = resolveLanguage(settings.language);

  const save: SaveChange = async (change) => {
    try {
      await api.settings.update(change);
      setStatus({ saved: true });
    } catch (error) {
      setStatus({ saved: false, error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <LanguageContext.Provider value={lang}>
      <OptionsView
        settings={settings}
        save={save}
        // An input refused stands in place of the last "saved": it was not saved.
        onInvalid={() => setStatus(undefined)}
        status={status}
        lookup={api.lookup}
        search={api.search}
        colourDelayMs={colourDelayMs}
      />
    </LanguageContext.Provider>
  );
}

interface ViewProps {
  settings: Settings;
  save: SaveChange;
  onInvalid(): void;
  status: SaveStatus;
  lookup: OptionsApi['lookup'];
  search: OptionsApi['search'];
  colourDelayMs: number;
}

function OptionsView({ settings, save, onInvalid, status, lookup, search, colourDelayMs }: ViewProps) {
  const { t } = useT();
  return (
    <main>
      <h1>{t('options.title')}</h1>
      <SitesSection settings={settings} save={save} onInvalid={onInvalid} />
      <fieldset>
        <legend>{t('options.categories')}</legend>
        {(['figure', 'place'] as const).map((category) => (
          <label key={category} class="check">
            <input
              type="checkbox"
              checked={settings.categories[category]}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                save((s) => ({ ...s, categories: { ...s.categories, [category]: on } }));
              }}
            />
            {t(category === 'figure' ? 'options.categoryFigure' : 'options.categoryPlace')}
          </label>
        ))}
      </fieldset>
      <ColoursSection colours={settings.colours} save={save} delayMs={colourDelayMs} />
      <HomeRegionSection homeRegion={settings.homeRegion} save={save} onInvalid={onInvalid} lookup={lookup} search={search} />
      <fieldset>
        <legend>{t('options.scope')}</legend>
        {(['article', 'page'] as const).map((scope) => (
          <label key={scope} class="check">
            <input type="radio" name="scope" checked={settings.scope === scope} onChange={() => save((s) => ({ ...s, scope }))} />
            {t(scope === 'article' ? 'options.scopeArticle' : 'options.scopePage')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          <label for="language">{t('options.language')}</label>
        </legend>
        <select
          id="language"
          value={settings.language}
          onChange={(event) => {
            const language = event.currentTarget.value as Settings['language'];
            save((s) => ({ ...s, language }));
          }}
        >
          <option value="auto">{t('options.languageAuto')}</option>
          <option value="zh" lang="zh-CN">
            {t('options.languageZh')}
          </option>
          <option value="en" lang="en">
            {t('options.languageEn')}
          </option>
        </select>
      </fieldset>
      <p role="status" class={`save-status${status && !status.saved ? ' error' : ''}`} data-testid="save-status">
        {status && (status.saved ? t('options.saved') : t('options.saveFailed', { error: status.error }))}
      </p>
    </main>
  );
}
