/**
 * Risky replies: links and images that could carry the user's data away.
 *  - an image on a third-party host with data in its query (the markdown-image exfiltration trick),
 *  - a link or image whose URL carries a value the user had redacted (checked by the background,
 *    which holds the values; `vault/lookup` answers with types only),
 *  - a link or image whose URL holds something that looks like a secret.
 * Such images are not loaded: the browser's network layer blocks them before they leave (session
 * rules, src/background/exfil.ts), and Veil removes their `src` so nothing retries. Such links are
 * not followed on click. The reply gets a visible warning (disclaimer.ts places it).
 */
import type { EntityType } from '../../detect';
import { TYPE_LABELS } from '../review';
import { localRisks, type UrlRisk } from './urls';

export interface Candidate {
  el: HTMLImageElement | HTMLAnchorElement;
  kind: 'image' | 'link';
  url: string;
}

export interface RiskDeps {
  siteId: string;
  quietly<T>(work: () => T): T;
  /** Tells the user a link was not followed. */
  notify(title: string, detail: string): void;
}

const MAX_PER_REPLY = 100;

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return 'an unknown host';
  }
};

function typesText(types: readonly EntityType[]): string {
  const labels = [...new Set(types.map((t) => (TYPE_LABELS[t] ?? t).toLowerCase()))];
  return labels.length <= 1
    ? `your ${labels[0] ?? 'data'}`
    : `your ${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

export function describeRisk(kind: 'image' | 'link', url: string, risks: readonly UrlRisk[]): string {
  const host = hostOf(url);
  const redacted = risks.find((r) => r.reason === 'redacted-value');
  const why = redacted
    ? `its address carries ${typesText(redacted.types ?? [])}, which Veil had redacted from your messages`
    : risks.some((r) => r.reason === 'secret')
      ? 'its address holds what looks like an access key or token'
      : 'its address carries data, a known way to leak a conversation';
  return kind === 'image' ? `An image from ${host} was not loaded: ${why}.` : `A link to ${host} was disabled: ${why}.`;
}

export class RiskFlags {
  private readonly checked = new WeakMap<Element, string>();
  private readonly flagged = new WeakMap<Element, { kind: 'image' | 'link'; url: string; risks: UrlRisk[] }>();

  constructor(private readonly deps: RiskDeps) {}

  /** Links and images in the reply whose current URL has not been checked yet. */
  candidates(reply: HTMLElement): Candidate[] {
    const out: Candidate[] = [];
    for (const el of reply.querySelectorAll<HTMLImageElement | HTMLAnchorElement>('img, a[href]')) {
      if (out.length >= MAX_PER_REPLY) break;
      const kind = el instanceof HTMLImageElement ? 'image' : 'link';
      const url = this.urlOf(el);
      if (!url || this.checked.get(el) === url) continue;
      out.push({ el, kind, url });
    }
    return out;
  }

  /** Immediate checks that need no background (a freshly inserted image, or before `vault/lookup`). */
  checkLocal(items: readonly Candidate[]): void {
    for (const item of items) {
      const risks = localRisks(item.url, item.kind, location.hostname, this.deps.siteId);
      if (risks.length) this.flag(item, risks);
    }
  }

  /** The background's answer: per candidate, the redacted-value types its URL carries. */
  checkRemote(items: readonly Candidate[], types: readonly (readonly EntityType[])[]): void {
    items.forEach((item, i) => {
      const t = types[i] ?? [];
      if (t.length) this.flag(item, [{ reason: 'redacted-value', types: [...t] }]);
      this.checked.set(item.el, item.url);
    });
  }

  /** Warning lines for the reply (empty when nothing in it is risky). */
  linesFor(reply: HTMLElement): string[] {
    const lines: string[] = [];
    for (const el of reply.querySelectorAll('img, a[href]')) {
      const f = this.flagged.get(el);
      if (f) lines.push(describeRisk(f.kind, f.url, f.risks));
    }
    return [...new Set(lines)];
  }

  /** A freshly inserted image: checked at once, so a risky one is stopped before it is retried or re-rendered. */
  onImage(img: HTMLImageElement): void {
    const url = this.urlOf(img);
    if (url) this.checkLocal([{ el: img, kind: 'image', url }]);
  }

  /** The window-capture `click` listener: a flagged link is not followed. */
  readonly onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const f = target && this.flagged.get(target);
    if (!f || f.kind !== 'link') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.deps.notify('Veil did not open this link', describeRisk('link', f.url, f.risks));
  };

  private urlOf(el: HTMLImageElement | HTMLAnchorElement): string | undefined {
    const attr = el.getAttribute(el instanceof HTMLImageElement ? 'src' : 'href');
    if (!attr) return undefined;
    try {
      return new URL(attr, document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  private flag(item: Candidate, risks: UrlRisk[]): void {
    const prev = this.flagged.get(item.el);
    const merged = prev && prev.url === item.url ? [...prev.risks, ...risks] : risks;
    this.flagged.set(item.el, { kind: item.kind, url: item.url, risks: merged });
    if (item.el instanceof HTMLImageElement) {
      const img = item.el;
      this.deps.quietly(() => {
        // Nothing left to load or retry; the page sees only that Veil blocked it.
        img.removeAttribute('srcset');
        img.removeAttribute('src');
        img.setAttribute('data-veil-blocked', '');
        if (!img.alt) img.alt = 'Image blocked by Veil';
      });
      for (const source of img.parentElement?.querySelectorAll('source[srcset]') ?? []) {
        this.deps.quietly(() => source.removeAttribute('srcset'));
      }
    }
  }
}
