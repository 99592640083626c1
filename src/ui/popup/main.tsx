import { render } from 'preact';
import { localizeDocument } from '../../platform/i18n';
import { Popup } from './popup';
import './popup.css';

// User Timing marks: the e2e test reads how long the page takes to start and to show the history.
performance.mark('veil:popup-start');
localizeDocument('popup_title');
render(<Popup />, document.getElementById('app')!);
