// Writes everything derived from the settings schema (src/policy/schema.ts):
// public/managed_schema.json and the policy-key table in docs/admin.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyKeyTable, TABLE_END, TABLE_START } from '../src/policy/docs-table';
import { managedSchema } from '../src/policy/managed-schema';

const root = join(import.meta.dirname, '..');
const schemaFile = join(root, 'public', 'managed_schema.json');
writeFileSync(schemaFile, `${JSON.stringify(managedSchema(), null, 2)}\n`);
console.log(`wrote ${schemaFile}`);

const docsFile = join(root, 'docs', 'admin.md');
const docs = readFileSync(docsFile, 'utf8');
const start = docs.indexOf(TABLE_START);
const end = docs.indexOf(TABLE_END);
if (start < 0 || end < start) throw new Error(`${docsFile} lacks the ${TABLE_START} … ${TABLE_END} markers`);
writeFileSync(docsFile, `${docs.slice(0, start + TABLE_START.length)}\n\n${policyKeyTable()}\n\n${docs.slice(end)}`);
console.log(`wrote the policy-key table in ${docsFile}`);
