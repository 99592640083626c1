import { compileCustomPatterns } from '../detect';
import type { Checks } from './resolve';

/** The checks that need the detector: a custom pattern must compile as RE2 (linear time). */
export const DETECTOR_CHECKS: Checks = {
  patternError: (pattern) => compileCustomPatterns([{ name: 'pattern', pattern }]).errors[0]?.message,
};
