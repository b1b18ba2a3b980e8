// The side panel (Chrome's side_panel, Firefox's sidebar_action): the items saved from the page
// beside it, in the page's order, and the collection view in its compact layout one click away.
import { render } from 'preact';
import '../../lib/i18n/ui';
import { CollectionApp } from '../../components/collection/CollectionApp';
import { browserCollectionApi } from '../collection/browser-api';
import { panelTab } from './panel-tab';
import '../collection/style.css';

render(<CollectionApp api={{ ...browserCollectionApi, tab: panelTab }} layout="panel" />, document.getElementById('app')!);
