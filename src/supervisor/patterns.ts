// Classification data. The classifier (classify.ts) only walks these tables: to teach inframate a
// new error, add a row here, not a branch there. First matching row wins within each table.
import type { ErrorType } from './errors';

export interface CodeRule {
  /** Exact error `code`/`name` (Node errno codes, undici codes, AWS SDK error names) or a pattern. */
  match: string | RegExp;
  type: ErrorType;
  solution?: string;
}

/** Node, undici, fetch, AWS SDK v3 and schema-library error codes and names. */
export const CODE_RULES: readonly CodeRule[] = [
  // Timeouts and cancellations (fetch/undici/AbortSignal.timeout).
  { match: 'TimeoutError', type: 'timeout' },
  { match: 'AbortError', type: 'timeout' },
  { match: 'ETIMEDOUT', type: 'timeout' },
  { match: 'ESOCKETTIMEDOUT', type: 'timeout' },
  { match: 'UND_ERR_CONNECT_TIMEOUT', type: 'timeout' },
  { match: 'UND_ERR_HEADERS_TIMEOUT', type: 'timeout' },
  { match: 'UND_ERR_BODY_TIMEOUT', type: 'timeout' },
  { match: 'UND_ERR_ABORTED', type: 'timeout' },
  { match: 'APIConnectionTimeoutError', type: 'timeout' },
  // Anthropic/OpenAI SDKs when the signal passed to them aborts (OpenAI leaves the name 'Error').
  { match: 'APIUserAbortError', type: 'timeout' },
  { match: 'RequestTimeout', type: 'timeout' },
  { match: 'RequestTimeoutException', type: 'timeout' },
  // Connection-level failures.
  { match: 'ECONNRESET', type: 'network' },
  { match: 'ECONNREFUSED', type: 'network' },
  { match: 'ECONNABORTED', type: 'network' },
  { match: 'EPIPE', type: 'network' },
  { match: 'ENOTFOUND', type: 'network', solution: 'The host name did not resolve; check the base URL and DNS.' },
  { match: 'EAI_AGAIN', type: 'network' },
  { match: 'EHOSTUNREACH', type: 'network' },
  { match: 'ENETUNREACH', type: 'network' },
  { match: 'UND_ERR_SOCKET', type: 'network' },
  { match: 'UND_ERR_CLOSED', type: 'network' },
  { match: 'UND_ERR_RESPONSE_STATUS_CODE', type: 'network' },
  { match: 'APIConnectionError', type: 'network' },
  // Any other undici failure happened on the wire (the specific timeouts are matched above).
  { match: /^UND_ERR_/, type: 'network' },
  // AWS SDK v3: throttling.
  { match: /^(Throttling(Exception)?|ThrottledException|TooManyRequestsException|RequestLimitExceeded|SlowDown)$/, type: 'rate-limit' },
  {
    match: /^(RequestThrottled(Exception)?|ProvisionedThroughputExceededException|PriorRequestNotComplete|BandwidthLimitExceeded)$/,
    type: 'rate-limit',
  },
  // AWS: credentials.
  {
    match: /^(ExpiredToken(Exception)?|RequestExpired|TokenRefreshRequired)$/,
    type: 'auth',
    solution: 'The AWS session token expired; refresh the credentials (re-run aws-actions/configure-aws-credentials or sso login).',
  },
  {
    match: /^(InvalidClientTokenId|UnrecognizedClientException|InvalidAccessKeyId|SignatureDoesNotMatch|InvalidSignatureException)$/,
    type: 'auth',
    solution: 'The AWS credentials are not valid for this account or region; check the access key and region.',
  },
  { match: /^(MissingAuthenticationToken|AuthFailure|CredentialsProviderError|IncompleteSignature)$/, type: 'auth' },
  {
    match: /^(RequestTimeTooSkewed|InvalidSignatureException\.Skew)$/,
    type: 'auth',
    solution: "The machine's clock is off by more than 5 minutes, so AWS rejects the request signature; sync the clock (NTP).",
  },
  // AWS: authorization.
  {
    match: /^(AccessDenied(Exception)?|UnauthorizedOperation|UnauthorizedAccess|AuthorizationError|Forbidden|AllAccessDisabled)$/,
    type: 'permission',
    solution: 'The AWS principal lacks an IAM permission; inframate needs read-only access (e.g. the ReadOnlyAccess policy).',
  },
  // AWS: missing resources (EC2 uses dotted codes such as InvalidInstanceID.NotFound).
  { match: /(NotFound|NotFoundException|^NoSuch[A-Za-z]+)$/, type: 'not-found' },
  // AWS: server-side failures worth another attempt.
  {
    match:
      /^(ServiceUnavailable(Exception)?|InternalError|InternalFailure|InternalServerError|InternalServiceError|ServiceException|BadGateway)$/,
    type: 'network',
  },
  // AWS and others: rejected requests.
  {
    match:
      /^(ValidationException|ValidationError|InvalidParameterValue|InvalidParameterException|InvalidParameterCombination|MalformedPolicyDocument|InvalidInput|SerializationException)$/,
    type: 'validation',
  },
  {
    match:
      /^(ConflictException|ResourceInUseException|ResourceConflictException|BucketAlreadyExists|EntityAlreadyExists|AlreadyExistsException|ConcurrentModificationException|OperationAbortedException)$/,
    type: 'conflict',
  },
  // GitHub GraphQL `errors[].type`.
  { match: 'RATE_LIMITED', type: 'rate-limit' },
  { match: 'FORBIDDEN', type: 'permission' },
  { match: 'NOT_FOUND', type: 'not-found' },
  { match: 'UNPROCESSABLE', type: 'validation' },
  // Local file system.
  { match: 'ENOENT', type: 'not-found' },
  { match: 'EACCES', type: 'permission' },
  { match: 'EPERM', type: 'permission' },
  { match: 'EISDIR', type: 'input' },
  { match: 'ENOTDIR', type: 'input' },
  { match: 'EEXIST', type: 'conflict' },
  { match: 'ENOSPC', type: 'internal', solution: 'The disk is full; free space (or point --out / the cache directory elsewhere).' },
  // Schema validation (zod) and JSON parsing.
  { match: 'ZodError', type: 'validation' },
  { match: '$ZodError', type: 'validation' },
  { match: 'SyntaxError', type: 'validation' },
];

export interface StatusRule {
  /** One status, or an inclusive range. */
  status: number | readonly [number, number];
  type: ErrorType;
}

/** HTTP status → type. 400/403 are refined by message patterns marked `overridesStatus`. */
export const STATUS_RULES: readonly StatusRule[] = [
  { status: 401, type: 'auth' },
  { status: 407, type: 'auth' },
  { status: 402, type: 'permission' },
  { status: 403, type: 'permission' },
  { status: 404, type: 'not-found' },
  { status: 410, type: 'not-found' },
  { status: 408, type: 'timeout' },
  { status: 499, type: 'timeout' },
  { status: 504, type: 'timeout' },
  { status: 409, type: 'conflict' },
  { status: 412, type: 'conflict' },
  { status: 423, type: 'conflict' },
  { status: 425, type: 'network' },
  { status: 429, type: 'rate-limit' },
  // Anthropic's "overloaded": capacity, so back off like a rate limit.
  { status: 529, type: 'rate-limit' },
  { status: [500, 599], type: 'network' },
  { status: [400, 499], type: 'validation' },
];

export interface HeaderRule {
  header: string;
  /** The header's value must equal this (any value when omitted). */
  equals?: string;
  /** Only for these statuses. */
  statuses: readonly number[];
  type: ErrorType;
}

/** Response headers that decide the type (GitHub signals rate limits on 403 by headers). */
export const HEADER_RULES: readonly HeaderRule[] = [
  { header: 'x-ratelimit-remaining', equals: '0', statuses: [403, 429], type: 'rate-limit' },
  { header: 'retry-after', statuses: [403], type: 'rate-limit' },
];

export interface MessageRule {
  pattern: RegExp;
  type: ErrorType;
  /** The message is more specific than the HTTP status (e.g. a 403 that is really a rate limit). */
  overridesStatus?: boolean;
  solution?: string;
}

/** Message patterns, for errors that carry no usable code or status (and to refine ambiguous ones). */
export const MESSAGE_RULES: readonly MessageRule[] = [
  // Billing/quota: looks like a rate limit (OpenAI answers 429) but waiting does not help.
  {
    pattern: /insufficient_quota|exceeded your current quota|check your plan and billing|credit balance is too low/i,
    type: 'permission',
    overridesStatus: true,
    solution: 'The LLM account has no quota or credit left; top it up or run with --no-ai (rules only).',
  },
  {
    pattern: /secondary rate limit/i,
    type: 'rate-limit',
    overridesStatus: true,
    solution: 'GitHub secondary rate limit: too many requests at once; run fewer jobs in parallel or space them out.',
  },
  {
    pattern: /API rate limit exceeded|rate limit(ed| exceeded| reached)|too many requests|RESOURCE_EXHAUSTED|quota (exceeded|metric)/i,
    type: 'rate-limit',
    overridesStatus: true,
  },
  {
    pattern:
      /API key not valid|API_KEY_INVALID|invalid[ _-]?api[ _-]?key|incorrect api key|invalid x-api-key|Bad credentials|invalid authentication/i,
    type: 'auth',
    overridesStatus: true,
    solution:
      'The token or API key was rejected; check the secret passed to inframate (GEMINI_API_KEY, OPENAI_API_KEY, ANTHROPIC_API_KEY or github-token).',
  },
  {
    pattern: /security token included in the request is (invalid|expired)|token (has )?expired|ExpiredToken/i,
    type: 'auth',
    overridesStatus: true,
  },
  {
    pattern: /GitHub Actions is not permitted to create or approve pull requests/i,
    type: 'permission',
    overridesStatus: true,
    solution: 'Enable "Allow GitHub Actions to create and approve pull requests" in the repository (or organisation) Actions settings.',
  },
  {
    pattern:
      /Resource not accessible by (integration|personal access token)|Write access to repository not granted|must have (admin|push) (rights|access)/i,
    type: 'permission',
    overridesStatus: true,
    solution:
      'The GitHub token lacks a permission; add it to the workflow `permissions:` block (e.g. contents: write, pull-requests: write, issues: write).',
  },
  // Terraform / HCL syntax (hcl2json: "main.tf:3,1-2: Argument or block definition required").
  {
    pattern:
      /\.tf(\.json)?:\d+,\d+|Argument or block definition required|Invalid block definition|Unclosed configuration block|Invalid expression|Missing newline after argument/,
    type: 'terraform',
  },
  // Model replies that cannot be used.
  {
    pattern: /finish ?reason:? ?(SAFETY|RECITATION|MAX_TOKENS|length|content_filter)|blockReason|safety (block|filter)|content filter/i,
    type: 'llm-output',
  },
  // Connection-level wording (when the code was lost on the way up).
  {
    pattern:
      /ECONNRESET|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EPIPE|socket hang up|other side closed|fetch failed|network error|connection (reset|refused|closed|error)/i,
    type: 'network',
  },
  { pattern: /timed? ?out|timeout|deadline exceeded|DEADLINE_EXCEEDED|ETIMEDOUT|(request|operation) was aborted/i, type: 'timeout' },
  { pattern: /\bUNAVAILABLE\b|service unavailable|overloaded|bad gateway|internal server error|server error/i, type: 'network' },
  { pattern: /\bUNAUTHENTICATED\b|unauthori[sz]ed|not authenticated|authentication (failed|required)/i, type: 'auth' },
  { pattern: /\bPERMISSION_DENIED\b|permission denied|forbidden|access denied|not authorized/i, type: 'permission' },
  { pattern: /\bNOT_FOUND\b|not found|no such file|does not exist/i, type: 'not-found' },
  { pattern: /already exists|\bconflict\b/i, type: 'conflict' },
  // gRPC status ABORTED (Gemini): upper case only, so an SDK's "Request was aborted." is not a conflict.
  { pattern: /\bABORTED\b/, type: 'conflict' },
  {
    pattern:
      /Unexpected (token|end of JSON)|JSON at position|is not valid JSON|invalid json|Validation Failed|\bINVALID_ARGUMENT\b|invalid (value|parameter|input)/i,
    type: 'validation',
  },
];
