import type { SecretRule } from '../rule';
import { keyed } from './util';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Cloud platforms and infrastructure services. Formats: gitleaks config/gitleaks.toml, secretlint. */
export const cloudRules: SecretRule[] = [
  {
    // format: gitleaks aws-access-token. An ID, not the secret half, but it names the account and
    // always travels with the secret key. AKIAIOSFODNN7EXAMPLE is dropped by the allowlist.
    id: 'aws-access-key-id',
    provider: 'AWS',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /(?<![A-Za-z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/dg,
    minEntropy: 3,
  },
  {
    // AWS secret access key: 40 chars of base64 with no prefix, so it needs its variable name
    // (aws_secret_access_key, SecretAccessKey, AWS_SECRET_KEY). gitleaks leaves it to generic-api-key.
    id: 'aws-secret-access-key',
    provider: 'AWS',
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'aws-secret', 'awssecret'],
    pattern: keyed(
      String.raw`aws[\w.-]{0,20}?secret|secret[_.-]?access[_.-]?key`,
      '[A-Za-z0-9/+]{40}',
      '[A-Za-z0-9/+=]',
    ),
    minEntropy: 3.5,
  },
  {
    // An access key ID followed on the same line by a 40-char secret: the IAM console's CSV
    // download, `aws configure list` output, a log line, or prose ("AKIA… with wJalr…", "key id
    // AKIA… and secret is …"): up to 80 characters of anything between. The secret is base64 of
    // both cases (a 40-hex SHA-1 beside a key ID is a commit, not the key).
    id: 'aws-secret-after-key-id',
    provider: 'AWS',
    keywords: ['akia', 'asia'],
    pattern:
      /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])[^\n]{1,80}?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dg,
    minEntropy: 3.5,
    validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9/+]/.test(secret),
  },
  {
    // format: gitleaks gcp-api-key (Google Maps, Firebase, Gemini and other Google API keys).
    id: 'google-api-key',
    provider: 'Google',
    keywords: ['aiza'],
    pattern: /(?<![A-Za-z0-9_-])(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // Google OAuth client secret, GOCSPX- + 28 (not in gitleaks; Google's documented prefix).
    id: 'google-oauth-client-secret',
    provider: 'Google',
    keywords: ['gocspx-'],
    pattern: /(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // Google OAuth 2.0 access token (ya29.…), as printed by `gcloud auth print-access-token`.
    id: 'google-oauth-access-token',
    provider: 'Google',
    keywords: ['ya29.'],
    pattern: /(?<![A-Za-z0-9_-])(ya29\.[A-Za-z0-9_-]{30,2048})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // Google OAuth 2.0 refresh token (1//0…).
    id: 'google-oauth-refresh-token',
    provider: 'Google',
    keywords: ['1//0'],
    pattern: /(?<![A-Za-z0-9_/-])(1\/\/0[A-Za-z0-9_-]{40,512})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
    score: 0.85,
  },
  {
    // GCP service-account key file: the "private_key" member of JSON that also has the
    // service-account fields (format: secretlint gcp). Same span as the PEM rule; listed earlier so
    // that the overlap goes to this, more specific, label.
    id: 'gcp-service-account-key',
    provider: 'Google',
    keywords: ['"private_key"'],
    pattern:
      /"private_key"[ \t]*:[ \t]*"(-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|\n)[A-Za-z0-9+/=\\\r\n]{64,16384}-----END (?:RSA )?PRIVATE KEY-----)/dg,
    context: { words: ['service_account', 'private_key_id', 'gserviceaccount'], window: 4000, required: true },
    score: 1,
  },
  {
    // Azure Storage / Service Bus / Event Hubs connection strings: AccountKey=…; SharedAccessKey=…
    id: 'azure-storage-key',
    provider: 'Azure',
    keywords: ['accountkey', 'sharedaccesskey'],
    pattern: /(?:AccountKey|SharedAccessKey)[ \t]*=[ \t]*([A-Za-z0-9+/]{40,100}={0,2})(?![A-Za-z0-9+/=])/dgi,
    minEntropy: 4,
  },
  {
    // format: gitleaks azure-ad-client-secret (3 chars, a digit, "Q~", 31-34 chars). The Q~ marker
    // is distinctive; a client-secret variable name nearby raises the score.
    id: 'azure-ad-client-secret',
    provider: 'Azure',
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/dg,
    minEntropy: 3,
    score: 0.85,
    context: { words: ['client_secret', 'clientsecret', 'client-secret', 'azure', 'entra', 'tenant'], score: 0.95 },
  },
  {
    // Azure shared access signature: sig= in a URL or connection string that also carries the
    // SAS version (sv=), so other sig= parameters are left alone.
    id: 'azure-sas-token',
    provider: 'Azure',
    keywords: ['sig='],
    pattern: /(?<=[?&;])sig=([A-Za-z0-9%+/]{30,200}={0,2})(?![A-Za-z0-9%+/=])/dg,
    context: { words: ['sv='], window: 400, required: true },
    minEntropy: 3.5,
  },
  {
    // format: gitleaks digitalocean-pat, -access-token, -refresh-token.
    id: 'digitalocean-token',
    provider: 'DigitalOcean',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    pattern: /(?<![A-Za-z0-9_])(do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks heroku-api-key-v2.
    id: 'heroku-api-key',
    provider: 'Heroku',
    keywords: ['hrku-aa'],
    pattern: /(?<![A-Za-z0-9_-])(HRKU-AA[0-9A-Za-z_-]{58})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks heroku-api-key (a UUID next to a Heroku key name). The key name must say key,
    // token or secret, so HEROKU_APP_ID stays out.
    id: 'heroku-api-key-legacy',
    provider: 'Heroku',
    keywords: ['heroku'],
    pattern: keyed(
      String.raw`heroku[\w.-]{0,20}?(?:api[_.-]?key|key|token|secret|auth|password)`,
      UUID,
      '[A-Za-z0-9-]',
    ),
    score: 0.85,
  },
  {
    // format: secretlint cloudflare (cfk_/cfut_/cfat_ + 40 body + 8 checksum).
    id: 'cloudflare-token',
    provider: 'Cloudflare',
    keywords: ['cfk_', 'cfut_', 'cfat_'],
    pattern: /(?<![A-Za-z0-9_])(cf(?:k|ut|at)_[A-Za-z0-9]{48})(?![A-Za-z0-9_])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks cloudflare-api-key (40) and cloudflare-global-api-key (37 hex): no prefix,
    // so they need a Cloudflare variable name.
    id: 'cloudflare-api-key',
    provider: 'Cloudflare',
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'cf_token', 'cf_key'],
    pattern: keyed(
      String.raw`cloudflare[\w.-]{0,20}?(?:token|key)|(?<![A-Za-z0-9])cf[_.-](?:api[_.-]?)?(?:token|key)`,
      '[A-Za-z0-9_-]{40}|[a-f0-9]{37}',
      '[A-Za-z0-9_-]',
    ),
    minEntropy: 3,
    score: 0.85,
  },
  {
    // format: gitleaks cloudflare-origin-ca-key.
    id: 'cloudflare-origin-ca-key',
    provider: 'Cloudflare',
    keywords: ['v1.0-'],
    pattern: /(?<![A-Za-z0-9_-])(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks alibaba-access-key-id (LTAI + 20; older IDs have 12).
    id: 'alibaba-access-key-id',
    provider: 'Alibaba Cloud',
    keywords: ['ltai'],
    pattern: /(?<![A-Za-z0-9])(LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks databricks-api-token.
    id: 'databricks-token',
    provider: 'Databricks',
    keywords: ['dapi'],
    pattern: /(?<![A-Za-z0-9_-])(dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks vault-service-token / vault-batch-token, secretlint hashicorp-vault (hvr.).
    id: 'vault-token',
    provider: 'HashiCorp Vault',
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    pattern: /(?<![A-Za-z0-9_.-])(hv[sr]\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks hashicorp-tf-api-token (Terraform Cloud / Enterprise user and team tokens).
    id: 'terraform-cloud-token',
    provider: 'Terraform Cloud',
    keywords: ['atlasv1'],
    pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks doppler-api-token (dp.pt. + 43); service, service-account, CLI, SCIM and audit
    // tokens share the dp.<kind>. prefix.
    id: 'doppler-token',
    provider: 'Doppler',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    pattern:
      /(?<![A-Za-z0-9_.-])(dp\.pt\.[A-Za-z0-9]{43}|dp\.(?:st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks planetscale-api-token / -oauth-token / -password.
    id: 'planetscale-token',
    provider: 'PlanetScale',
    keywords: ['pscale_'],
    pattern: /(?<![A-Za-z0-9_])(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=-]{32,64})(?![A-Za-z0-9_=.-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks pulumi-api-token.
    id: 'pulumi-token',
    provider: 'Pulumi',
    keywords: ['pul-'],
    pattern: /(?<![A-Za-z0-9_-])(pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks datadog-access-token. API keys (32 hex) and application keys (40 hex) have
    // no prefix, so the key name must say Datadog (DD_API_KEY, DATADOG_APP_KEY, DD-API-KEY header).
    id: 'datadog-key',
    provider: 'Datadog',
    keywords: ['datadog', 'dd_api', 'dd-api', 'dd_app', 'dd-app', 'ddapi', 'ddapp'],
    pattern: keyed(
      String.raw`datadog[\w.-]{0,20}?(?:key|token)|(?<![A-Za-z0-9])dd[_.-]?(?:api|app(?:lication)?)[_.-]?key`,
      '[a-f0-9]{40}|[a-f0-9]{32}',
      '[A-Za-z0-9]',
    ),
    minEntropy: 3,
    score: 0.85,
  },
  {
    // format: gitleaks sentry-user-token.
    id: 'sentry-user-token',
    provider: 'Sentry',
    keywords: ['sntryu_'],
    pattern: /(?<![A-Za-z0-9_])(sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks sentry-org-token: sntrys_ + base64 JSON claims (iat, url, region_url, org)
    // + "_" + 43-char secret.
    id: 'sentry-org-token',
    provider: 'Sentry',
    keywords: ['sntrys_'],
    pattern: /(?<![A-Za-z0-9_])(sntrys_eyJ[A-Za-z0-9+/]{20,800}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/_=])/dg,
    minEntropy: 4,
  },
  {
    // Sentry DSN: https://<public key>[:<secret key>]@<host>/<project>. A DSN's public key is meant
    // for client apps, so a bare DSN scores low; a legacy DSN with the secret key scores high.
    id: 'sentry-dsn',
    provider: 'Sentry',
    keywords: ['sentry', 'ingest'],
    pattern:
      /https?:\/\/([a-f0-9]{32}(?::[a-f0-9]{32})?)(?=@[A-Za-z0-9.-]{1,100}(?::\d{1,5})?\/(?:[\w.-]{1,64}\/)?\d{1,20}(?![\w]))/dg,
    context: { words: ['sentry'], window: 200, required: true },
    score: (secret) => (secret.includes(':') ? 0.9 : 0.6),
  },
  {
    // format: gitleaks grafana-cloud-api-token.
    id: 'grafana-cloud-token',
    provider: 'Grafana',
    keywords: ['glc_'],
    pattern: /(?<![A-Za-z0-9_])(glc_[A-Za-z0-9+/]{32,400}={0,3})(?![A-Za-z0-9+/=])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks grafana-service-account-token.
    id: 'grafana-service-account-token',
    provider: 'Grafana',
    keywords: ['glsa_'],
    pattern: /(?<![A-Za-z0-9_])(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks grafana-api-key (legacy keys: base64 of {"k":"…).
    id: 'grafana-api-key',
    provider: 'Grafana',
    keywords: ['eyjrijoi'],
    pattern: /(?<![A-Za-z0-9_])(eyJrIjoi[A-Za-z0-9]{70,400}={0,3})(?![A-Za-z0-9+/=])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks new-relic-user-api-key (NRAK-) and new-relic-insert-key (NRII-).
    id: 'new-relic-key',
    provider: 'New Relic',
    keywords: ['nrak-', 'nrii-'],
    pattern: /(?<![A-Za-z0-9_-])(NRAK-[A-Za-z0-9]{27}|NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks dynatrace-api-token.
    id: 'dynatrace-token',
    provider: 'Dynatrace',
    keywords: ['dt0c01.'],
    pattern: /(?<![A-Za-z0-9_.-])(dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks artifactory-api-key (AKCp) and artifactory-reference-token (cmVmd…).
    id: 'jfrog-token',
    provider: 'JFrog',
    keywords: ['akcp', 'cmvmd'],
    pattern: /(?<![A-Za-z0-9])(AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59})(?![A-Za-z0-9])/dg,
    minEntropy: 4,
  },
];
