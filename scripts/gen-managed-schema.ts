// Writes public/managed_schema.json from the settings schema (src/policy/schema.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { managedSchema } from '../src/policy/managed-schema';

const file = join(import.meta.dirname, '..', 'public', 'managed_schema.json');
writeFileSync(file, `${JSON.stringify(managedSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
