import { render } from 'preact';
import '../../lib/i18n/ui';
import { Popup } from '../../components/popup/Popup';
import { browserPopupApi } from './browser-api';
import './style.css';

render(<Popup api={browserPopupApi} />, document.getElementById('app')!);
