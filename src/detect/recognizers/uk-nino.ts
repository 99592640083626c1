import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { boosted, contextWords, hasContext } from '../context';
import { isWordChar, nextMatch } from '../text';

/**
 * UK_NINO (National Insurance number): two prefix letters, six digits, suffix A-D; optionally spaced in pairs.
 * Prefix rules (HMRC National Insurance Manual NIM39110): first letter not D, F, I, Q, U, V; second letter not
 * D, F, I, O, Q, U, V; the pairs BG, GB, KN, NK, NT, TN and ZZ are never issued.
 */

const NINO = /([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])/gi;
const NEVER = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const CONTEXT = contextWords(['national insurance', 'nino', 'ni', 'insurance', 'nin', 'hmrc', 'nic']);

export const ukNinoRecognizer: Recognizer = {
  id: 'uk-nino',
  phase: 'validated',
  types: ['UK_NINO'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    NINO.lastIndex = 0;
    for (let m = nextMatch(NINO, text); m; m = nextMatch(NINO, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      if (NEVER.has(m[1]!.toUpperCase())) continue;
      // Mixed case ("Ab123456c") is a code of something else; NINOs are written in capitals (or all lower-case).
      if (m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase()) continue;
      const spaced = m[0].includes(' ');
      const base = m[0] === m[0].toUpperCase() ? (spaced ? 0.7 : 0.6) : 0.3;
      out.push({
        type: 'UK_NINO',
        start,
        end,
        score: boosted(base, hasContext(scan, start, end, CONTEXT), 0.9),
        recognizer: 'uk-nino',
      });
    }
    return out;
  },
};
