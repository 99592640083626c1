import type { SecretRule } from '../rule';

/** AI model providers. Formats: gitleaks config/gitleaks.toml and secretlint rule packages (MIT). */
export const aiRules: SecretRule[] = [
  {
    // format: gitleaks openai-api-key, secretlint openai. Project, service-account and admin keys;
    // the length range is wider than gitleaks' 58/74 + marker so that new key lengths still match.
    id: 'openai-project-key',
    provider: 'OpenAI',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    pattern: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks openai-api-key (legacy user keys; T3BlbkFJ is base64 of "OpenAI").
    id: 'openai-legacy-key',
    provider: 'OpenAI',
    keywords: ['t3blbkfj'],
    pattern: /(?<![A-Za-z0-9_-])(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks anthropic-api-key (93 chars + "AA"), secretlint anthropic (api0N, 90-128).
    id: 'anthropic-api-key',
    provider: 'Anthropic',
    keywords: ['sk-ant-api'],
    pattern: /(?<![A-Za-z0-9_-])(sk-ant-api\d\d-[A-Za-z0-9_-]{80,120}AA)(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks anthropic-admin-api-key.
    id: 'anthropic-admin-key',
    provider: 'Anthropic',
    keywords: ['sk-ant-admin'],
    pattern: /(?<![A-Za-z0-9_-])(sk-ant-admin\d\d-[A-Za-z0-9_-]{80,120}AA)(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks huggingface-access-token (hf_ + 34 letters); digits accepted too.
    id: 'huggingface-token',
    provider: 'Hugging Face',
    keywords: ['hf_'],
    pattern: /(?<![A-Za-z0-9_])(hf_[A-Za-z0-9]{34})(?![A-Za-z0-9_])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks huggingface-organization-api-token.
    id: 'huggingface-org-token',
    provider: 'Hugging Face',
    keywords: ['api_org_'],
    pattern: /(?<![A-Za-z0-9_])(api_org_[A-Za-z0-9]{34})(?![A-Za-z0-9_])/dg,
    minEntropy: 3.5,
  },
  {
    // format: secretlint groq (gsk_ + 52 alphanumerics); gitleaks has no Groq rule.
    id: 'groq-api-key',
    provider: 'Groq',
    keywords: ['gsk_'],
    pattern: /(?<![A-Za-z0-9_])(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks perplexity-api-key.
    id: 'perplexity-api-key',
    provider: 'Perplexity',
    keywords: ['pplx-'],
    pattern: /(?<![A-Za-z0-9_-])(pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
];
