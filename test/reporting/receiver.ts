/**
 * A log receiver on 127.0.0.1 for the e2e test and the bench: speaks OTLP/HTTP JSON (validating
 * each request against the OTLP JSON shape), Splunk HEC (`/services/collector/event`) or a plain
 * JSON webhook, answers CORS for one extension origin as an OpenTelemetry Collector configured
 * with `cors.allowed_origins` does, and takes gzip bodies. It can stop listening (the port then
 * refuses connections) and listen again on the same port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { attrs, otlpLogsErrors } from './otlp-shape';

export type Format = 'otlp' | 'splunk-hec' | 'webhook';

export interface ReceivedEvent {
  id: string;
  seq: number;
  installId: string;
  action: string;
}

export const PATHS: Record<Format, string> = {
  otlp: '/v1/logs',
  'splunk-hec': '/services/collector/event',
  webhook: '/hooks/veil',
};

type Rec = Record<string, unknown>;

export class Receiver {
  /** Every accepted body, as text (after gunzip). */
  readonly bodies: string[] = [];
  readonly events: ReceivedEvent[] = [];
  /** Requests refused as malformed, with why. */
  readonly invalid: string[] = [];
  /** Dropped-count records seen (the queue was full). */
  dropped = 0;
  gzipped = 0;
  /** POST requests seen, accepted or not. */
  posts = 0;
  authorization = new Set<string>();
  /** Answer this status instead of accepting (e.g. 401), when set. */
  refuseWith: number | undefined;
  private server: Server | undefined;
  port = 0;

  constructor(
    readonly format: Format,
    readonly allowedOrigin: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}${PATHS[this.format]}`;
  }

  async listen(port = this.port): Promise<number> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    this.server = server;
    this.port = (server.address() as { port: number }).port;
    return this.port;
  }

  /** Stops listening: connections are refused until listen() again. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private cors(res: ServerResponse): void {
    res.setHeader('Access-Control-Allow-Origin', this.allowedOrigin);
    res.setHeader('Vary', 'Origin');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.cors(res);
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Content-Encoding, Authorization');
      res.setHeader('Access-Control-Max-Age', '600');
      // Chromium's Private/Local Network Access preflight for a request to loopback.
      res.setHeader('Access-Control-Allow-Private-Network', 'true');
      return void res.writeHead(204).end();
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let raw = Buffer.concat(chunks);
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== PATHS[this.format]) {
      return void res.writeHead(404).end();
    }
    this.posts++;
    if (req.headers.origin !== this.allowedOrigin) this.invalid.push(`origin ${String(req.headers.origin)}`);
    if (req.headers.authorization) this.authorization.add(req.headers.authorization);
    if (this.refuseWith) return void res.writeHead(this.refuseWith).end('{"message":"refused by test"}');
    if (req.headers['content-encoding'] === 'gzip') {
      raw = gunzipSync(raw);
      this.gzipped++;
    }
    const text = raw.toString('utf8');
    const errors = this.accept(text);
    if (errors.length) {
      this.invalid.push(...errors.slice(0, 5));
      return void res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ errors }));
    }
    this.bodies.push(text);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(this.format === 'otlp' ? '{}' : '{"code":0}');
  }

  /** Parses and checks one body, recording its events; returns what is wrong. */
  private accept(text: string): string[] {
    try {
      if (this.format === 'otlp') return this.acceptOtlp(JSON.parse(text) as Rec);
      if (this.format === 'splunk-hec') return this.acceptSplunk(text);
      return this.acceptWebhook(JSON.parse(text) as Rec);
    } catch (e) {
      return [`not JSON: ${(e as Error).message}`];
    }
  }

  private acceptOtlp(body: Rec): string[] {
    const errors = otlpLogsErrors(body);
    if (errors.length) return errors;
    type KV = { key: string; value: Rec }[];
    type Body = { resourceLogs: { resource: { attributes: KV }; scopeLogs: { logRecords: { attributes: KV }[] }[] }[] };
    for (const rl of (body as unknown as Body).resourceLogs) {
      const resource = attrs(rl.resource.attributes);
      if (resource['service.name'] !== 'veil') return ['resource without service.name "veil"'];
      for (const sl of rl.scopeLogs) {
        for (const lr of sl.logRecords) {
          const a = attrs(lr.attributes);
          if (typeof a['veil.dropped.count'] === 'number') this.dropped += a['veil.dropped.count'];
          else
            this.events.push({
              id: String(a['log.record.uid']),
              seq: Number(a['veil.audit.seq']),
              installId: String(resource['service.instance.id']),
              action: String(a['veil.action']),
            });
        }
      }
    }
    return [];
  }

  private acceptSplunk(text: string): string[] {
    // HEC's batch form: JSON objects one after another.
    const objects = text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Rec);
    for (const o of objects) {
      if (typeof o.time !== 'number' || typeof o.event !== 'object' || o.sourcetype !== 'veil:audit') {
        return ['not a HEC event (time, event, sourcetype)'];
      }
      const e = o.event as Rec;
      const installId = String((o.fields as Rec).installId);
      if (e.type === 'dropped') this.dropped += Number(e.dropped);
      else this.events.push({ id: String(e.id), seq: Number(e.seq), installId, action: String(e.action) });
    }
    return [];
  }

  private acceptWebhook(body: Rec): string[] {
    if (body.source !== 'veil' || !Array.isArray(body.events)) return ['not a Veil webhook body'];
    this.dropped += Number(body.dropped ?? 0);
    for (const e of body.events as Rec[]) {
      this.events.push({
        id: String(e.id),
        seq: Number(e.seq),
        installId: String(body.installId),
        action: String(e.action),
      });
    }
    return [];
  }
}
