/**
 * openredaction (571 regex patterns, async `detect()`, default options). Its labels are mapped
 * onto ours where one exists; the hundreds of others (order numbers, licence plates, SKUs…) are
 * kept as OTHER:<label>, so they count as false positives where there is no PII.
 */
import { other, type Tool } from './types';

const GROUPS: Record<string, readonly string[]> = {
  EMAIL_ADDRESS: ['EMAIL'],
  PHONE_NUMBER: ['PHONE', 'PHONE_INTERNATIONAL', 'PHONE_LINE_NUMBER', 'PHONE_UK', 'PHONE_UK_MOBILE', 'PHONE_US'],
  PERSON: ['NAME', 'PERSON'],
  CREDIT_CARD: ['CREDIT_CARD'],
  IBAN_CODE: ['IBAN', 'UK_BANK_ACCOUNT_IBAN'],
  US_SSN: ['SSN'],
  UK_NINO: ['NATIONAL_INSURANCE_UK'],
  UK_NHS: ['NHS_NUMBER'],
  NATIONAL_ID: ['GERMAN_TAX_ID', 'FRENCH_SOCIAL_SECURITY', 'SPANISH_DNI', 'ITALIAN_FISCAL_CODE'],
  IP_ADDRESS: ['IPV4', 'IPV6'],
  MAC_ADDRESS: ['MAC_ADDRESS'],
  US_PASSPORT: ['PASSPORT_US'],
  US_DRIVER_LICENSE: ['DRIVING_LICENSE_US'],
  STREET_ADDRESS: ['ADDRESS_STREET', 'ADDRESS_PO_BOX', 'POSTCODE_UK', 'ZIP_CODE_US'],
  LOCATION: ['PLACE'],
  ORGANIZATION: ['ORGANIZATION'],
  DATE_OF_BIRTH: ['DATE_OF_BIRTH'],
  DATE_TIME: ['DATE'],
  URL: ['URL'],
  SECRET: [
    'AWS_ACCESS_KEY',
    'AWS_SECRET_KEY',
    'AZURE_STORAGE_KEY',
    'BEARER_TOKEN',
    'DATABASE_CONNECTION',
    'DOCKER_AUTH',
    'FIREBASE_API_KEY',
    'GENERIC_API_KEY',
    'GENERIC_SECRET',
    'GITHUB_TOKEN',
    'GOOGLE_API_KEY',
    'HEROKU_API_KEY',
    'JWT_TOKEN',
    'KUBERNETES_SECRET',
    'MAILGUN_API_KEY',
    'NPM_TOKEN',
    'OAUTH_CLIENT_SECRET',
    'OAUTH_TOKEN',
    'OPENAI_API_KEY',
    'PRIVATE_KEY',
    'PYPI_TOKEN',
    'SENDGRID_API_KEY',
    'SLACK_TOKEN',
    'SLACK_WEBHOOK',
    'SSH_PRIVATE_KEY',
    'STRIPE_API_KEY',
    'TWILIO_API_KEY',
    'URL_WITH_AUTH',
  ],
};

const MAP = new Map(Object.entries(GROUPS).flatMap(([ours, theirs]) => theirs.map((t) => [t, ours] as const)));

interface Detection {
  type: string;
  position: [number, number];
}
interface OpenRedaction {
  detect(text: string): Promise<{ detections: Detection[] }>;
}

export function openredactionTool(): Tool {
  let or: OpenRedaction | null = null;
  return {
    name: 'openredaction',
    covers: Object.keys(GROUPS),
    mapping:
      Object.entries(GROUPS)
        .map(([ours, theirs]) => `${theirs.length > 4 ? `${theirs.length} labels` : theirs.join('/')} → ${ours}`)
        .join('; ') + '; everything else → OTHER (a false positive unless it lands on neutral text)',
    notes: [],
    async init() {
      const { OpenRedaction } = await import('openredaction');
      or = new OpenRedaction({}) as unknown as OpenRedaction;
    },
    async find(text) {
      const r = await or!.detect(text);
      return r.detections.map((d) => ({
        type: MAP.get(d.type) ?? other(d.type),
        start: d.position[0],
        end: d.position[1],
      }));
    },
  };
}
