/** English prompts built around government IDs and payment cards, so every validated type has enough samples. */
import { join, s } from '../builder';
import type { Template } from './types';

const exp = (r: { int(a: number, b: number): number }): string =>
  `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`;

export const EN_IDS: readonly Template[] = [
  {
    kind: 'us-loan-application',
    lang: 'en',
    regions: ['US'],
    weight: 5,
    render: (c) => {
      const p = c.person();
      return s`Proofread this loan application summary before I submit it:\nApplicant: ${p.full()}\nSocial Security Number: ${c.ssn()}\nDate of birth: ${c.dob(p)}\nCurrent address: ${c.address()}\nMobile: ${c.phone()}\nEmployer: ${c.org()}`;
    },
  },
  {
    kind: 'us-payroll-csv',
    lang: 'en',
    regions: ['US'],
    weight: 3,
    render: (c) =>
      s`Find the duplicate employee in this payroll export:\nemployee,ssn,state,gross\n${join(
        Array.from(
          { length: c.r.int(3, 5) },
          () => s`${c.person().full()},${c.ssn()},${c.pick(['CA', 'NY', 'TX', 'WA', 'IL'])},${c.r.int(3000, 12000)}`,
        ),
        '\n',
      )}`,
  },
  {
    kind: 'us-background-check',
    lang: 'en',
    regions: ['US'],
    weight: 4,
    render: (c) => {
      const p = c.person();
      const dl = c.driverLicense();
      return s`Write a consent note for a background check for ${p.name()}: DOB ${c.dob(p)}, ${dl.state} driver license ${dl.value}, passport no. ${c.passport()}.`;
    },
  },
  {
    kind: 'us-passport-renewal',
    lang: 'en',
    regions: ['US'],
    weight: 3,
    render: (c) => {
      const p = c.person();
      return s`my passport number is ${c.passport()} and it expires next month. write an email to the travel agent (${c.email()}) asking if i can still fly, sign it ${p.name()}`;
    },
  },
  {
    kind: 'gb-payslip',
    lang: 'en',
    regions: ['GB'],
    weight: 5,
    render: (c) => {
      const p = c.person();
      return s`Explain the deductions on my payslip:\nEmployee: ${p.full()}\nNI number: ${c.nino()}\nTax code: 1257L\nGross pay: £${c.r.int(1800, 6000)}.00\nNI contribution: £${c.r.int(80, 400)}.${c.r.int(10, 99)}`;
    },
  },
  {
    kind: 'gb-hospital-letter',
    lang: 'en',
    regions: ['GB'],
    weight: 5,
    render: (c) => {
      const p = c.person();
      return s`Summarise this clinic letter in plain English:\n\nRe: ${p.full()}, DOB ${c.dob(p)}, NHS No. ${c.nhs()}\n${c.address()}\nSeen in clinic today for follow-up of knee pain; MRI requested, review in six weeks.`;
    },
  },
  {
    kind: 'gb-staff-list',
    lang: 'en',
    regions: ['GB'],
    weight: 2,
    render: (c) =>
      s`Put this staff list in a table with columns name, NINO, NHS number:\n${join(
        Array.from({ length: c.r.int(2, 4) }, () => s`- ${c.person().full()}: ${c.nino()}, ${c.nhs()}`),
        '\n',
      )}`,
  },
  {
    kind: 'it-codice-fiscale',
    lang: 'en',
    regions: ['IT'],
    weight: 6,
    render: (c) => {
      const p = c.person();
      return s`Write a short message to my accountant with my details for the tax return: ${p.full()}, codice fiscale ${c.nationalId(p)}, residence ${c.address()}, phone ${c.phone()}.`;
    },
  },
  {
    kind: 'it-cf-form',
    lang: 'en',
    regions: ['IT'],
    weight: 3,
    render: (c) => {
      const p = c.person();
      return s`Is this codice fiscale consistent with the birth date? Nome: ${p.firstOnly()}, Cognome: ${p.lastOnly()}, nato il ${c.dob(p)}, CF: ${c.nationalId(p)}`;
    },
  },
  {
    kind: 'order-confirmation',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const p = c.person();
      return s`Translate this order confirmation into plain language:\nOrder ${c.orderNo()} for ${p.full()}\nPaid with card ${c.card()} (exp ${exp(c.r)})\nDeliver to: ${c.address()}\nTotal: ${c.amount()}`;
    },
  },
  {
    kind: 'subscription-json',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Map this to our DB schema:\n{"subscriber":"${p.full()}","email":"${p.email()}","payment":{"pan":"${c.card()}","expiry":"${exp(c.r)}"},"plan":"pro-annual","started":"${c.timestamp()}"}`;
    },
  },
  {
    kind: 'card-split',
    lang: 'en',
    render: (c) =>
      s`we split the hotel bill, can you write a quick note to the front desk: charge half to my card ${c.card()} and half to ${c.person().name()}'s card ${c.card()}. thanks!`,
  },
  {
    kind: 'payment-debug-log',
    lang: 'en',
    render: (c) =>
      s`Why did the retry charge twice?\n${c.timestamp()} charge.attempt pan=${c.card()} amount=${c.r.int(100, 90000)} result=timeout\n${c.timestamp()} charge.retry pan=${c.card()} amount=${c.r.int(100, 90000)} result=approved`,
  },
];
