// The sites the reader has switched on or off, the default for every other site, and a form to
// add one.
import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { parseHost } from '../../lib/site-host';
import { useT } from '../i18n';
import type { SaveChange } from './Options';
import { TextInput } from './TextInput';

interface Props {
  settings: Settings;
  save: SaveChange;
  onInvalid(): void;
}

const withoutSite = (sites: Settings['sites'], host: string): Settings['sites'] => Object.fromEntries(Object.entries(sites).filter(([h]) => h !== host));

export function SitesSection({ settings, save, onInvalid }: Props) {
  const { t } = useT();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const hosts = Object.keys(settings.sites).sort();

  const add = (event: Event) => {
    event.preventDefault();
    const host = parseHost(draft);
    if (!host) {
      setInvalid(draft);
      onInvalid();
      return;
    }
    setInvalid(undefined);
    setDraft('');
    // A new site starts as the default would have it, so adding it changes nothing until switched.
    save((s) => ({ ...s, sites: { ...s.sites, [host]: s.sites[host] ?? s.enabledByDefault } }));
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options.sites')}</h2>
      <p class="help">{t('options.sitesHelp')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.enabledByDefault}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            save((s) => ({ ...s, enabledByDefault: on }));
          }}
        />
        {t('options.defaultOn')}
      </label>
      {hosts.length === 0 ? (
        <p class="help">{t('options.noSites')}</p>
      ) : (
        <ul class="sites" data-testid="sites">
          {hosts.map((host) => (
            <li key={host}>
              <label class="check">
                <input
                  type="checkbox"
                  role="switch"
                  aria-label={t('options.siteOn', { host })}
                  checked={settings.sites[host]}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    save((s) => ({ ...s, sites: { ...s.sites, [host]: on } }));
                  }}
                />
                <span class="host">{host}</span>
              </label>
              <button type="button" aria-label={t('options.removeSite', { host })} onClick={() => save((s) => ({ ...s, sites: withoutSite(s.sites, host) }))}>
                {t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} aria-label={t('options.addSite')}>
        <label for="add-site">{t('options.addSiteLabel')}</label>
        <TextInput
          id="add-site"
          inputMode="url"
          placeholder={t('options.addSitePlaceholder')}
          value={draft}
          invalid={invalid !== undefined}
          describedBy={invalid !== undefined ? 'add-site-error' : undefined}
          onDraft={setDraft}
        />
        <button type="submit">{t('options.add')}</button>
        {invalid !== undefined && (
          <p id="add-site-error" class="error" role="alert">
            {t('options.invalidHost', { input: invalid })}
          </p>
        )}
      </form>
    </section>
  );
}
