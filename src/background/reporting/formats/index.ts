import type { ReportFormat } from '../../../policy/reporting';
import { encodeOtlp } from './otlp';
import { encodeSplunk } from './splunk';
import type { Batch, Encoded } from './types';
import { encodeWebhook } from './webhook';

export type { Batch, Encoded };

export const ENCODERS: Record<ReportFormat, (batch: Batch) => Encoded> = {
  otlp: encodeOtlp,
  'splunk-hec': encodeSplunk,
  webhook: encodeWebhook,
};

/** gzip with the platform's CompressionStream (no library). */
export async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
