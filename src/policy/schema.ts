/**
 * The one settings schema. Resolution: DEFAULTS < user values < managed policy; a key set by policy
 * is locked (for `actions` and `selectorOverrides`, each entry the policy sets is locked). Everything
 * else (the Settings type, DEFAULTS, public/managed_schema.json, the docs table) derives from SPEC,
 * and unit tests prove the generated schema file and docs/admin.md agree with it.
 */
import { ACTIONS, ENTITY_TYPES, type Action, type CustomPattern } from '../detect';
import { isToolRuleKey, TOOL_RULES, type ToolRule } from './ai-tools';
import { bool, list, number, record, shape, string, type Parser } from './fields';
import { REPORTING_OFF, reportingParser, type ReportingPolicy } from './reporting';

/** A custom pattern as the settings hold it: its action is always set (the detector's is optional). */
export type PolicyPattern = Required<CustomPattern>;

export interface ExtraSite {
  name: string;
  /** Match pattern, e.g. `https://ai.intranet.example.com/*`. */
  match: string;
  composer: string;
  sendButton: string;
  reply: string;
}

export interface SelectorOverride {
  composer?: string[];
  sendButton?: string[];
  reply?: string[];
}

export type Group = 'protection' | 'detection' | 'sites' | 'notices' | 'audit';

export interface Field<T> extends Parser<T> {
  readonly default: T;
  readonly group: Group;
  readonly title: string;
  readonly doc: string;
  /** `entries`: a policy locks only the entries it sets (maps); `whole`: the policy value replaces the user's. */
  readonly merge: 'whole' | 'entries';
  /** Only managed policy may set it: the user layer ignores it (with a problem) and no page edits it. */
  readonly managedOnly?: true;
  /**
   * How a user could loosen protection with this key, held back when policy says the user may not
   * (`userMayLoosen`, resolve.ts): `pin`, the policy's (or default) value stands; `atMost`, the
   * user's number may not exceed it; `stricter`, each action may only be made stricter.
   */
  readonly loosening?: 'pin' | 'atMost' | 'stricter';
}

const field = <T>(
  parser: Parser<T>,
  def: T,
  group: Group,
  title: string,
  doc: string,
  merge: 'whole' | 'entries' = 'whole',
  loosening?: Field<T>['loosening'],
): Field<T> => ({ ...parser, default: def, group, title, doc, merge, ...(loosening ? { loosening } : {}) });

const action = string<Action>({ oneOf: ACTIONS });
const selectors = list(string({ maxLength: 500 }), 20);

export const ACTION_KEYS: readonly string[] = ['default', ...ENTITY_TYPES];

export const DEFAULT_ACTIONS: Readonly<Record<string, Action>> = Object.freeze({
  default: 'redact',
  SECRET: 'block',
  PERSON: 'warn',
  LOCATION: 'warn',
  STREET_ADDRESS: 'warn',
  ORGANIZATION: 'allow',
  DATE_TIME: 'allow',
  URL: 'redact',
  CUSTOM: 'block',
});

export const SPEC = {
  enabled: field(bool(), true, 'protection', 'Protection on', 'When false, Veil inspects and changes nothing.'),
  userMayLoosen: {
    ...field(
      bool(),
      true,
      'protection',
      'User may loosen',
      'Policy only. When false, the user cannot switch sites off, turn on monitor mode, set failMode, raise minScore or make an action less strict than the policy (or the default). Defaults to false whenever a policy sets `enabled`.',
    ),
    managedOnly: true,
  },
  mode: field(
    string<'enforce' | 'monitor'>({ oneOf: ['enforce', 'monitor'] }),
    'enforce',
    'protection',
    'Mode',
    '"enforce" applies the actions; "monitor" only detects and records (for rollouts): text is sent unchanged.',
    'whole',
    'pin',
  ),
  policyVersion: field(
    string({ maxLength: 100 }),
    '',
    'protection',
    'Policy version',
    'Any label for the policy in force; recorded with every audit event. A change shows the AI-use notice again.',
  ),
  actions: field(
    record(action, ACTION_KEYS),
    { ...DEFAULT_ACTIONS },
    'protection',
    'Action per type',
    'Entity type to "redact", "warn", "block" or "allow"; `default` covers types not listed.',
    'entries',
    'stricter',
  ),
  minScore: field(
    number(0, 1),
    0.5,
    'detection',
    'Minimum score',
    'Findings scored below this (0..1) are ignored. Lower finds more and flags more by mistake.',
    'whole',
    'atMost',
  ),
  allowSendAnyway: field(
    bool(),
    true,
    'protection',
    'Allow "Send anyway"',
    'Whether the review dialog (warn) offers to send the original text.',
  ),
  requireReason: field(bool(), false, 'protection', 'Require a reason', '"Send anyway" asks for a written reason.'),
  failMode: field(
    string<'block' | 'allow'>({ oneOf: ['block', 'allow'] }),
    'block',
    'protection',
    'When checking fails',
    'If detection or the rewrite fails: "block" stops the send, "allow" lets it through. The user is told either way.',
    'whole',
    'pin',
  ),
  otherFiles: field(
    string<'allow' | 'warn' | 'block'>({ oneOf: ['allow', 'warn', 'block'] }),
    'warn',
    'protection',
    'Other attachments',
    'Files Veil cannot read (PDF, DOCX, images): "warn" asks before attaching, "block" refuses, "allow" attaches.',
  ),
  customKeywords: field(
    list(string({ maxLength: 200 }), 1000),
    [] as string[],
    'detection',
    'Custom keywords',
    'Words or phrases to treat as sensitive (code names, customer names); matched whole-word, any case.',
  ),
  customPatterns: field(
    list(shape<PolicyPattern>({ name: string({ maxLength: 60 }), pattern: string({ maxLength: 1000 }), action }), 200),
    [] as PolicyPattern[],
    'detection',
    'Custom patterns',
    'List of {name, pattern, action}; RE2 syntax. A pattern that does not compile is reported and skipped.',
  ),
  disabledSites: field(
    list(string({ maxLength: 40 }), 50),
    [] as string[],
    'sites',
    'Sites not guarded',
    'Site ids Veil leaves alone, as listed in docs/sites.md (e.g. chatgpt, claude, gemini, m365copilot, notebooklm).',
    'whole',
    'pin',
  ),
  extraSites: field(
    list(
      shape<ExtraSite>({
        name: string({ maxLength: 60 }),
        match: string({ maxLength: 300 }),
        composer: string({ maxLength: 500 }),
        sendButton: string({ maxLength: 500 }),
        reply: string({ maxLength: 500 }),
      }),
      50,
    ),
    [] as ExtraSite[],
    'sites',
    'Internal AI sites',
    'List of {name, match, composer, sendButton, reply} for internal AI portals (see the permissions note).',
  ),
  selectorOverrides: field(
    record(
      shape<SelectorOverride>({ composer: selectors, sendButton: selectors, reply: selectors }, [
        'composer',
        'sendButton',
        'reply',
      ]),
    ),
    {} as Record<string, SelectorOverride>,
    'sites',
    'Selector overrides',
    'Site id to {composer, sendButton, reply} selector lists, tried before the built-in ones when a site changes.',
    'entries',
  ),
  blockedSites: field(
    list(string({ maxLength: 253 }), 500),
    [] as string[],
    'sites',
    'Blocked AI tools',
    'Host names (a leading "*." covers subdomains) of AI tools the organisation does not allow; they show a Veil page instead.',
  ),
  aiTools: field(
    record(string<ToolRule>({ oneOf: TOOL_RULES }), isToolRuleKey),
    {} as Record<string, ToolRule>,
    'sites',
    'AI tools policy',
    'Map from "default", "category:<name>" (chat, search, coding, writing, image, video, audio, meetings, agents, translation, companions, productivity) or a host name to "allow", "warn" or "block"; the most specific entry wins and subdomains follow their parent. "warn" asks before the tool loads; "block" shows the block page. See docs/ai-tools.md.',
    'entries',
  ),
  approvedToolUrl: field(
    string({ url: true, optional: true, maxLength: 2000 }),
    '',
    'sites',
    'Approved tool',
    'https:// address of the AI tool to use instead, named on the block and warn pages.',
  ),
  showDisclaimer: field(bool(), true, 'notices', 'Label AI replies', 'Adds the disclaimer under every AI reply.'),
  disclaimerText: field(
    string({ maxLength: 500 }),
    'AI-generated: it can be wrong. Check it before you rely on it.',
    'notices',
    'Disclaimer text',
    'The text under each AI reply.',
  ),
  disclaimerLinkUrl: field(
    string({ url: true, optional: true, maxLength: 2000 }),
    '',
    'notices',
    'Disclaimer link',
    'Optional https:// link after the disclaimer (your AI policy).',
  ),
  requireAcknowledgement: field(
    bool(),
    false,
    'notices',
    'Require acknowledgement',
    'Nothing can be sent on an AI site until the user acknowledges the AI-use notice (recorded).',
  ),
  termsUrl: field(
    string({ url: true, optional: true, maxLength: 2000 }),
    '',
    'notices',
    'Terms link',
    "https:// link to the organisation's AI terms, shown in the AI-use notice.",
  ),
  auditRetentionDays: field(
    number(1, 3650, true),
    90,
    'audit',
    'Keep history (days)',
    'Audit events older than this are deleted daily.',
  ),
  allowAuditExport: field(bool(), true, 'audit', 'Allow export', 'Whether the popup offers CSV/JSON export.'),
  allowAuditClear: field(
    bool(),
    true,
    'audit',
    'Allow clearing history',
    'Whether the user may clear the history. A policy false also keeps auditRetentionDays at least at the policy value (or the default).',
  ),
  reporting: {
    ...field(
      reportingParser(),
      REPORTING_OFF as ReportingPolicy,
      'audit',
      'Fleet reporting',
      'Managed policy only. {endpoint, format, headers, labels, batchSize, flushSeconds}: sends every audit event to your log pipeline. endpoint: https:// (http:// only to 127.0.0.1/localhost); format: "otlp" (OTLP/HTTP JSON logs), "splunk-hec" or "webhook"; headers: sent with each request (e.g. Authorization); labels: added to every event; batchSize 1..1000 (100); flushSeconds 1..86400 (30). See "Fleet reporting" below.',
    ),
    managedOnly: true,
  },
} satisfies Record<string, Field<unknown>>;

type ValueOf<F> = F extends Field<infer T> ? T : never;

export type Settings = { [K in keyof typeof SPEC]: ValueOf<(typeof SPEC)[K]> };
export type SettingKey = keyof Settings;

/** Every key of the schema. */
export const ALL_KEYS = Object.keys(SPEC) as SettingKey[];

const isManagedOnly = (key: SettingKey): boolean => (SPEC[key] as Field<unknown>).managedOnly === true;

/** Keys the user may set (the options page, settings files): all but the managed-only ones. */
export const SETTING_KEYS: SettingKey[] = ALL_KEYS.filter((k) => !isManagedOnly(k));

/** Keys only managed policy may set. */
export const MANAGED_ONLY_KEYS: readonly SettingKey[] = ALL_KEYS.filter(isManagedOnly);

/** Keys an administrator may set through managed storage: all of them. */
export const POLICY_KEYS: readonly SettingKey[] = ALL_KEYS;

/** Actions from least to most strict: "warn" lets the user send anyway, so it is looser than "redact". */
export const ACTION_STRICTNESS: readonly Action[] = ['allow', 'warn', 'redact', 'block'];

export const DEFAULTS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(ALL_KEYS.map((k) => [k, structuredClone(SPEC[k].default)])) as Settings,
);
