import { render } from 'preact';
import '../../lib/i18n/ui';
import { browser } from 'wxt/browser';
import type { OptionsApi } from '../../components/options/options-api';
import { Options } from '../../components/options/Options';
import type { LookupRequest, LookupResponse } from '../../lib/messages';
import { extensionSettings } from '../../lib/settings-store';
import './style.css';

const api: OptionsApi = {
  settings: extensionSettings,
  async lookup(code) {
    const answer = (await browser.runtime.sendMessage({ type: 'nf:lookup', code } satisfies LookupRequest)) as LookupResponse | undefined;
    // No answer at all (the background not ready) is not the same as "no such code" (null).
    if (answer === undefined) throw new Error('The background did not answer');
    return answer;
  },
};

render(<Options api={api} />, document.getElementById('app')!);
