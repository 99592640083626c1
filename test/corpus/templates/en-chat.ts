/** English chat-style prompts: requests to rewrite, draft, translate or summarise text that carries PII. */
import { s } from '../builder';
import type { Template } from './types';

export const EN_CHAT: readonly Template[] = [
  {
    kind: 'rewrite-complaint',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Can you rewrite this so it sounds more polite?\n\n"Hello, my name is ${p.name()} and I have been waiting three weeks for order ${c.orderNo()}. You charged my card ${c.card()} twice (${c.amount()} each). Call me back on ${c.phone()} today or I will dispute it."`;
    },
  },
  {
    kind: 'email-draft-intro',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`write a short email to ${p.name()} (${p.email()}) introducing our new onboarding checklist. keep it friendly, mention that they can reach me at ${c.phone()} if anything is unclear.`;
    },
  },
  {
    kind: 'support-ticket',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const p = c.person();
      return s`Summarize this ticket for the handover:\n\nTicket ${c.ticketNo()} | opened ${c.timestamp()}\nCustomer: ${p.full()}\nEmail: ${p.email()}\nPhone: ${c.phone()}\nIssue: cannot log in after the password reset, the reset link expires immediately. Tried two browsers.\nPriority: P2`;
    },
  },
  {
    kind: 'refund-iban',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Please draft a refund request to the airline. Flight was cancelled, booking ref ${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 6)}. Refund ${c.amount()} to IBAN ${c.iban()}, account holder ${p.full()}. Make it firm but short.`;
    },
  },
  {
    kind: 'hr-new-hire',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const p = c.person();
      return s`Turn this into a welcome message for the team channel, but leave out the private bits:\n\nNew hire: ${p.full()}\nStart date: ${c.date()}\nDate of birth: ${c.dob(p)}\nID: ${c.idOrPayment(p)}\nHome address: ${c.address()}\nPersonal email: ${p.email()}`;
    },
  },
  {
    kind: 'translate-appointment',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Translate to Spanish please:\n\nDear ${p.full()}, your appointment is confirmed. If you need to reschedule, call ${c.phone()} or reply to this email. Please bring a photo ID.`;
    },
  },
  {
    kind: 'meeting-notes',
    lang: 'en',
    render: (c) => {
      const a = c.person();
      const b = c.person();
      return s`Clean up my notes from today's call:\n- spoke w/ ${a.name()} from ${c.org()}, they want the pilot extended to 40 seats\n- ${b.name()} handles procurement, email ${b.email()}\n- next step: send the revised quote by ${c.date()}`;
    },
  },
  {
    kind: 'landlord-letter',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Help me write a letter to my landlord ${p.full()} about the broken heating at ${c.address()}. It has been out since ${c.date()} and nobody answered at ${c.phone()}.`;
    },
  },
  {
    kind: 'cv-polish',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const p = c.person();
      return s`Improve the header of my CV, it looks cluttered:\n\n${p.full()}\n${c.address(true)}\n${c.phone()} | ${p.email()}\nBorn ${c.dob(p)}\n\nSenior data analyst with 8 years in retail forecasting.`;
    },
  },
  {
    kind: 'bank-transfer',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`I need to send ${c.amount()} to ${p.name()} for the deposit. Their IBAN is ${c.iban()}. Can you write the payment reference and a short note explaining it's for the flat on ${c.date()}?`;
    },
  },
  {
    kind: 'card-declined',
    lang: 'en',
    render: (c) =>
      s`why does my card keep getting declined? it's ${c.card()} exp ${String(c.r.int(1, 12)).padStart(2, '0')}/${c.r.int(27, 31)}, billing zip is the same as always. error says "do not honor".`,
  },
  {
    kind: 'visa-form',
    lang: 'en',
    regions: ['US'],
    weight: 3,
    render: (c) => {
      const p = c.person();
      return s`Help me fill in this visa application. Surname: ${p.lastOnly()}. Given names: ${p.firstOnly()}. Date of birth: ${c.dob(p)}. US passport number ${c.passport()}, issued ${c.date()}. Which box does the passport number go in?`;
    },
  },
  {
    kind: 'dmv-license',
    lang: 'en',
    regions: ['US'],
    weight: 5,
    render: (c) => {
      const p = c.person();
      const dl = c.driverLicense();
      return s`The rental company wants my driver's license details in an email. License number: ${dl.value} (${dl.state}), name on license ${p.name()}. Can you write it up?`;
    },
  },
  {
    kind: 'ssn-tax',
    lang: 'en',
    regions: ['US'],
    weight: 4,
    render: (c) => {
      const p = c.person();
      return s`My accountant asked for this in writing. Can you format it as a short letter?\nName: ${p.full()}\nSSN: ${c.ssn()}\nSpouse: ${c.person().full()}, SSN ${c.ssn()}\nFiling status: married filing jointly`;
    },
  },
  {
    kind: 'nino-council',
    lang: 'en',
    regions: ['GB'],
    weight: 5,
    render: (c) => {
      const p = c.person();
      return s`Draft a reply to the council about my council tax reduction. Include my National Insurance number ${c.nino()} and my address ${c.address()}. Sign it ${p.full()}.`;
    },
  },
  {
    kind: 'nhs-gp',
    lang: 'en',
    regions: ['GB'],
    weight: 5,
    render: (c) => {
      const p = c.person();
      return s`Make this message to my GP surgery clearer: "hi its ${p.name()}, nhs no ${c.nhs()}, dob ${c.dob(p)}, i need my repeat prescription moved to the pharmacy near work, thanks"`;
    },
  },
  {
    kind: 'chat-log',
    lang: 'en',
    render: (c) => {
      const a = c.person();
      const b = c.person();
      const t = (): string => `${String(c.r.int(7, 22)).padStart(2, '0')}:${String(c.r.int(0, 59)).padStart(2, '0')}`;
      return s`Who agreed to what in this chat?\n[${t()}] ${a.firstOnly()}: can you do the airport run friday?\n[${t()}] ${b.firstOnly()}: yes, send me the flight no\n[${t()}] ${a.firstOnly()}: LH 2041, landing 18:40. my number if the phone dies: ${c.phone()}\n[${t()}] ${b.firstOnly()}: ok 👍`;
    },
  },
  {
    kind: 'email-thread',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const a = c.person();
      const b = c.person();
      return s`Summarize this thread in two lines:\n\nFrom: ${a.full()} <${a.email()}>\nTo: ${b.full()} <${b.email()}>\nSubject: Re: invoice ${c.orderNo()}\n\nHi, the invoice was paid on ${c.date()}, please check again. Regards, ${a.firstOnly()}`;
    },
  },
  {
    kind: 'signature',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Make my email signature look more professional:\n\nBest regards,\n${p.full()}\nHead of Operations, ${c.org()}\nM: ${c.phone()}\n${c.address()}`;
    },
  },
  {
    kind: 'shipping-label',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Check this shipping label for mistakes: Ship to ${p.name()}, ${c.address()}, tel ${c.phone()}. Parcel ${c.orderNo()}, 2.4 kg.`;
    },
  },
  {
    kind: 'bio-location',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Rewrite my bio in third person: I'm ${p.full()}, a physiotherapist based in ${c.city()}. I grew up in ${c.city()} and moved for work in 2019. Reach me at ${p.email()}.`;
    },
  },
  {
    kind: 'travel-booking',
    lang: 'en',
    render: (c) => {
      const a = c.person();
      const b = c.person();
      return s`Plan a 3-day trip from ${c.city()} to ${c.city()} for two: ${a.full()} and ${b.full()}. Budget around ${c.amount()}. Send the summary to ${a.email()}.`;
    },
  },
  {
    kind: 'lowercase-casual',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      const name = p.full();
      return s`pls help me write a birthday msg for ${{ ...name, text: name.text.toLowerCase() }}, shes turning 30. her number is ${c.phone()} if u want to suggest a text instead lol`;
    },
  },
  {
    kind: 'directory-sort',
    lang: 'en',
    render: (c) => {
      const ps = [c.person(), c.person(), c.person(), c.person()];
      return s`Sort these alphabetically and remove duplicates:\n${ps[0]!.lastFirst()}\n${ps[1]!.lastFirst()}\n${ps[2]!.lastFirst()}\n${ps[3]!.lastFirst()}`;
    },
  },
  {
    kind: 'doctor-intake',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Patient intake, please structure as a table: ${p.full()}, born ${c.dob(p)}, lives at ${c.address()}, contact ${c.phone()}, allergic to penicillin, insurance card on file.`;
    },
  },
  {
    kind: 'phone-question',
    lang: 'en',
    render: (c) => s`someone keeps calling me from ${c.phone()}, is there a way to find out which company that is?`,
  },
  {
    kind: 'iban-check',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Is this IBAN formatted correctly? ${c.iban()} (beneficiary: ${p.full()}). The bank app keeps rejecting it.`;
    },
  },
  {
    kind: 'mr-ms-reply',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      const title = p.sex === 'female' ? c.pick(['Ms.', 'Mrs.', 'Dr.']) : c.pick(['Mr.', 'Dr.']);
      return s`Reply to ${title} ${p.lastOnly()} and tell them the replacement part ships on ${c.date()}. Their email is ${p.email()}.`;
    },
  },
];
