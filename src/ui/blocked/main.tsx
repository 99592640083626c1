import { render } from 'preact';
import { Blocked } from './blocked';

render(<Blocked host={new URLSearchParams(location.search).get('host') ?? ''} />, document.getElementById('app')!);
