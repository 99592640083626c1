/**
 * The seam between the guard and the detector: what to change in a prompt before it may leave.
 * Per-type actions (warn, block, allow) arrive with the policy work; today every finding is redacted.
 */
import { detect, redact, type Finding, type PlaceholderMap } from '../detect';

export interface Plan {
  findings: Finding[];
  /** The text to send instead, or undefined when nothing needs to change. */
  redacted?: string;
  map: PlaceholderMap;
}

export function planSend(text: string, map: PlaceholderMap): Plan {
  const findings = detect(text);
  if (findings.length === 0) return { findings, map };
  const result = redact(text, findings, map);
  return { findings, redacted: result.text, map: result.map };
}
