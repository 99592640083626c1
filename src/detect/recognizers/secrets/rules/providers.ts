import { isPlaceholderValue } from '../allowlist';
import { shannonEntropy } from '../entropy';
import type { SecretRule } from '../rule';
import { SEP } from './util';

/**
 * Provider formats added for issue 20 (formats: gitleaks v8.30 rules of the same ids, detect-secrets plugins).
 * A key that names a service vendor (`cloudflare:`, `SONAR_LOGIN`, `sumologic.accessId`) makes a token-shaped
 * value beside it that vendor's credential, whatever the key's last word: vendors' client ids and logins are
 * credentials too.
 */

/** Vendors whose keys and ids appear under their own name in config (lower case, as in a key name). */
const VENDORS =
  'cloudflare|sonar|sonarqube|sumologic|sumo|softlayer|cloudant|messagebird|snyk|sidekiq|contribsys|flyio|fly|' +
  'sourcegraph|intra42|bedrock|algolia|airtable|asana|bitbucket|circleci|contentful|dropbox|fastly|firebase|' +
  'freshdesk|heroku|hubspot|intercom|launchdarkly|mapbox|netlify|okta|pagerduty|pusher|rollbar|segment|' +
  'travis|twitch|vercel|zendesk|zapier|gitter|coveralls|codecov|bugsnag|mixpanel|amplitude|newrelic|splunk';

/** A machine-made value: 10+ characters of token alphabet with a digit, entropy 3+, not a stand-in. */
function vendorToken(value: string): boolean {
  return (
    value.length >= 10 &&
    value.length <= 300 &&
    /^[A-Za-z0-9_.:+/=~-]+$/.test(value) &&
    /[0-9]/.test(value) &&
    /[A-Za-z]/.test(value) &&
    shannonEntropy(value) >= 3 &&
    !isPlaceholderValue(value)
  );
}

export const providerRules: SecretRule[] = [
  {
    // format: gitleaks sourcegraph-access-token (sgp_ + optional instance id or "local" + 40 hex).
    id: 'sourcegraph-token',
    provider: 'Sourcegraph',
    keywords: ['sgp_'],
    pattern: /(?<![A-Za-z0-9_])(sgp_(?:[A-Fa-f0-9]{16}_|local_)?[A-Fa-f0-9]{40})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks facebook-access-token / facebook-page-access-token (EAA + app-specific letters + body).
    id: 'facebook-access-token',
    provider: 'Facebook',
    keywords: ['eaa'],
    pattern: /(?<![A-Za-z0-9])(EAA[A-Za-z0-9]{2,6}ZD?[A-Za-z0-9]{80,400}|EAA[MC][A-Za-z0-9]{100,400})(?![A-Za-z0-9])/dg,
    minEntropy: 3.5,
    score: 0.85,
  },
  {
    // format: gitleaks flyio-access-token (fo1_ + 43; FlyV1 fm1r_/fm1a_/fm2_ macaroons, base64).
    id: 'flyio-token',
    provider: 'Fly.io',
    keywords: ['fo1_', 'fm1r_', 'fm1a_', 'fm2_'],
    pattern: /(?<![A-Za-z0-9_])(fo1_[\w-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,}={0,3})(?![A-Za-z0-9_+/=-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks sidekiq-secret (Bundler credentials for Sidekiq Pro/Enterprise: 8 hex : 8 hex).
    id: 'sidekiq-secret',
    provider: 'Sidekiq',
    keywords: ['contribsys__com'],
    pattern: new RegExp(
      String.raw`BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM${SEP}["']?([a-f0-9]{8}:[a-f0-9]{8})(?![A-Fa-f0-9])`,
      'dgi',
    ),
  },
  {
    // format: gitleaks intra42-client-secret (s-s4t2ud- / s-s4t2af- + 64 hex).
    id: 'intra42-client-secret',
    provider: '42 Intra',
    keywords: ['s-s4t2'],
    pattern: /(?<![A-Za-z0-9_-])(s-s4t2(?:ud|af)-[a-f0-9]{64})(?![A-Za-z0-9])/dg,
  },
  {
    // format: gitleaks aws-amazon-bedrock-api-key-long-lived (ABSK + base64 of "BedrockAPIKey-…").
    id: 'aws-bedrock-api-key',
    provider: 'AWS',
    keywords: ['absk'],
    pattern: /(?<![A-Za-z0-9+/])(ABSK[A-Za-z0-9+/]{109,269}={0,2})(?![A-Za-z0-9+/=])/dg,
    minEntropy: 3.5,
  },
  {
    // A token after a key that names a vendor: `cloudflare: "…"`, `SONAR_LOGIN = "…"`, `sumologic.accessId = "…"`.
    id: 'vendor-key',
    provider: 'Generic secret',
    keywords: VENDORS.split('|'),
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?:${VENDORS})(?![a-z])[\w.-]{0,30}?${SEP}["'\x60]?([A-Za-z0-9_.:+/=~-]{10,300})["'\x60]?(?![A-Za-z0-9_.:+/=~-])`,
      'dgi',
    ),
    validate: vendorToken,
    score: 0.75,
  },
];
