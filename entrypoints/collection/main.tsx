import { render } from 'preact';
import '../../lib/i18n/ui';
import { CollectionApp } from '../../components/collection/CollectionApp';
import { browserCollectionApi } from './browser-api';
import './style.css';

render(<CollectionApp api={browserCollectionApi} layout="page" />, document.getElementById('app')!);
