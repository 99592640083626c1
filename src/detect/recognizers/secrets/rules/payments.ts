import type { SecretRule } from '../rule';

/** Payment processors. Formats: gitleaks, secretlint 13.x stripe. */
export const paymentRules: SecretRule[] = [
  {
    // format: gitleaks stripe-access-token, secretlint stripe (24-99; new keys run to ~107, so up
    // to 247). Publishable keys (pk_) are public and not matched. Test-mode keys score lower.
    id: 'stripe-secret-key',
    provider: 'Stripe',
    keywords: ['sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_'],
    pattern: /(?<![A-Za-z0-9_])((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
    score: (secret) => (secret.startsWith('sk_test_') || secret.startsWith('rk_test_') ? 0.85 : 0.95),
  },
  {
    // Stripe webhook signing secret (whsec_; not in gitleaks).
    id: 'stripe-webhook-secret',
    provider: 'Stripe',
    keywords: ['whsec_'],
    pattern: /(?<![A-Za-z0-9_])(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks square-access-token (EAAA + 60, sq0atp- + 22).
    id: 'square-access-token',
    provider: 'Square',
    keywords: ['eaaa', 'sq0atp-'],
    pattern: /(?<![A-Za-z0-9_-])(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // Square OAuth application secret (sq0csp- + 43).
    id: 'square-oauth-secret',
    provider: 'Square',
    keywords: ['sq0csp-'],
    pattern: /(?<![A-Za-z0-9_-])(sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // PayPal / Braintree access token: access_token$production$<merchant>$<32 hex>.
    id: 'paypal-braintree-token',
    provider: 'PayPal',
    keywords: ['access_token$'],
    pattern: /(?<![A-Za-z0-9_])(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
];
