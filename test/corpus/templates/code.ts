/** Code, configuration, logs and stack traces: where secrets and network identifiers leak. */
import { type Doc, join, s, val } from '../builder';
import type { Ctx } from '../ctx';
import { azureStorage } from '../secrets';
import type { Template } from './types';

const secretVal = (c: Ctx, kind: 'token' | 'url' | 'any' = 'token'): { env: string; v: ReturnType<typeof val> } => {
  const x = c.secret(kind);
  return { env: x.envVar, v: val('SECRET', x.text, x.label) };
};
const ctxSecretVal = (c: Ctx): { env: string; v: ReturnType<typeof val> } => {
  const x = c.contextSecret();
  return { env: x.envVar, v: val('SECRET', x.text, x.label) };
};

/** `n` lines of KEY=value, mixing prefixed tokens, context-only secrets and harmless settings. */
const envLines = (c: Ctx, n: number): Doc =>
  join(
    Array.from({ length: n }, (_, i) => {
      if (i === 0) return s`NODE_ENV=production`;
      // Line 1 is always a credential, so every .env item carries at least one.
      const kind =
        i === 1
          ? 'prefixed'
          : c.r.weighted([
              ['prefixed', 4],
              ['context', 3],
              ['db', 1],
              ['plain', 2],
            ] as const);
      if (kind === 'db') return s`DATABASE_URL=${c.dbUri()}`;
      if (kind === 'plain')
        return c.pick([
          s`PORT=${String(c.r.int(3000, 9000))}`,
          s`LOG_LEVEL=info`,
          s`REGION=eu-west-1`,
          s`FEATURE_FLAGS=beta,new-nav`,
        ]);
      const { env, v } = kind === 'prefixed' ? secretVal(c, 'any') : ctxSecretVal(c);
      return s`${env}=${v}`;
    }),
    '\n',
  );

export const CODE: readonly Template[] = [
  {
    kind: 'dotenv-debug',
    lang: 'en',
    weight: 3,
    render: (c) =>
      s`My app crashes on startup with "invalid credentials". Here is my .env, what's wrong?\n\n${envLines(c, c.r.int(3, 6))}`,
  },
  {
    kind: 'js-client-key',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const { v } = secretVal(c);
      return s`Why is this returning 401?\n\n\`\`\`js\nconst client = new ApiClient({\n  apiKey: '${v}',\n  baseURL: '${c.url()}',\n  timeout: 30_000,\n});\nconst res = await client.get('/v1/models');\n\`\`\``;
    },
  },
  {
    kind: 'python-boto',
    lang: 'en',
    render: (c) => {
      const id = c.secret();
      const key = c.contextSecret();
      const aws = id.label === 'AWS';
      return s`This script can't list my buckets:\n\n\`\`\`python\nimport boto3\ns3 = boto3.client(\n    "s3",\n    ${aws ? 'aws_access_key_id' : 'api_token'}="${val('SECRET', id.text, id.label)}",\n    aws_secret_access_key="${val('SECRET', key.text, key.label)}",\n    region_name="eu-central-1",\n)\nprint(s3.list_buckets())\n\`\`\``;
    },
  },
  {
    kind: 'docker-compose',
    lang: 'en',
    render: (c) => {
      const x = secretVal(c);
      return s`Reduce duplication in this docker-compose.yml:\n\nservices:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_USER: ${c.username()}\n      POSTGRES_PASSWORD: ${c.password()}\n  api:\n    build: .\n    environment:\n      DATABASE_URL: ${c.dbUri()}\n      ${x.env}: ${x.v}\n    ports:\n      - "8080:8080"`;
    },
  },
  {
    kind: 'curl-bearer',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const tok = c.r.chance(0.5) ? c.jwt() : secretVal(c).v;
      return s`Convert this curl to Python requests:\n\ncurl -X POST '${c.url()}/v2/orders' \\\n  -H 'Authorization: Bearer ${tok}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"sku":"A-${String(c.r.int(100, 999))}","qty":2}'`;
    },
  },
  {
    kind: 'git-remote-token',
    lang: 'en',
    render: (c) => {
      const x = c.secret();
      return s`git push fails with 403, my remote is:\n\norigin  https://${c.username()}:${val('SECRET', x.text, x.label)}@github.com/acme-tools/billing-service.git (push)\n\nDo I need a new token?`;
    },
  },
  {
    kind: 'jwt-decode',
    lang: 'en',
    render: (c) => s`Decode this JWT and tell me when it expires: ${c.jwt()}`,
  },
  {
    kind: 'pem-help',
    lang: 'en',
    render: (c) =>
      s`ssh says "invalid format" for this key, is it broken?\n\n${c.pem()}\n\nI copied it from the old server.`,
  },
  {
    kind: 'k8s-secret',
    lang: 'en',
    render: (c) => {
      const x = ctxSecretVal(c);
      return s`Is stringData right here?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\ntype: Opaque\nstringData:\n  ${x.env.toLowerCase()}: "${x.v}"\n  token: "${secretVal(c).v}"`;
    },
  },
  {
    kind: 'ci-workflow',
    lang: 'en',
    render: (c) => {
      const { env, v } = secretVal(c, 'any');
      return s`The deploy step in my GitHub Actions workflow doesn't see the token. Should it be in secrets instead?\n\n- name: Deploy\n  run: ./scripts/deploy.sh --region eu-west-1\n  env:\n    ${env}: ${v}\n    CI: true`;
    },
  },
  {
    kind: 'slack-webhook-code',
    lang: 'en',
    render: (c) => {
      const { v } = secretVal(c, 'url');
      return s`Add retries to this function:\n\n\`\`\`ts\nexport async function notify(text: string) {\n  const url = "${v}";\n  await fetch(url, { method: 'POST', body: JSON.stringify({ text }) });\n}\n\`\`\``;
    },
  },
  {
    kind: 'azure-connection',
    lang: 'en',
    render: (c) => {
      const a = azureStorage(c.r, `st${c.r.chars('abcdefghijklmnopqrstuvwxyz', 8)}`);
      return s`BlobServiceClient throws AuthenticationFailed with this connection string: ${a.before}${val('SECRET', a.key, 'Azure')}${a.after}`;
    },
  },
  {
    kind: 'password-config',
    lang: 'en',
    render: (c) =>
      s`Convert this config to TOML:\n\n[smtp]\nhost = "smtp.${c.domain()}"\nport = 587\nuser = "${c.email()}"\npassword = "${c.password()}"\n\n[db]\nurl = "${c.dbUri()}"`,
  },
  {
    kind: 'stacktrace-email',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const p = c.person();
      return s`What does this error mean?\n\n${c.timestamp()} ERROR [checkout-worker] PaymentDeclined: card ${c.card()} rejected for customer ${p.email()} (ip=${c.ip()})\n    at ChargeService.capture (/srv/app/src/billing/charge.ts:214:11)\n    at async OrderQueue.process (/srv/app/src/queue/order.ts:88:5)\n    at async Worker.run (/srv/app/node_modules/bullmq/dist/worker.js:412:24)`;
    },
  },
  {
    kind: 'nginx-access-log',
    lang: 'en',
    weight: 2,
    render: (c) => {
      const lines = Array.from({ length: c.r.int(3, 6) }, () => {
        const code = c.pick([200, 200, 304, 401, 404, 500]);
        return s`${c.ip()} - - [${String(c.r.int(10, 28))}/Oct/2026:${String(c.r.int(10, 23))}:${String(c.r.int(10, 59))}:${String(c.r.int(10, 59))} +0000] "GET /api/v1/items?page=${String(c.r.int(1, 40))} HTTP/1.1" ${String(code)} ${String(c.r.int(200, 90000))} "-" "Mozilla/5.0"`;
      });
      return s`Which client is hammering us? Access log:\n\n${join(lines, '\n')}`;
    },
  },
  {
    kind: 'sshd-auth-log',
    lang: 'en',
    render: (c) => {
      const lines = Array.from({ length: c.r.int(2, 5) }, () => {
        return s`Oct ${String(c.r.int(10, 28))} 0${String(c.r.int(1, 9))}:${String(c.r.int(10, 59))}:${String(c.r.int(10, 59))} web-${String(c.r.int(1, 4))} sshd[${String(c.r.int(1000, 65000))}]: Failed password for ${c.username()} from ${c.ip()} port ${String(c.r.int(1024, 65535))} ssh2`;
      });
      return s`Should I worry about these?\n${join(lines, '\n')}`;
    },
  },
  {
    kind: 'dhcp-leases',
    lang: 'en',
    render: (c) => {
      const lines = Array.from(
        { length: c.r.int(2, 4) },
        () =>
          s`lease ${c.ip()} { hardware ethernet ${c.mac()}; client-hostname "laptop-${c.r.chars('abcdefghijklmnopqrstuvwxyz', 4)}"; }`,
      );
      return s`Which device took two leases?\n${join(lines, '\n')}`;
    },
  },
  {
    kind: 'ip-link',
    lang: 'en',
    render: (c) =>
      s`Why is eth0 down?\n\n2: eth0: <BROADCAST,MULTICAST> mtu 1500 qdisc fq_codel state DOWN mode DEFAULT group default qlen 1000\n    link/ether ${c.mac()} brd ff:ff:ff:ff:ff:ff\n3: wlan0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP\n    link/ether ${c.mac()} brd ff:ff:ff:ff:ff:ff\n    inet ${c.ip()}/24 brd 255.255.255.0 scope global dynamic wlan0`,
  },
  {
    kind: 'app-log-user',
    lang: 'en',
    render: (c) => {
      const p = c.person();
      return s`Explain this log sequence:\n${c.timestamp()} INFO  auth: login ok user=${p.email()} from ${c.ip()}\n${c.timestamp()} WARN  profile: phone ${c.phone()} failed verification (attempt 3/3)\n${c.timestamp()} INFO  session: id=${c.uuid()} revoked`;
    },
  },
];
