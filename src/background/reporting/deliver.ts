/** One HTTP request with one batch; the answer classified (see ./backoff). */
import { classify, retryAfterMs, type Outcome } from './backoff';
import { gzip, type Encoded } from './formats';

export const REQUEST_TIMEOUT_MS = 30_000;

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function post(
  endpoint: string,
  headers: Readonly<Record<string, string>>,
  encoded: Encoded,
  useGzip: boolean,
  fetchFn: Fetch,
  now: number,
): Promise<Outcome> {
  const zip = useGzip && encoded.gzip;
  const init: RequestInit = {
    method: 'POST',
    headers: {
      ...headers,
      'Content-Type': encoded.contentType,
      ...(zip ? { 'Content-Encoding': 'gzip' } : {}),
    },
    body: zip ? ((await gzip(encoded.body)) as BodyInit) : encoded.body,
    credentials: 'omit',
    cache: 'no-store',
    // The events go to the endpoint the policy names, not wherever it redirects.
    redirect: 'error',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  };
  try {
    const response = await fetchFn(endpoint, init);
    await response.body?.cancel().catch(() => undefined);
    return classify(response.status, zip, retryAfterMs(response.headers.get('Retry-After'), now));
  } catch (e) {
    return { kind: 'retry', error: (e as Error).name === 'TimeoutError' ? 'timeout' : 'network' };
  }
}
