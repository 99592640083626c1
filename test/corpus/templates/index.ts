import type { Lang } from '../locales';
import { CODE } from './code';
import { DE } from './de';
import { EN_CHAT } from './en-chat';
import { EN_DATA } from './en-data';
import { EN_IDS } from './en-ids';
import { ES } from './es';
import { FR } from './fr';
import type { Template } from './types';

export type { Template } from './types';

/** English carriers are used by every locale; natives only by their own. */
export const ENGLISH: readonly Template[] = [...EN_CHAT, ...EN_DATA, ...EN_IDS, ...CODE];
export const NATIVE: Record<Lang, readonly Template[]> = { en: [], de: DE, fr: FR, es: ES };
export const ALL_TEMPLATES: readonly Template[] = [...ENGLISH, ...DE, ...FR, ...ES];
