import { render } from 'preact';
import { localizeDocument } from '../../platform/i18n';
import { Warn } from './warn';

localizeDocument('warn_title');
const params = new URLSearchParams(location.search);
render(
  <Warn url={params.get('url') ?? ''} host={params.get('host') ?? ''} toolId={params.get('tool') ?? ''} />,
  document.getElementById('app')!,
);
