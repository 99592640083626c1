import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';

/**
 * ORGANIZATION by legal-form or institution words ("Acme Corp", "Müller GmbH", "Bank of Ireland",
 * "University of Leeds"). Presidio disables ORGANIZATION by default ("has many false positives"); here it is
 * reported at a low score (0.4, below the default threshold) so a policy can opt in by lowering minScore.
 */

const CAP = "\\p{Lu}[\\p{L}\\p{M}'’&.-]*";
const LEGAL =
  'Inc\\.?|Incorporated|Ltd\\.?|Limited|LLC|L\\.L\\.C\\.|LLP|PLC|plc|Corp\\.?|Corporation|Co\\.|Company|Group|Holdings|GmbH|AG|KG|SE|SA|S\\.A\\.|SAS|SARL|S\\.r\\.l\\.|SRL|S\\.p\\.A\\.|SpA|BV|B\\.V\\.|NV|N\\.V\\.|AB|Oy|ASA|Pty|Pvt|Foundation|Institute|Association|Partners|Associates|Technologies|Solutions|Systems|Labs';
const SUFFIXED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CAP}[ \\t]+){1,4}(?:${LEGAL})(?![\\p{L}\\p{N}])`, 'gu');
const OF_FORM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:University|Bank|Ministry|Department|Institute|College|Museum|Church|Council|Bureau|Office)[ \\t]+of[ \\t]+(?:the[ \\t]+)?${CAP}(?:[ \\t]+${CAP}){0,3}`,
  'gu',
);

export const organizationRecognizer: Recognizer = {
  id: 'organization',
  phase: 'contextual',
  types: ['ORGANIZATION'],
  find(scan) {
    const out: Finding[] = [];
    // Organisations score 0.4: under a higher threshold there is nothing to report.
    if (scan.minScore > 0.4) return out;
    for (const re of [SUFFIXED, OF_FORM]) {
      for (const m of scan.text.matchAll(re)) {
        if (scan.isCode(m.index)) continue;
        out.push({
          type: 'ORGANIZATION',
          start: m.index,
          end: m.index + m[0].length,
          score: 0.4,
          recognizer: 'organization',
        });
      }
    }
    return out;
  },
};
