import { render } from 'preact';
import '../../lib/i18n/ui';
import type { OptionsApi } from '../../components/options/options-api';
import { Options } from '../../components/options/Options';
import { pagesToBackground } from '../../lib/messaging/browser-clients';
import { extensionSettings } from '../../lib/settings-store';
import './style.css';

const background = pagesToBackground();

const api: OptionsApi = {
  settings: extensionSettings,
  lookup: (code) => background.ask({ type: 'nf:lookup', code }),
  search: (query) => background.ask({ type: 'nf:search-places', query }),
};

render(<Options api={api} />, document.getElementById('app')!);
