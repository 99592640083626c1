import type { SecretRule } from '../rule';
import { aiRules } from './ai';
import { cloudRules } from './cloud';
import { commandRules } from './commands';
import { commsRules } from './comms';
import { devRules } from './dev';
import { genericRules } from './generic';
import { paymentRules } from './payments';
import { providerRules } from './providers';

/**
 * The whole rule table. Order matters only for ties: when two rules report the same span with the
 * same score, the earlier one keeps it, so vendor rules come before the generic ones.
 */
export const rules: readonly SecretRule[] = [
  ...aiRules,
  ...cloudRules,
  ...devRules,
  ...commsRules,
  ...paymentRules,
  ...providerRules,
  ...commandRules,
  ...genericRules,
];
