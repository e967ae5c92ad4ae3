// The read-only AWS layer: one place that creates SDK v3 clients (lazily, one per service), checks
// every command against the allow-list before it is built into a request, and sends it as a
// supervisor step (SDK retries off: the supervisor retries, backs off on throttling honouring
// Retry-After, and keeps one circuit breaker per service, `aws:<service>`).
import { classify } from '../supervisor/classify';
import { InframateError } from '../supervisor/errors';
import type { RunStep } from '../supervisor/step';
import { decideCall, type CallDecision } from './allowlist';
import type { AwsConfig } from './config';
import { sanitizeResult } from './sanitize';
import { awsService, type AwsServiceSpec } from './services';

export interface AwsCall {
  /** SDK v3 client name: `ecs`, `ec2`, `cloudwatch-logs`… */
  service: string;
  /** SDK operation: `DescribeServices`. */
  operation: string;
  params?: Record<string, unknown>;
}

export interface AwsCallRecord {
  service: string;
  operation: string;
  iamAction?: string;
  status: 'ok' | 'denied' | 'error';
  reason?: string;
}

export type AwsCallResult =
  { status: 'ok'; data: Record<string, unknown> } | { status: 'denied'; reason: string } | { status: 'error'; error: InframateError };

/** A call the allow-list refused: nothing was sent. */
export class AwsDeniedError extends InframateError {
  constructor(reason: string) {
    super('permission', reason, { code: 'denied' });
  }
}

interface SdkClient {
  send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<Record<string, unknown>>;
  destroy?(): void;
}
type Ctor = new (input: unknown) => unknown;

export interface AwsReaderOptions {
  config: AwsConfig;
  step: RunStep;
  /** Timeout of one request (ms). */
  timeoutMs?: number;
  /** Pages read at most per paginated call. */
  maxPages?: number;
  onCall?: (record: AwsCallRecord) => void;
}

export class AwsReader {
  readonly calls: AwsCallRecord[] = [];
  /** Commands whose not-found answer means "absent" (call's allowNotFound). */
  private readonly absentOk = new WeakSet<object>();
  /** Commands built by readTerraformState: the only data read let through the guard. */
  private readonly permitted = new WeakSet<object>();
  private readonly clients = new Map<string, Promise<{ client: SdkClient; module: Record<string, unknown> }>>();

  constructor(private readonly opts: AwsReaderOptions) {}

  get region(): string {
    return this.opts.config.region;
  }

  /**
   * Send one allow-listed call; throws AwsDeniedError (nothing sent) or the classified failure.
   * With `allowNotFound`, a not-found answer (NoSuchEntity, InvalidVpcID.NotFound…) is an answer, not a
   * failure: the call resolves to undefined and nothing is recorded as an error.
   */
  async call<T = Record<string, unknown>>(req: AwsCall, opts: { allowNotFound: true }): Promise<T | undefined>;
  async call<T = Record<string, unknown>>(req: AwsCall, opts?: { allowNotFound?: false }): Promise<T>;
  async call<T = Record<string, unknown>>(req: AwsCall, opts: { allowNotFound?: boolean } = {}): Promise<T | undefined> {
    const { spec, operation, params } = this.admit(req);
    const { client, module } = await this.clientFor(spec);
    const Command = module[`${operation}Command`] as Ctor | undefined;
    if (typeof Command !== 'function') throw this.refuse(req, `${spec.id} has no operation "${operation}"`);
    const command = new Command(params) as object;
    if (opts.allowNotFound) this.absentOk.add(command);
    const out = await client.send(command);
    return (out as unknown) === ABSENT ? undefined : (out as T);
  }

  /** Every page of a paginated call (the SDK's paginator when the operation has one), at most maxPages. */
  async pages<T = Record<string, unknown>>(req: AwsCall): Promise<T[]> {
    const { spec, operation, params } = this.admit(req);
    const { client, module } = await this.clientFor(spec);
    const paginate = module[`paginate${operation}`] as
      ((cfg: { client: unknown }, input: unknown) => AsyncIterable<Record<string, unknown>>) | undefined;
    if (typeof paginate !== 'function') return [await this.call<T>(req)];
    const out: T[] = [];
    for await (const page of paginate({ client }, params)) {
      out.push(page as T);
      if (out.length >= (this.opts.maxPages ?? 20)) break;
    }
    return out;
  }

  /** For the agent's `aws_call` tool: never throws; results sanitized (env values, secrets, code URLs). */
  async tryCall(req: AwsCall): Promise<AwsCallResult> {
    try {
      const data = await this.call(req);
      return { status: 'ok', data: sanitizeResult(data) as Record<string, unknown> };
    } catch (error) {
      if (error instanceof AwsDeniedError) return { status: 'denied', reason: error.message };
      return { status: 'error', error: error instanceof InframateError ? error : new InframateError('internal', String(error)) };
    }
  }

  /**
   * The one object read Inframate makes: a Terraform state file the user named (`--state
   * s3://bucket/key.tfstate`), for drift. Any other s3:GetObject stays refused. State holds
   * sensitive values: drift masks them before anything is reported or sent to a model.
   */
  async readTerraformState(bucket: string, key: string, maxBytes = 64 * 1024 * 1024): Promise<string> {
    const req = { service: 's3', operation: 'GetObject' };
    if (!/\.tfstate$/.test(key))
      throw this.refuse(req, `s3:GetObject is refused: only a Terraform state object (*.tfstate) may be read, not "${key}"`);
    const spec = awsService('s3')!;
    const { client, module } = await this.clientFor(spec);
    const Command = module.GetObjectCommand as Ctor;
    const command = new Command({ Bucket: bucket, Key: key });
    this.permitted.add(command as object);
    const out = (await client.send(command)) as { Body?: { transformToString(): Promise<string> }; ContentLength?: number };
    if ((out.ContentLength ?? 0) > maxBytes) throw new InframateError('input', `s3://${bucket}/${key} is larger than ${maxBytes} bytes`);
    return (await out.Body?.transformToString()) ?? '';
  }

  destroy(): void {
    for (const c of this.clients.values()) void c.then(({ client }) => client.destroy?.()).catch(() => undefined);
    this.clients.clear();
  }

  private admit(req: AwsCall): { spec: AwsServiceSpec; operation: string; params: Record<string, unknown> } {
    const params = req.params && typeof req.params === 'object' && !Array.isArray(req.params) ? req.params : {};
    const operation = String(req.operation ?? '').replace(/Command$/, '');
    const decision = decideCall(String(req.service ?? ''), operation, params);
    if (!decision.allowed) throw this.refuse(req, decision.reason, decision.iamAction);
    return { spec: awsService(decision.service)!, operation, params };
  }

  private refuse(req: AwsCall, reason: string, iamAction?: string): AwsDeniedError {
    this.note({ service: String(req.service), operation: String(req.operation), iamAction, status: 'denied', reason });
    return new AwsDeniedError(reason);
  }

  private note(record: AwsCallRecord): void {
    this.calls.push(record);
    this.opts.onCall?.(record);
  }

  private clientFor(spec: AwsServiceSpec) {
    let entry = this.clients.get(spec.id);
    if (!entry) {
      entry = this.opts
        .step(`aws.${spec.id}.load-sdk`, () => spec.load(), { dependency: 'local' })
        .then((module) => {
          const Client = module[spec.clientClass] as Ctor;
          const { config } = this.opts;
          const endpoint = config.serviceEndpoints[spec.endpointEnv] ?? config.endpoint;
          const raw = new Client({
            region: config.region,
            // The supervisor owns retries: one attempt per SDK call, each one a step.
            maxAttempts: 1,
            ...(endpoint ? { endpoint } : {}),
            // A custom endpoint (a proxy, LocalStack, the tests' fake) has no per-bucket host names.
            ...(endpoint && spec.id === 's3' ? { forcePathStyle: true } : {}),
          }) as SdkClient;
          this.guard(spec, raw);
          return { client: raw, module };
        });
      this.clients.set(spec.id, entry);
    }
    return entry;
  }

  /** Every send (ours and the SDK paginators') is checked again and runs as a supervisor step. */
  private guard(spec: AwsServiceSpec, client: SdkClient): void {
    const send = client.send.bind(client);
    client.send = async (command: unknown, options?: { abortSignal?: AbortSignal }) => {
      const operation = operationOf(command);
      const params = ((command as { input?: unknown })?.input ?? {}) as Record<string, unknown>;
      const decision: CallDecision = this.permitted.has(command as object)
        ? { allowed: true, service: spec.id, iamAction: 's3:GetObject', accessLevel: 'Read' }
        : decideCall(spec.id, operation, params);
      if (!decision.allowed) throw this.refuse({ service: spec.id, operation }, decision.reason, decision.iamAction);
      try {
        const out = await this.opts.step(
          `aws.${spec.id}.${operation}`,
          ({ signal }) =>
            send(command, { ...options, abortSignal: signal }).catch((e: unknown) => {
              if (this.absentOk.has(command as object) && isNotFound(e)) return ABSENT as unknown as Record<string, unknown>;
              return Promise.reject(throttlingAware(e));
            }),
          { dependency: `aws:${spec.id}`, timeoutMs: this.opts.timeoutMs ?? 30_000 },
        );
        this.note({ service: spec.id, operation, iamAction: decision.iamAction, status: 'ok' });
        return out;
      } catch (error) {
        this.note({ service: spec.id, operation, iamAction: decision.iamAction, status: 'error', reason: (error as Error).message });
        throw error;
      }
    };
  }
}

/** Resolved by a step whose not-found answer was expected. */
const ABSENT = Symbol('absent');

/** A not-found answer: the classifier's type, or the AWS error names that say so. */
export function isNotFound(error: unknown): boolean {
  const name = String((error as { name?: string })?.name ?? '');
  return /NotFound|NoSuch|NonExistent/.test(name) || classify(error).type === 'not-found';
}

/** The operation a command object stands for (class name; bundlers may add a `$n` suffix). */
function operationOf(command: unknown): string {
  const name = (command as { constructor?: { name?: string } })?.constructor?.name ?? '';
  return name.replace(/\$\d+$/, '').replace(/Command$/, '');
}

/**
 * The SDK marks throttling on the error (`$retryable.throttling`), also for codes our classifier
 * does not know: those become rate-limit errors, keeping the Retry-After the response carried.
 */
function throttlingAware(error: unknown): unknown {
  const e = error as { $retryable?: { throttling?: boolean }; name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  if (e?.$retryable?.throttling && !/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(e.name ?? '')) {
    return new InframateError('rate-limit', e.message || 'throttled by AWS', {
      cause: error,
      code: e.name,
      status: e.$metadata?.httpStatusCode,
    });
  }
  return error;
}
