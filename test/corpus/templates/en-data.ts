/** Records pasted as data: CSV, markdown tables, JSON, SQL, YAML. */
import { type Doc, type Part, type Val, join, s, val } from '../builder';
import type { Ctx } from '../ctx';
import type { Template } from './types';

/** A value as it appears inside a JSON string literal (escapes shift the span, so relabel the escaped text). */
export const jsonStr = (v: Val): Val => val(v.type, JSON.stringify(v.text).slice(1, -1), v.label);

const rows = (c: Ctx, n: number, row: (c: Ctx) => Part): Doc =>
  join(
    Array.from({ length: n }, () => row(c)),
    '\n',
  );

export const EN_DATA: readonly Template[] = [
  {
    kind: 'csv-customers',
    lang: 'en',
    weight: 2,
    render: (c) =>
      s`Clean up this CSV, normalise the phone column and drop empty rows:\n\nname,email,phone,city\n${rows(
        c,
        c.r.int(3, 6),
        (c) => {
          const p = c.person();
          return s`${p.full()},${p.email()},${c.phone()},${c.city()}`;
        },
      )}`,
  },
  {
    kind: 'csv-payments',
    lang: 'en',
    render: (c) =>
      s`Why does this import fail on row 3?\n\nid;holder;iban;amount;booked\n${rows(c, c.r.int(3, 5), (c) => {
        return s`${String(c.r.int(1000, 9999))};${c.person().lastFirst()};${c.iban()};${c.amount()};${c.date()}`;
      })}`,
  },
  {
    kind: 'markdown-table',
    lang: 'en',
    weight: 2,
    render: (c) =>
      s`Convert this to a bulleted list:\n\n| Name | Email | Phone |\n|---|---|---|\n${rows(c, c.r.int(2, 5), (c) => {
        const p = c.person();
        return s`| ${p.name()} | ${p.email()} | ${c.phone()} |`;
      })}`,
  },
  {
    kind: 'json-record',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const p = c.person();
      const id = c.nationalId(p);
      return s`Write a TypeScript type for this API response:\n\n{\n  "id": "${c.uuid()}",\n  "first_name": "${jsonStr(p.firstOnly())}",\n  "last_name": "${jsonStr(p.lastOnly())}",\n  "email": "${jsonStr(p.email())}",\n  "phone": "${jsonStr(c.phone())}",\n  "birth_date": "${c.dob(p)}",\n  "address": "${jsonStr(c.address())}",${id ? s`\n  "tax_id": "${id}",` : ''}\n  "created_at": "${c.timestamp()}",\n  "tier": "gold"\n}`;
    },
  },
  {
    kind: 'json-array',
    lang: 'en',
    render: (c) =>
      s`Dedupe these by email and keep the newest:\n[${join(
        Array.from({ length: c.r.int(2, 4) }, () => {
          const p = c.person();
          return s`{"name":"${jsonStr(p.full())}","email":"${jsonStr(p.email())}","updated":"${c.timestamp()}"}`;
        }),
        ',',
      )}]`,
  },
  {
    kind: 'json-payment',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`This webhook payload fails validation, what's wrong?\n{"event":"payment.failed","customer":{"name":"${jsonStr(p.full())}","email":"${jsonStr(p.email())}"},"card_number":"${c.card()}","amount":${c.r.int(100, 99999)},"currency":"EUR","ip":"${c.ip()}"}`;
    },
  },
  {
    kind: 'sql-insert',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      const q = (v: Val): Val => val(v.type, v.text.replace(/'/g, "''"), v.label);
      return s`Fix the syntax error:\n\nINSERT INTO customers (full_name, email, phone, iban, created_at)\nVALUES ('${q(p.full())}', '${p.email()}', '${c.phone()}', '${c.iban()}', NOW()\n`;
    },
  },
  {
    kind: 'yaml-contact',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Validate this YAML:\n\ncontact:\n  name: ${p.full()}\n  email: ${p.email()}\n  phone: "${c.phone()}"\n  address: ${c.address()}\n  dob: ${c.dob(p)}\nnotes: prefers email`;
    },
  },
  {
    kind: 'form-dump',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const p = c.person();
      return s`Check this form submission for missing fields:\nNAME: ${p.lastFirst()}\nDOB: ${c.dob(p)}\nID NO: ${c.idOrPayment(p)}\nPHONE: ${c.phone()}\nEMAIL: ${p.email()}\nADDRESS: ${c.address()}`;
    },
  },
];
