import type { SecretRule } from '../rule';

/** Code hosting, package registries and developer tools. Formats: gitleaks, secretlint. */
export const devRules: SecretRule[] = [
  {
    // format: gitleaks github-pat.
    id: 'github-pat',
    provider: 'GitHub',
    keywords: ['ghp_'],
    pattern: /(?<![A-Za-z0-9_])(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks github-oauth.
    id: 'github-oauth-token',
    provider: 'GitHub',
    keywords: ['gho_'],
    pattern: /(?<![A-Za-z0-9_])(gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks github-app-token (user-to-server ghu_, server-to-server ghs_).
    id: 'github-app-token',
    provider: 'GitHub',
    keywords: ['ghu_', 'ghs_'],
    pattern: /(?<![A-Za-z0-9_])(gh[us]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks github-refresh-token.
    id: 'github-refresh-token',
    provider: 'GitHub',
    keywords: ['ghr_'],
    pattern: /(?<![A-Za-z0-9_])(ghr_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks github-fine-grained-pat (github_pat_ + 22 + "_" + 59).
    id: 'github-fine-grained-pat',
    provider: 'GitHub',
    keywords: ['github_pat_'],
    pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks gitlab-pat (glpat- + 20) and gitlab-pat-routable (glpat-…27-300….xx+7).
    id: 'gitlab-pat',
    provider: 'GitLab',
    keywords: ['glpat-'],
    pattern: /(?<![A-Za-z0-9_-])(glpat-(?:[A-Za-z0-9_-]{27,300}\.[0-9a-z]{9}|[A-Za-z0-9_-]{20}))(?![A-Za-z0-9_.-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks gitlab-deploy-token, -feed-token, -scim-token, -feature-flag-client-token,
    // -incoming-mail-token, -kubernetes-agent-token, -oauth-app-secret, -ptt, -cicd-job-token,
    // -runner-authentication-token (+ routable), -rrt (GR1348941 runner registration tokens).
    id: 'gitlab-token',
    provider: 'GitLab',
    keywords: [
      'gldt-',
      'glft-',
      'glsoat-',
      'glffct-',
      'glimt-',
      'glagent-',
      'gloas-',
      'glptt-',
      'glcbt-',
      'glrt-',
      'gr1348941',
    ],
    pattern:
      /(?<![A-Za-z0-9_-])(gl(?:dt|ft|soat|ffct)-[A-Za-z0-9_-]{20}|glimt-[A-Za-z0-9_-]{25}|glagent-[A-Za-z0-9_-]{50}|gloas-[A-Za-z0-9_-]{64}|glptt-[0-9a-f]{40}|glcbt-[0-9A-Za-z]{1,5}_[A-Za-z0-9_-]{20}|glrt-(?:t\d_[A-Za-z0-9_-]{27,300}\.[0-9a-z]{9}|[A-Za-z0-9_-]{20})|GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_.-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks npm-access-token.
    id: 'npm-token',
    provider: 'npm',
    keywords: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks pypi-upload-token (macaroon whose location is pypi.org; test.pypi.org too).
    id: 'pypi-token',
    provider: 'PyPI',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    pattern:
      /(?<![A-Za-z0-9_-])(pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks rubygems-api-token.
    id: 'rubygems-token',
    provider: 'RubyGems',
    keywords: ['rubygems_'],
    pattern: /(?<![A-Za-z0-9_])(rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: secretlint docker (dckr_pat_ + 27); organisation access tokens use dckr_oat_.
    id: 'docker-hub-token',
    provider: 'Docker Hub',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: /(?<![A-Za-z0-9_])(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks postman-api-token.
    id: 'postman-api-key',
    provider: 'Postman',
    keywords: ['pmak-'],
    pattern: /(?<![A-Za-z0-9_-])(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks atlassian-api-token (ATATT3 + 186; Jira, Confluence, Bitbucket). A few
    // characters either way are accepted: the tail is "=" + an 8-hex checksum of varying offset.
    id: 'atlassian-api-token',
    provider: 'Atlassian',
    keywords: ['atatt3'],
    pattern: /(?<![A-Za-z0-9_-])(ATATT3[A-Za-z0-9_=-]{180,200})(?![A-Za-z0-9_=-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks linear-api-key.
    id: 'linear-api-key',
    provider: 'Linear',
    keywords: ['lin_api_'],
    pattern: /(?<![A-Za-z0-9_])(lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks notion-api-token, secretlint notion (ntn_ + 11 digits + 35).
    id: 'notion-token',
    provider: 'Notion',
    keywords: ['ntn_'],
    pattern: /(?<![A-Za-z0-9_])(ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9_])/dg,
    minEntropy: 3.5,
  },
  {
    // Notion's integration tokens before September 2024: secret_ + 43 alphanumerics. secretlint
    // skips the prefix as too generic; the exact length and an entropy of 4 keep it specific.
    id: 'notion-legacy-token',
    provider: 'Notion',
    keywords: ['secret_'],
    pattern: /(?<![A-Za-z0-9_])(secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/dg,
    minEntropy: 4,
    validate: (secret) => /[0-9]/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(7)),
    score: 0.85,
  },
  {
    // format: gitleaks shopify-access-token, -custom-access-token, -private-app-access-token,
    // -shared-secret.
    id: 'shopify-token',
    provider: 'Shopify',
    keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    pattern: /(?<![A-Za-z0-9_])(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks 1password-service-account-token.
    id: '1password-service-account-token',
    provider: '1Password',
    keywords: ['ops_eyj'],
    pattern: /(?<![A-Za-z0-9_])(ops_eyJ[A-Za-z0-9+/]{250,8000}={0,3})(?![A-Za-z0-9+/=])/dg,
    minEntropy: 4,
  },
  {
    // format: gitleaks 1password-secret-key (A3-XXXXXX-…).
    id: '1password-secret-key',
    provider: '1Password',
    keywords: ['a3-'],
    pattern:
      /(?<![A-Za-z0-9-])(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks age-secret-key (bech32 alphabet, 58 chars).
    id: 'age-secret-key',
    provider: 'Age',
    keywords: ['age-secret-key-1'],
    pattern: /(?<![A-Za-z0-9-])(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/dg,
  },
  {
    // format: secretlint tailscale (tskey-<kind>-<id>-<secret>).
    id: 'tailscale-key',
    provider: 'Tailscale',
    keywords: ['tskey-'],
    pattern:
      /(?<![A-Za-z0-9_-])(tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
];
