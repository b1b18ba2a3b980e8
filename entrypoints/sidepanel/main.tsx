// The side panel (Chrome's side_panel, Firefox's sidebar_action): the collection view in its
// compact layout, beside the page being read.
import { render } from 'preact';
import '../../lib/i18n/ui';
import { CollectionApp } from '../../components/collection/CollectionApp';
import { browserCollectionApi } from '../collection/browser-api';
import '../collection/style.css';

render(<CollectionApp api={browserCollectionApi} layout="panel" />, document.getElementById('app')!);
