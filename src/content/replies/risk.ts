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
import { t, typeLabel, uiLanguage } from '../../platform/i18n';
import { localRisks, type UrlRisk } from '../../exfil/urls';

export interface Candidate {
  el: HTMLImageElement | HTMLAnchorElement;
  kind: 'image' | 'link';
  url: string;
}

export interface RiskDeps {
  /** The site's own image hosts (the adapter's `firstPartyHosts`). */
  firstPartyHosts: readonly string[];
  quietly<T>(work: () => T): T;
  /** Tells the user a link was not followed. */
  notify(title: string, detail: string): void;
}

const MAX_PER_REPLY = 100;

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return t('risk_unknown_host');
  }
};

/**
 * Type names inside a sentence ("email address and phone number"). English starts them in lower
 * case unless they begin with an acronym ("IBAN"); German keeps its nouns' capitals
 * (`finding_lowercase` in the locale files says which).
 */
function typesText(types: readonly EntityType[]): string {
  const lower = t('finding_lowercase') === 'yes';
  const inSentence = (label: string): string =>
    lower && /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase(uiLanguage()) + label.slice(1) : label;
  const labels = [...new Set(types.map((type) => inSentence(typeLabel(type))))];
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(labels);
}

export function describeRisk(kind: 'image' | 'link', url: string, risks: readonly UrlRisk[]): string {
  const host = hostOf(url);
  const redacted = risks.find((r) => r.reason === 'redacted-value');
  const why = redacted
    ? redacted.types?.length
      ? t('risk_why_redacted', typesText(redacted.types))
      : t('risk_why_redacted_data')
    : risks.some((r) => r.reason === 'secret')
      ? t('risk_why_secret')
      : t('risk_why_data');
  return t(kind === 'image' ? 'risk_image' : 'risk_link', host, why);
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
      const risks = localRisks(item.url, item.kind, location.hostname, this.deps.firstPartyHosts);
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
    this.deps.notify(t('risk_link_title'), describeRisk('link', f.url, f.risks));
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
        if (!img.alt) img.alt = t('risk_image_alt');
      });
      for (const source of img.parentElement?.querySelectorAll('source[srcset]') ?? []) {
        this.deps.quietly(() => source.removeAttribute('srcset'));
      }
    }
  }
}
