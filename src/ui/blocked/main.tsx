import { render } from 'preact';
import { localizeDocument } from '../../platform/i18n';
import { toolById } from '../../sites/catalog';
import { Blocked } from './blocked';

localizeDocument('blocked_title');
const params = new URLSearchParams(location.search);
// A catalog tool is named by its name (ChatGPT), anything else by its host.
const named = toolById(params.get('tool') ?? '')?.name ?? params.get('host') ?? '';
render(<Blocked host={named} />, document.getElementById('app')!);
