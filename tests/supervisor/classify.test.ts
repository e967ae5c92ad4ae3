import Anthropic from '@anthropic-ai/sdk';
import { ApiError } from '@google/genai';
import { RequestError } from '@octokit/request-error';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classify } from '../../src/supervisor/classify';
import { InframateError } from '../../src/supervisor/errors';
import { fingerprint, normalizeMessage } from '../../src/supervisor/fingerprint';
import { parseRetryAfter } from '../../src/supervisor/retry-after';
import { severityOf } from '../../src/supervisor/taxonomy';

const NOW = Date.UTC(2026, 10, 21, 5, 0, 0);

function octokitError(status: number, message: string, headers: Record<string, string> = {}, data: unknown = { message }) {
  return new RequestError(message, status, {
    request: { method: 'POST', url: 'https://api.github.com/repos/o/r/pulls', headers: {} },
    response: { status, url: 'https://api.github.com/repos/o/r/pulls', headers, data },
  });
}

function awsError(name: string, httpStatusCode: number, message = name) {
  return Object.assign(new Error(message), { name, $fault: httpStatusCode >= 500 ? 'server' : 'client', $metadata: { httpStatusCode } });
}

describe('classify: GitHub (Octokit RequestError)', () => {
  it.each([
    [500, 'Server Error', {}, 'network'],
    [502, 'Bad Gateway', {}, 'network'],
    [503, 'Service Unavailable', {}, 'network'],
    [504, 'Gateway Timeout', {}, 'timeout'],
    [401, 'Bad credentials', {}, 'auth'],
    [404, 'Not Found', {}, 'not-found'],
    [409, 'Reference already exists', {}, 'conflict'],
    [422, 'Validation Failed', {}, 'validation'],
    [429, 'Too Many Requests', {}, 'rate-limit'],
    [403, 'Resource not accessible by integration', {}, 'permission'],
    [
      403,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      { 'retry-after': '30' },
      'rate-limit',
    ],
    [403, 'API rate limit exceeded for installation ID 123.', { 'x-ratelimit-remaining': '0' }, 'rate-limit'],
    [403, 'GitHub Actions is not permitted to create or approve pull requests.', {}, 'permission'],
  ] as const)('%i %s → %s', (status, message, headers, type) => {
    expect(classify(octokitError(status, message, headers), { now: NOW }).type).toBe(type);
  });

  it('reads Retry-After (seconds) on a secondary rate limit', () => {
    const e = classify(octokitError(403, 'You have exceeded a secondary rate limit', { 'retry-after': '30' }), { now: NOW });
    expect(e.retryAfterMs).toBe(30_000);
    expect(e.status).toBe(403);
    expect(e.solution).toMatch(/secondary rate limit/);
  });

  it('reads x-ratelimit-reset (epoch seconds) on the primary limit', () => {
    const reset = String(NOW / 1000 + 42);
    const e = classify(octokitError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), {
      now: NOW,
    });
    expect(e.retryAfterMs).toBe(42_000);
  });

  it('a failed fetch inside Octokit (synthetic 500, no response) is classified from its cause chain', () => {
    const undici = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    const fetchError = new TypeError('fetch failed', { cause: undici });
    const e = new RequestError('other side closed', 500, { request: { method: 'GET', url: 'http://x', headers: {} } });
    e.cause = fetchError;
    const c = classify(e);
    expect(c.type).toBe('network');
    expect(c.code).toBe('UND_ERR_SOCKET');
    expect(c.status).toBeUndefined();
  });

  it('an aborted Octokit request is a timeout', () => {
    const abort = Object.assign(new DOMException('This operation was aborted', 'AbortError'), { status: 500 });
    expect(classify(abort).type).toBe('timeout');
  });
});

describe('classify: fetch / undici / Node', () => {
  it.each([
    ['ECONNRESET', 'network'],
    ['ECONNREFUSED', 'network'],
    ['ETIMEDOUT', 'timeout'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['UND_ERR_SOCKET', 'network'],
    ['UND_ERR_INFO', 'network'],
    ['ENOENT', 'not-found'],
    ['EACCES', 'permission'],
  ] as const)('code %s → %s', (code, type) => {
    const err = new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code }) });
    expect(classify(err).type).toBe(type);
  });

  it('AbortSignal.timeout() is a timeout', () => {
    expect(classify(new DOMException('The operation was aborted due to timeout', 'TimeoutError')).type).toBe('timeout');
  });

  it('an SDK call whose signal aborted is a timeout, not a conflict; gRPC ABORTED still is a conflict', () => {
    expect(classify(new APIUserAbortError()).type).toBe('timeout');
    expect(classify(new Anthropic.APIUserAbortError()).type).toBe('timeout');
    expect(classify(new Error('{"error":{"code":409,"status":"ABORTED","message":"try again"}}')).type).toBe('conflict');
  });

  it('an unknown error without clues is internal (our bug), critical', () => {
    const e = classify(new Error('Cannot read properties of undefined'));
    expect(e.type).toBe('internal');
    expect(severityOf(e.type)).toBe('critical');
  });

  it('non-Error throwables are classified from their text', () => {
    expect(classify('socket hang up').type).toBe('network');
  });
});

describe('classify: AWS SDK v3', () => {
  it.each([
    ['ThrottlingException', 400, 'rate-limit'],
    ['TooManyRequestsException', 429, 'rate-limit'],
    ['SlowDown', 503, 'rate-limit'],
    ['AccessDenied', 403, 'permission'],
    ['AccessDeniedException', 400, 'permission'],
    ['UnauthorizedOperation', 403, 'permission'],
    ['ExpiredToken', 400, 'auth'],
    ['ExpiredTokenException', 400, 'auth'],
    ['InvalidClientTokenId', 403, 'auth'],
    ['NoSuchBucket', 404, 'not-found'],
    ['InvalidInstanceID.NotFound', 400, 'not-found'],
    ['ResourceNotFoundException', 400, 'not-found'],
    ['ServiceUnavailable', 503, 'network'],
    ['ValidationException', 400, 'validation'],
    ['BucketAlreadyExists', 409, 'conflict'],
  ] as const)('%s (%i) → %s', (name, status, type) => {
    expect(classify(awsError(name, status)).type).toBe(type);
  });

  it('ExpiredToken carries an actionable solution', () => {
    expect(classify(awsError('ExpiredToken', 400, 'The security token included in the request is expired')).solution).toMatch(
      /refresh the credentials/,
    );
  });
});

describe('classify: LLM SDKs', () => {
  it('Google GenAI ApiError: status drives the type, retryDelay is honoured', () => {
    const body = JSON.stringify({
      error: {
        code: 429,
        message: 'Resource has been exhausted',
        status: 'RESOURCE_EXHAUSTED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '7s' }],
      },
    });
    const e = classify(new ApiError({ message: `got status: 429 Too Many Requests. ${body}`, status: 429 }), { dependency: 'llm:gemini' });
    expect(e.type).toBe('rate-limit');
    expect(e.retryAfterMs).toBe(7_000);
    expect(
      classify(new ApiError({ message: 'got status: 503 Service Unavailable. {"error":{"status":"UNAVAILABLE"}}', status: 503 })).type,
    ).toBe('network');
    expect(classify(new ApiError({ message: 'got status: 500 Internal Server Error.', status: 500 })).type).toBe('network');
    const badKey = new ApiError({
      message:
        'got status: 400 Bad Request. {"error":{"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}',
      status: 400,
    });
    expect(classify(badKey).type).toBe('auth');
    expect(
      classify(new ApiError({ message: 'got status: 400 Bad Request. {"error":{"status":"INVALID_ARGUMENT"}}', status: 400 })).type,
    ).toBe('validation');
  });

  it('OpenAI APIError: status and retry-after-ms / retry-after headers', () => {
    const rl = APIError.generate(
      429,
      { error: { message: 'Rate limit reached for requests', code: 'rate_limit_exceeded' } },
      undefined,
      new Headers({ 'retry-after-ms': '1500' }),
    );
    const e = classify(rl, { dependency: 'llm:openai' });
    expect(e.type).toBe('rate-limit');
    expect(e.retryAfterMs).toBe(1_500);
    const quota = APIError.generate(
      429,
      { error: { message: 'You exceeded your current quota, please check your plan and billing details.', code: 'insufficient_quota' } },
      undefined,
      new Headers(),
    );
    expect(classify(quota).type).toBe('permission');
    expect(classify(APIError.generate(401, { error: { message: 'Incorrect API key provided' } }, undefined, new Headers())).type).toBe(
      'auth',
    );
    expect(classify(APIError.generate(500, { error: { message: 'oops' } }, undefined, new Headers())).type).toBe('network');
    expect(classify(new APIConnectionTimeoutError()).type).toBe('timeout');
    expect(
      classify(new APIConnectionError({ message: 'Connection error.', cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }))
        .type,
    ).toBe('network');
  });

  it('Anthropic APIError: 529 overloaded backs off like a rate limit, retry-after read from Headers', () => {
    const overloaded = Anthropic.APIError.generate(
      529,
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
      undefined,
      new Headers({ 'retry-after': '3' }),
    );
    const e = classify(overloaded, { dependency: 'llm:anthropic' });
    expect(e.type).toBe('rate-limit');
    expect(e.retryAfterMs).toBe(3_000);
    const auth = Anthropic.APIError.generate(
      401,
      { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } },
      undefined,
      new Headers(),
    );
    expect(classify(auth).type).toBe('auth');
  });

  it('schema and JSON failures are llm-output inside LLM steps and validation elsewhere', () => {
    const zodError = z.object({ a: z.string() }).safeParse({ a: 1 }).error;
    expect(classify(zodError, { dependency: 'llm:gemini' }).type).toBe('llm-output');
    expect(classify(zodError).type).toBe('validation');
    let json: unknown;
    try {
      JSON.parse('{"a": ');
    } catch (e) {
      json = e;
    }
    expect(classify(json, { dependency: 'llm:openai' }).type).toBe('llm-output');
    expect(classify(new Error('finishReason: SAFETY')).type).toBe('llm-output');
  });
});

describe('classify: Terraform and pass-through', () => {
  it('hcl2json syntax messages are terraform errors', () => {
    expect(
      classify(new Error('[main.tf:3,1-2: Argument or block definition required; An argument or block definition is required here.]')).type,
    ).toBe('terraform');
  });

  it('an InframateError is returned as is', () => {
    const e = new InframateError('input', 'bad', { file: 'a.tf', line: 2 });
    expect(classify(e)).toBe(e);
  });
});

describe('retry-after', () => {
  it('parses delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(new Date(NOW + 5_000).toUTCString(), NOW)).toBe(5_000);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });
});

describe('fingerprint', () => {
  it('ignores numbers, ids, URLs and quoted values, but not the step family or type', () => {
    const a = fingerprint(
      'github.create-pull-request',
      'network',
      'POST https://api.github.com/repos/o/r/pulls: 502 Bad Gateway (request 9f3a2b1c7d)',
    );
    const b = fingerprint(
      'github.update-ref',
      'network',
      'POST https://api.github.com/repos/x/y/pulls: 503 Bad Gateway (request 1234abcd99)',
    );
    expect(a).toBe(b);
    expect(fingerprint('llm.generate', 'network', '502 Bad Gateway')).not.toBe(fingerprint('github.get', 'network', '502 Bad Gateway'));
    expect(fingerprint('github.get', 'timeout', '502 Bad Gateway')).not.toBe(fingerprint('github.get', 'network', '502 Bad Gateway'));
    expect(normalizeMessage('file "a.tf" line 12')).toBe('file <q> line <n>');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('classify: headers and GraphQL', () => {
  it('a 403 with x-ratelimit-remaining: 0 and a plain message is a rate limit', () => {
    expect(classify(octokitError(403, 'Forbidden', { 'x-ratelimit-remaining': '0' })).type).toBe('rate-limit');
    expect(classify(octokitError(403, 'Forbidden', { 'x-ratelimit-remaining': '12' })).type).toBe('permission');
  });

  it('GitHub GraphQL error types', () => {
    const gql = Object.assign(new Error('Request failed due to following response errors'), {
      name: 'GraphqlResponseError',
      errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user' }],
    });
    expect(classify(gql).type).toBe('rate-limit');
    const nf = Object.assign(new Error('Request failed'), {
      name: 'GraphqlResponseError',
      errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'o/x'." }],
    });
    expect(classify(nf).type).toBe('not-found');
  });

  it('AWS clock skew is an auth error with a clock fix', () => {
    const e = classify(awsError('RequestTimeTooSkewed', 403, 'The difference between the request time and the current time is too large.'));
    expect(e.type).toBe('auth');
    expect(e.solution).toMatch(/clock/);
  });
});

describe('classify: odd throwables', () => {
  it('never throws and always answers a known type', () => {
    const circular: Error & { cause?: unknown } = new Error('loop');
    circular.cause = circular;
    const hostile = Object.defineProperty({}, 'message', {
      get() {
        throw new Error('gotcha');
      },
    });
    for (const value of [null, undefined, 42, '', {}, [], circular, hostile, { status: 'abc' }, { status: 503 }, Symbol('s')]) {
      const e = classify(value);
      expect(e).toBeInstanceOf(InframateError);
      expect(e.message.length).toBeGreaterThan(0);
    }
    expect(classify({ status: 503 }).type).toBe('network');
  });
});
