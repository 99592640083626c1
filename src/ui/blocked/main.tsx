import { render } from 'preact';
import { localizeDocument } from '../../platform/i18n';
import { Blocked } from './blocked';

localizeDocument('blocked_title');
render(<Blocked host={new URLSearchParams(location.search).get('host') ?? ''} />, document.getElementById('app')!);
