/**
 * The guard matrix's prompts: chat-style requests mixing personal data and secrets, each with the
 * raw values planted in it. Every value is of a type the detector's fast path finds without
 * context (checked by test/unit/content/prompts.test.ts, so a detector change that misses one fails
 * there, not as a mysterious e2e leak): email addresses, Luhn-valid card numbers from real issuer
 * ranges (not the published test numbers, which the detector deliberately scores low), mod-97-valid
 * IBANs, AWS access key ids, GitHub tokens, and phone numbers in international (E.164) form.
 * All values are synthetic (generated, then fixed here).
 */

export interface Prompt {
  text: string;
  /** The raw values planted in `text`, exactly as written there. */
  values: string[];
}

export const PROMPTS: readonly Prompt[] = [
  {
    text: 'Please draft a reply to ops-billing@northwind-mail.com about the refund on card 4539 8440 9442 9365',
    values: ['ops-billing@northwind-mail.com', '4539 8440 9442 9365'],
  },
  {
    text: 'Our deploy fails with AKIAH5DMECEKP7CD3PMJ in the env file, can you explain the error?',
    values: ['AKIAH5DMECEKP7CD3PMJ'],
  },
  {
    text: 'Summarise this ticket: customer rang from +14155552671 and wants the invoice sent to a.kowalski@fabrikam.pl',
    values: ['+14155552671', 'a.kowalski@fabrikam.pl'],
  },
  {
    text: 'Write a polite reminder that the transfer to DE88 3704 0044 5343 8892 05 is overdue',
    values: ['DE88 3704 0044 5343 8892 05'],
  },
  {
    text: 'Why does git push reject my token ghp_xWjPQRYNagHtSZ1pOa7iKwdR9A1pAopkwu2R on the CI runner?',
    values: ['ghp_xWjPQRYNagHtSZ1pOa7iKwdR9A1pAopkwu2R'],
  },
  {
    text: 'Translate to German: my card 4916-9981-9972-3628 was charged twice, call me on +44 20 7946 0958',
    values: ['4916-9981-9972-3628', '+44 20 7946 0958'],
  },
  {
    text: 'Format as a table: support@contoso-retail.com, +49 30 901820, GB22NWBK60161341701150',
    values: ['support@contoso-retail.com', '+49 30 901820', 'GB22NWBK60161341701150'],
  },
  {
    text: 'Is AKIAQDSTBP5GPXDFCHMY an access key or a secret key? It was in a screenshot we posted',
    values: ['AKIAQDSTBP5GPXDFCHMY'],
  },
  {
    text: 'Rewrite this email more formally: hi, send the contract to legal.team@tailspin-toys.co.uk by friday',
    values: ['legal.team@tailspin-toys.co.uk'],
  },
  {
    text: 'The payment of 420 EUR to FR51 2004 1010 0575 5351 4354 106 bounced, what should I tell the supplier?',
    values: ['FR51 2004 1010 0575 5351 4354 106'],
  },
  {
    text: 'Check my script: curl -H "Authorization: token ghp_YR78z8JHUVZhQxmT5UG0OfcBV9tNN94vpbNx" https://api.github.com/user',
    values: ['ghp_YR78z8JHUVZhQxmT5UG0OfcBV9tNN94vpbNx'],
  },
  {
    text: 'Card 4485694295687053 declined at checkout, the customer email is m.rossi@adventure-works.it',
    values: ['4485694295687053', 'm.rossi@adventure-works.it'],
  },
  {
    text: 'Create a contact card for the site manager, mobile +33 1 42 68 53 00, mail site.manager@woodgrove-build.fr',
    values: ['+33 1 42 68 53 00', 'site.manager@woodgrove-build.fr'],
  },
  {
    text: 'Explain this log line: auth failed for key AKIANY2IP72RQ7ASAOTP from 10.2.3.4',
    values: ['AKIANY2IP72RQ7ASAOTP'],
  },
  {
    text: 'Salary goes to NL53 ABNA 4885 6448 75 from next month, write the note to HR at hr-desk@litware-inc.com',
    values: ['NL53 ABNA 4885 6448 75', 'hr-desk@litware-inc.com'],
  },
  {
    text: 'Our Mastercard 5425 7161 1987 7519 keeps failing 3DS, what does error 05 mean?',
    values: ['5425 7161 1987 7519'],
  },
  {
    text: 'Make this shorter: please call +34 612 345 678 or write to reservas@hotel-fourthcoffee.es to confirm',
    values: ['+34 612 345 678', 'reservas@hotel-fourthcoffee.es'],
  },
  {
    text: 'I committed ghp_NG1qqCBHdMqXSBfOCk7tpPEcEb5sdHtCjMZg by mistake, how do I purge it from history?',
    values: ['ghp_NG1qqCBHdMqXSBfOCk7tpPEcEb5sdHtCjMZg'],
  },
  {
    text: 'Direct debit mandate: ES16 2100 0418 3015 5530 6571, account holder contact d.garcia@proseware.es',
    values: ['ES16 2100 0418 3015 5530 6571', 'd.garcia@proseware.es'],
  },
  {
    text: 'List what to check when card 5105-8304-6563-3652 is flagged for fraud',
    values: ['5105-8304-6563-3652'],
  },
  {
    text: 'Write a Terraform provider block using AKIAA7WT2QZQQKCXQX73 (I will rotate it after)',
    values: ['AKIAA7WT2QZQQKCXQX73'],
  },
  {
    text: 'Reply to the recruiter at talent@fineartschool.net and give them my number +919876543210',
    values: ['talent@fineartschool.net', '+919876543210'],
  },
  {
    text: 'Bonifico verso IT95X0542811101130157267815 non arrivato, scrivi una mail a amministrazione@wingtip.it',
    values: ['IT95X0542811101130157267815', 'amministrazione@wingtip.it'],
  },
  {
    text: 'Debug: the webhook posts card 2221 5009 1316 6672 in plain text, how do I mask it in logs?',
    values: ['2221 5009 1316 6672'],
  },
  {
    text: 'Token ghp_QOerAOKX8LVbGIvsNC0eMJMxunI18ffl3EXX gives 401 on the packages API, which scopes does it need?',
    values: ['ghp_QOerAOKX8LVbGIvsNC0eMJMxunI18ffl3EXX'],
  },
  {
    text: 'Draft an SMS to +5511987654321 saying the parcel for b.souza@margie-travel.com.br is delayed',
    values: ['+5511987654321', 'b.souza@margie-travel.com.br'],
  },
  {
    text: 'Is it safe to email the card 5399 3470 2239 2875 and AKIAYIX7GBQDFAT764MX to our contractor?',
    values: ['5399 3470 2239 2875', 'AKIAYIX7GBQDFAT764MX'],
  },
  {
    text: 'Combine these duplicates: j.smith.work@relecloud.com and j.smith.home@relecloud-mail.org, both +61 2 9123 4567',
    values: ['j.smith.work@relecloud.com', 'j.smith.home@relecloud-mail.org', '+61 2 9123 4567'],
  },
  {
    text: 'Fix the YAML: aws_access_key_id: AKIARLFVGZ5QXLWLKKAW and github_token: ghp_su7y5Blc9B782jrlbjacSmd5uSE3ujr5qH0n',
    values: ['AKIARLFVGZ5QXLWLKKAW', 'ghp_su7y5Blc9B782jrlbjacSmd5uSE3ujr5qH0n'],
  },
  {
    text: 'Explain the chargeback on 4716278783235632 and draft a note to disputes@bellows-college.edu',
    values: ['4716278783235632', 'disputes@bellows-college.edu'],
  },
  {
    text: 'Our new rent account is DE88370400445343889205; tell the tenants via tenants@humongous-homes.de',
    values: ['DE88370400445343889205', 'tenants@humongous-homes.de'],
  },
  {
    text: 'Clean up this snippet before I share it: GITHUB_TOKEN=ghp_6Tde0wJ1653bs3E79AQd7e2N90keouBKO8Rk npm publish',
    values: ['ghp_6Tde0wJ1653bs3E79AQd7e2N90keouBKO8Rk'],
  },
];

/** Lower-case letters and digits only: a value counts as leaked in any spacing, case or punctuation. */
export const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The planted values found in `sent`, compared squashed (so "4539 8440…" and "45398440…" both count). */
export function leakedValues(sent: readonly string[], values: readonly string[]): string[] {
  const body = sent.map(squash).join('\n');
  return values.filter((v) => body.includes(squash(v)));
}
