import { render } from 'preact';
import { localizeDocument } from '../../platform/i18n';
import { Options } from './options';
import './options.css';

localizeDocument('options_title');
render(<Options />, document.getElementById('app')!);
