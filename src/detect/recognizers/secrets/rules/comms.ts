import { decodeBase64 } from '../base64';
import type { SecretRule } from '../rule';
import { keyed, occurrences } from './util';

/** Messaging, chat and e-mail services. Formats: gitleaks, secretlint. */
export const commsRules: SecretRule[] = [
  {
    // format: gitleaks slack-bot-token (xoxb-team-bot-secret) and slack-legacy-bot-token.
    id: 'slack-bot-token',
    provider: 'Slack',
    keywords: ['xoxb-'],
    pattern: /(?<![A-Za-z0-9_-])(xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks slack-user-token (xoxp-, and xoxe- user tokens with three number groups).
    id: 'slack-user-token',
    provider: 'Slack',
    keywords: ['xoxp-', 'xoxe-'],
    pattern: /(?<![A-Za-z0-9_-])(xox[pe](?:-[0-9]{8,14}){3}-[A-Za-z0-9]{28,34})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks slack-app-token.
    id: 'slack-app-token',
    provider: 'Slack',
    keywords: ['xapp-'],
    pattern: /(?<![A-Za-z0-9_-])(xapp-\d-[A-Z0-9]{6,16}-\d{6,16}-[a-z0-9]{32,96})(?![A-Za-z0-9_-])/dgi,
    minEntropy: 3,
  },
  {
    // format: gitleaks slack-config-access-token and slack-config-refresh-token.
    id: 'slack-config-token',
    provider: 'Slack',
    keywords: ['xoxe.xox', 'xoxe-'],
    pattern: /(?<![A-Za-z0-9_-])(xoxe\.xox[bp]-\d-[A-Z0-9]{163,166}|xoxe-\d-[A-Z0-9]{146})(?![A-Za-z0-9_-])/dgi,
    minEntropy: 3,
  },
  {
    // format: gitleaks slack-legacy-workspace-token (xoxa-, xoxr-) and slack-legacy-token (xoxo-, xoxs-).
    id: 'slack-legacy-token',
    provider: 'Slack',
    keywords: ['xoxa-', 'xoxr-', 'xoxo-', 'xoxs-'],
    pattern:
      /(?<![A-Za-z0-9_-])(xox[ar]-(?:\d-)?[0-9A-Za-z]{8,48}|xox[os]-\d{1,20}-\d{1,20}-\d{1,20}-[a-fA-F0-9]{8,64})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks slack-webhook-url, secretlint slack (T…/B…/secret). The whole URL is the secret.
    id: 'slack-webhook-url',
    provider: 'Slack',
    keywords: ['hooks.slack.com'],
    pattern:
      /((?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{40,120})(?![A-Za-z0-9+/])/dg,
    minEntropy: 3,
  },
  {
    // Discord bot token: base64 of the bot's numeric user ID (a snowflake, so the first segment
    // starts with M, N or O), a timestamp segment and an HMAC (format: detect-secrets
    // DiscordBotTokenDetector; gitleaks only has context rules). No keyword to prefilter on, so the
    // validator decodes the first segment and requires 17-20 digits.
    id: 'discord-bot-token',
    provider: 'Discord',
    keywords: [],
    pattern:
      /(?<![A-Za-z0-9_.-])([MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/dg,
    minEntropy: 3.5,
    validate: (secret) => {
      const id = decodeBase64(secret.slice(0, secret.indexOf('.')));
      return id !== null && /^[1-9][0-9]{16,19}$/.test(id);
    },
  },
  {
    // Discord webhook URL (id + 68-char token). The whole URL is the secret.
    id: 'discord-webhook-url',
    provider: 'Discord',
    keywords: ['discord'],
    pattern:
      /(https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks telegram-bot-api-token (bot id, ":", "AA" + 33). gitleaks wants "telegr" nearby;
    // the digits:AA shape is specific enough without it.
    id: 'telegram-bot-token',
    provider: 'Telegram',
    keywords: [':aa'],
    pattern: /(?<![A-Za-z0-9_:-])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3.5,
  },
  {
    // format: gitleaks twilio-api-key (SK + 32 hex). Short prefix, so a moderate score unless
    // "twilio" is nearby.
    id: 'twilio-api-key',
    provider: 'Twilio',
    keywords: ['sk'],
    pattern: /(?<![A-Za-z0-9_-])(SK[0-9a-fA-F]{32})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
    score: 0.75,
    context: { words: ['twilio'], window: 300, score: 0.95 },
  },
  {
    // Twilio auth token: 32 hex with no prefix, so "twilio" must be in the key name or nearby
    // (TWILIO_AUTH_TOKEN=…, authToken: '…' in a Twilio client snippet).
    id: 'twilio-auth-token',
    provider: 'Twilio',
    keywords: ['twilio'],
    pattern: keyed(String.raw`twilio[\w.-]{0,20}?(?:token|secret|auth)|auth[_.-]?token`, '[a-f0-9]{32}', '[A-Za-z0-9]'),
    minEntropy: 3,
    context: { words: ['twilio'], window: 300, required: true },
    score: 0.9,
  },
  {
    // Account SID and auth token joined for HTTP Basic auth: AC<32 hex>:<32 hex> (curl -u).
    id: 'twilio-sid-and-token',
    provider: 'Twilio',
    keywords: ['ac'],
    pattern: /(?<![A-Za-z0-9_-])AC[0-9a-f]{32}:([0-9a-f]{32})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks sendgrid-api-token (SG. + 22 + . + 43).
    id: 'sendgrid-api-key',
    provider: 'SendGrid',
    keywords: ['sg.'],
    pattern: /(?<![A-Za-z0-9_.-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks mailgun-private-api-token (key- + 32 hex). gitleaks requires "mailgun"
    // nearby; here the shape alone gives a moderate score and the word raises it.
    id: 'mailgun-api-key',
    provider: 'Mailgun',
    keywords: ['key-'],
    pattern: /(?<![A-Za-z0-9_-])(key-[0-9a-f]{32})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
    score: 0.7,
    context: { words: ['mailgun'], window: 300, score: 0.95 },
  },
  {
    // format: gitleaks mailchimp-api-key (32 hex + -us + datacenter number).
    id: 'mailchimp-api-key',
    provider: 'Mailchimp',
    keywords: ['-us'],
    pattern: /(?<![A-Za-z0-9_-])([0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9_-])/dg,
    // 32 hex digits before each "-us".
    starts: (text) => occurrences(text, '-us', -32),
    minEntropy: 3,
  },
  {
    // format: gitleaks sendinblue-api-token (Brevo, formerly Sendinblue; SMTP keys use xsmtpsib-).
    id: 'brevo-api-key',
    provider: 'Brevo',
    keywords: ['xkeysib-', 'xsmtpsib-'],
    pattern: /(?<![A-Za-z0-9_-])(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/dg,
    minEntropy: 3,
  },
  {
    // format: gitleaks microsoft-teams-webhook. The whole URL is the secret.
    id: 'teams-webhook-url',
    provider: 'Microsoft Teams',
    keywords: ['webhook.office.com'],
    pattern:
      /(https:\/\/[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2\/[a-z0-9-]{36}@[a-z0-9-]{36}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9-]{36}(?:\/[A-Za-z0-9_-]{10,80})?)(?![A-Za-z0-9_/-])/dgi,
    minEntropy: 3,
  },
];
