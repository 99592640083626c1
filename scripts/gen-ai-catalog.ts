// Writes src/sites/catalog/tools.json from the list extracts in scripts/catalog/, and
// docs/ai-tools.md and the policy example in docs/admin.md from the data. Unit tests prove the
// committed files equal what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITES } from '../src/sites';
import { buildCatalog, catalogJson, SOURCES } from './catalog/build';
import { aiToolsDoc, withPolicyExample } from './catalog/doc';

const root = join(import.meta.dirname, '..');
const texts = Object.fromEntries(
  SOURCES.map((s) => [s.file, readFileSync(join(root, 'scripts', 'catalog', s.file), 'utf8')]),
);
const catalog = buildCatalog(texts, new Set(SITES.map((site) => site.id)));
writeFileSync(join(root, 'src', 'sites', 'catalog', 'tools.json'), catalogJson(catalog));
writeFileSync(join(root, 'docs', 'ai-tools.md'), aiToolsDoc(catalog));
const admin = join(root, 'docs', 'admin.md');
writeFileSync(admin, withPolicyExample(readFileSync(admin, 'utf8'), catalog.tools));
console.log(`${catalog.tools.length} tools from ${catalog.sources.length} sources`);
