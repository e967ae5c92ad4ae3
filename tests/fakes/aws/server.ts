// A fake AWS on 127.0.0.1 that speaks the real wire protocols, so the real SDK v3 clients can be
// pointed at it with AWS_ENDPOINT_URL. The service comes from the SigV4 credential scope, the
// operation from X-Amz-Target (JSON), `Action=` (query/EC2) or the REST route (Lambda, S3).
// Per test: an in-memory account (account.ts), extra handlers (`on`), injected throttling
// (`throttle`), and a record of every request (`requests`).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeAccount } from './account';
import { DEFAULT_HANDLERS } from './handlers';
import { errorReply, parseQueryParams, signingName, successReply, type Protocol } from './protocols';
import { REST_ROUTES } from './rest-routes';

/** Signing name → our service id (SDK v3 client name), protocol, JSON version. */
const SERVICES: Record<string, { id: string; protocol: Protocol; json?: string }> = {
  ecs: { id: 'ecs', protocol: 'json' },
  dynamodb: { id: 'dynamodb', protocol: 'json', json: '1.0' },
  sqs: { id: 'sqs', protocol: 'json', json: '1.0' },
  tagging: { id: 'resource-groups-tagging-api', protocol: 'json' },
  logs: { id: 'cloudwatch-logs', protocol: 'json' },
  monitoring: { id: 'cloudwatch', protocol: 'json', json: '1.0' },
  ec2: { id: 'ec2', protocol: 'ec2' },
  rds: { id: 'rds', protocol: 'query' },
  elasticache: { id: 'elasticache', protocol: 'query' },
  iam: { id: 'iam', protocol: 'query' },
  sns: { id: 'sns', protocol: 'query' },
  elasticloadbalancing: { id: 'elastic-load-balancing-v2', protocol: 'query' },
  sts: { id: 'sts', protocol: 'query' },
  autoscaling: { id: 'auto-scaling', protocol: 'query' },
  lambda: { id: 'lambda', protocol: 'rest-json' },
  s3: { id: 's3', protocol: 'rest-xml' },
};

export interface FakeAwsRequest {
  service: string;
  operation: string;
  protocol: Protocol;
  params: Record<string, unknown>;
  method: string;
  path: string;
}

/** An error a handler throws to answer with an AWS error. */
export class FakeAwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** A handler's answer sent as is (S3 object bodies). */
export class RawBody {
  constructor(
    readonly body: string,
    readonly contentType = 'application/octet-stream',
  ) {}
}

export interface HandlerContext {
  account: FakeAccount;
  request: FakeAwsRequest;
}
export type FakeHandler = (params: Record<string, unknown>, ctx: HandlerContext) => unknown;

export interface ThrottleSpec {
  service?: string;
  operation?: string;
  /** How many matching requests are throttled (then they are served). */
  times: number;
  /** `ThrottlingException` (the service's throttling error code), or a bare HTTP 429 / 503. */
  kind?: 'code' | 429 | 503;
  /** Retry-After header (seconds). */
  retryAfter?: number;
}

const THROTTLE_CODE: Record<Protocol, string> = {
  json: 'ThrottlingException',
  'rest-json': 'TooManyRequestsException',
  query: 'Throttling',
  ec2: 'RequestLimitExceeded',
  'rest-xml': 'SlowDown',
};

export class FakeAws {
  readonly account = new FakeAccount();
  readonly requests: FakeAwsRequest[] = [];
  private readonly handlers = new Map<string, FakeHandler>(Object.entries(DEFAULT_HANDLERS));
  private readonly throttles: ThrottleSpec[] = [];
  private server = createServer((req, res) => {
    void this.handle(req).then((reply) => {
      res.writeHead(reply.status, { ...reply.headers, 'content-length': Buffer.byteLength(reply.body) });
      res.end(reply.body);
    });
  });
  url = '';

  static async start(): Promise<FakeAws> {
    const fake = new FakeAws();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  /** Environment for the real SDK: endpoint, region, static test credentials, no shared config files. */
  env(): Record<string, string> {
    return {
      AWS_ENDPOINT_URL: this.url,
      AWS_REGION: this.account.region,
      AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE',
      AWS_SECRET_ACCESS_KEY: 'fake-secret-for-the-fake-aws-server-only',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    };
  }

  /** Add or replace the handler of `service` (SDK client name) `operation`. */
  on(service: string, operation: string, handler: FakeHandler): this {
    this.handlers.set(`${service}:${operation}`, handler);
    return this;
  }

  throttle(spec: ThrottleSpec): this {
    this.throttles.push({ ...spec });
    return this;
  }

  /** Requests for one operation (`ecs:DescribeServices`) or one service (`ecs`). */
  calls(key: string): FakeAwsRequest[] {
    return this.requests.filter((r) => `${r.service}:${r.operation}` === key || r.service === key);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private async handle(req: IncomingMessage) {
    const body = await new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    const name = signingName(req) ?? '';
    const svc = SERVICES[name];
    if (!svc) return errorReply('json', 'UnrecognizedClientException', `fake AWS does not know service "${name}"`);
    const url = new URL(req.url ?? '/', 'http://fake');
    let operation = '';
    let params: Record<string, unknown> = {};
    if (svc.protocol === 'json') {
      operation =
        String(req.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() ?? '';
      params = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } else if (svc.protocol === 'query' || svc.protocol === 'ec2') {
      const parsed = parseQueryParams(body || url.search.slice(1));
      operation = parsed.action ?? '';
      params = parsed.params;
    } else {
      const route = REST_ROUTES.find((r) => r.service === svc.id && r.method === req.method && r.matches(url));
      if (route) {
        operation = route.operation;
        params = { ...route.params(url), ...(body && svc.protocol === 'rest-json' ? (JSON.parse(body) as object) : {}) };
      }
    }
    const request: FakeAwsRequest = {
      service: svc.id,
      operation,
      protocol: svc.protocol,
      params,
      method: req.method ?? 'GET',
      path: url.pathname,
    };
    this.requests.push(request);

    const throttle = this.throttles.find(
      (t) => t.times > 0 && (!t.service || t.service === svc.id) && (!t.operation || t.operation === operation),
    );
    if (throttle) {
      throttle.times--;
      const headers: Record<string, string> = throttle.retryAfter !== undefined ? { 'retry-after': String(throttle.retryAfter) } : {};
      if (throttle.kind === 429 || throttle.kind === 503) {
        return { status: throttle.kind, headers: { 'content-type': 'text/plain', ...headers }, body: '' };
      }
      const status = svc.protocol === 'ec2' || svc.protocol === 'rest-xml' ? 503 : svc.protocol === 'rest-json' ? 429 : 400;
      return errorReply(svc.protocol, THROTTLE_CODE[svc.protocol], 'Rate exceeded', status, headers, svc.json);
    }

    const handler = this.handlers.get(`${svc.id}:${operation}`);
    if (!handler) {
      return errorReply(
        svc.protocol,
        svc.protocol === 'json' ? 'UnknownOperationException' : 'InvalidAction',
        `fake AWS has no ${svc.id}:${operation || req.method + ' ' + url.pathname}`,
        400,
        {},
        svc.json,
      );
    }
    try {
      const result = await handler(params, { account: this.account, request });
      if (result instanceof RawBody) return { status: 200, headers: { 'content-type': result.contentType }, body: result.body };
      return successReply(svc.protocol, operation, result, svc.json);
    } catch (error) {
      if (error instanceof FakeAwsError) return errorReply(svc.protocol, error.code, error.message, error.status, {}, svc.json);
      return errorReply(svc.protocol, 'InternalFailure', String(error), 500, {}, svc.json);
    }
  }
}
