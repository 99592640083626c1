import type { JsonSchema } from './fields';
import { POLICY_KEYS, SPEC } from './schema';

/**
 * The `storage.managed_schema` file Chrome validates policy against, derived from SPEC so the
 * two cannot drift (`npm run gen:schema` writes it; a unit test fails when the file is stale).
 * Chrome requires a top-level object without additionalProperties (MV3 manifest docs).
 */
export function managedSchema(): { type: 'object'; properties: Record<string, JsonSchema> } {
  return {
    type: 'object',
    properties: Object.fromEntries(
      POLICY_KEYS.map((key) => [key, { ...SPEC[key].schema, title: SPEC[key].title, description: SPEC[key].doc }]),
    ),
  };
}
