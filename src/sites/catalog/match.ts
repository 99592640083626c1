/**
 * Hostname matching for the catalog and the `aiTools` policy: a name matches an entry when it IS the
 * entry or a subdomain of it, label by label, never as a substring (evil-chatgpt.com and
 * chatgpt.com.evil.net match nothing). `www.` is ignored on both sides.
 */

/** Lower case, no trailing dot, no leading `www.`; undefined when it is not a DNS hostname. */
export function normalizeHost(input: string): string | undefined {
  const host = input
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return HOSTNAME.test(host) ? host : undefined;
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** The host itself, then each parent domain, most specific first (`a.b.com`, `b.com`, `com`). */
export function hostAndParents(host: string): string[] {
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}

/** The hostname of an http(s) URL, normalised; undefined for other schemes or bad URLs. */
export function hostOfUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return normalizeHost(parsed.hostname);
}

/** The value of the most specific key of `byHost` that `host` is or is a subdomain of. */
export function mostSpecific<T>(byHost: ReadonlyMap<string, T>, host: string): T | undefined {
  const normal = normalizeHost(host);
  if (normal === undefined) return undefined;
  for (const candidate of hostAndParents(normal)) {
    const hit = byHost.get(candidate);
    if (hit !== undefined) return hit;
  }
  return undefined;
}
