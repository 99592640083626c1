/** How each setting is edited, derived from its schema (with the few choices the schema cannot say). */
import { SPEC, type SettingKey } from '../../policy/schema';

export type Kind = 'boolean' | 'choice' | 'number' | 'text' | 'url' | 'lines' | 'sites' | 'actions' | 'json';

/** Settings whose text must be one of a few values (the parser knows them; the JSON schema does not). */
export const CHOICES: Partial<Record<SettingKey, readonly string[]>> = {
  mode: ['enforce', 'monitor'],
  failMode: ['block', 'allow'],
};

export const NUMBER_RULES: Partial<Record<SettingKey, { min: number; max: number; step: number }>> = {
  minScore: { min: 0, max: 1, step: 0.05 },
  auditRetentionDays: { min: 1, max: 3650, step: 1 },
};

export function kindOf(key: SettingKey): Kind {
  const schema = SPEC[key].schema;
  if (key === 'actions') return 'actions';
  if (key === 'disabledSites') return 'sites';
  switch (schema.type) {
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'integer':
      return 'number';
    case 'string':
      return CHOICES[key] ? 'choice' : /Url$/.test(key) ? 'url' : 'text';
    case 'array':
      return schema.items?.type === 'string' ? 'lines' : 'json';
    default:
      return 'json';
  }
}
