import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { dirname, join } from "node:path";
import { a as InframateError } from "./errors-D-4Njnnn.js";
import { mkdir, appendFile, writeFile, rename, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { t as toJSONSchema } from "./schemas-CUcVUsYh.js";
function createAuditLog(path, mask) {
  let ready = null;
  return {
    path,
    async write(entry) {
      if (!path) return;
      ready ??= mkdir(dirname(path), { recursive: true });
      await ready;
      await appendFile(path, mask(JSON.stringify(entry)) + "\n", "utf8");
    }
  };
}
const CACHE_FORMAT = 1;
const LLM_CACHE_SUBDIR = "llm";
function cacheKey(parts) {
  const h = createHash("sha256");
  h.update(JSON.stringify({ v: CACHE_FORMAT, ...parts }));
  return h.digest("hex");
}
function createReplyCache(cacheDir) {
  const root = join(cacheDir, LLM_CACHE_SUBDIR);
  const pathOf = (key) => join(root, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      let text;
      try {
        text = await readFile(pathOf(key), "utf8");
      } catch {
        return null;
      }
      try {
        const entry = JSON.parse(text);
        if (entry.v !== CACHE_FORMAT || entry.key !== key) return null;
        return { value: entry.value };
      } catch {
        return null;
      }
    },
    async set(key, task, value) {
      const file = pathOf(key);
      await mkdir(dirname(file), { recursive: true });
      const entry = { v: CACHE_FORMAT, key, task, storedAt: (/* @__PURE__ */ new Date()).toISOString(), value };
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, JSON.stringify(entry), "utf8");
      await rename(tmp, file);
    }
  };
}
const CODE_RULES = [
  // Timeouts and cancellations (fetch/undici/AbortSignal.timeout).
  { match: "TimeoutError", type: "timeout" },
  { match: "AbortError", type: "timeout" },
  { match: "ETIMEDOUT", type: "timeout" },
  { match: "ESOCKETTIMEDOUT", type: "timeout" },
  { match: "UND_ERR_CONNECT_TIMEOUT", type: "timeout" },
  { match: "UND_ERR_HEADERS_TIMEOUT", type: "timeout" },
  { match: "UND_ERR_BODY_TIMEOUT", type: "timeout" },
  { match: "UND_ERR_ABORTED", type: "timeout" },
  { match: "APIConnectionTimeoutError", type: "timeout" },
  // Anthropic/OpenAI SDKs when the signal passed to them aborts (OpenAI leaves the name 'Error').
  { match: "APIUserAbortError", type: "timeout" },
  { match: "RequestTimeout", type: "timeout" },
  { match: "RequestTimeoutException", type: "timeout" },
  // Connection-level failures.
  { match: "ECONNRESET", type: "network" },
  { match: "ECONNREFUSED", type: "network" },
  { match: "ECONNABORTED", type: "network" },
  { match: "EPIPE", type: "network" },
  { match: "ENOTFOUND", type: "network", solution: "The host name did not resolve; check the base URL and DNS." },
  { match: "EAI_AGAIN", type: "network" },
  { match: "EHOSTUNREACH", type: "network" },
  { match: "ENETUNREACH", type: "network" },
  { match: "UND_ERR_SOCKET", type: "network" },
  { match: "UND_ERR_CLOSED", type: "network" },
  { match: "UND_ERR_RESPONSE_STATUS_CODE", type: "network" },
  { match: "APIConnectionError", type: "network" },
  // Any other undici failure happened on the wire (the specific timeouts are matched above).
  { match: /^UND_ERR_/, type: "network" },
  // AWS SDK v3: throttling.
  { match: /^(Throttling(Exception)?|ThrottledException|TooManyRequestsException|RequestLimitExceeded|SlowDown)$/, type: "rate-limit" },
  {
    match: /^(RequestThrottled(Exception)?|ProvisionedThroughputExceededException|PriorRequestNotComplete|BandwidthLimitExceeded)$/,
    type: "rate-limit"
  },
  // AWS: credentials.
  {
    match: /^(ExpiredToken(Exception)?|RequestExpired|TokenRefreshRequired)$/,
    type: "auth",
    solution: "The AWS session token expired; refresh the credentials (re-run aws-actions/configure-aws-credentials or sso login)."
  },
  {
    match: /^(InvalidClientTokenId|UnrecognizedClientException|InvalidAccessKeyId|SignatureDoesNotMatch|InvalidSignatureException)$/,
    type: "auth",
    solution: "The AWS credentials are not valid for this account or region; check the access key and region."
  },
  { match: /^(MissingAuthenticationToken|AuthFailure|CredentialsProviderError|IncompleteSignature)$/, type: "auth" },
  {
    match: /^(RequestTimeTooSkewed|InvalidSignatureException\.Skew)$/,
    type: "auth",
    solution: "The machine's clock is off by more than 5 minutes, so AWS rejects the request signature; sync the clock (NTP)."
  },
  // AWS: authorization.
  {
    match: /^(AccessDenied(Exception)?|UnauthorizedOperation|UnauthorizedAccess|AuthorizationError|Forbidden|AllAccessDisabled)$/,
    type: "permission",
    solution: "The AWS principal lacks an IAM permission; inframate needs read-only access (e.g. the ReadOnlyAccess policy)."
  },
  // AWS: missing resources (EC2 uses dotted codes such as InvalidInstanceID.NotFound).
  { match: /(NotFound|NotFoundException|^NoSuch[A-Za-z]+)$/, type: "not-found" },
  // AWS: server-side failures worth another attempt.
  {
    match: /^(ServiceUnavailable(Exception)?|InternalError|InternalFailure|InternalServerError|InternalServiceError|ServiceException|BadGateway)$/,
    type: "network"
  },
  // AWS and others: rejected requests.
  {
    match: /^(ValidationException|ValidationError|InvalidParameterValue|InvalidParameterException|InvalidParameterCombination|MalformedPolicyDocument|InvalidInput|SerializationException)$/,
    type: "validation"
  },
  {
    match: /^(ConflictException|ResourceInUseException|ResourceConflictException|BucketAlreadyExists|EntityAlreadyExists|AlreadyExistsException|ConcurrentModificationException|OperationAbortedException)$/,
    type: "conflict"
  },
  // GitHub GraphQL `errors[].type`.
  { match: "RATE_LIMITED", type: "rate-limit" },
  { match: "FORBIDDEN", type: "permission" },
  { match: "NOT_FOUND", type: "not-found" },
  { match: "UNPROCESSABLE", type: "validation" },
  // Local file system.
  { match: "ENOENT", type: "not-found" },
  { match: "EACCES", type: "permission" },
  { match: "EPERM", type: "permission" },
  { match: "EISDIR", type: "input" },
  { match: "ENOTDIR", type: "input" },
  { match: "EEXIST", type: "conflict" },
  { match: "ENOSPC", type: "internal", solution: "The disk is full; free space (or point --out / the cache directory elsewhere)." },
  // Schema validation (zod) and JSON parsing.
  { match: "ZodError", type: "validation" },
  { match: "$ZodError", type: "validation" },
  { match: "SyntaxError", type: "validation" }
];
const STATUS_RULES = [
  { status: 401, type: "auth" },
  { status: 407, type: "auth" },
  { status: 402, type: "permission" },
  { status: 403, type: "permission" },
  { status: 404, type: "not-found" },
  { status: 410, type: "not-found" },
  { status: 408, type: "timeout" },
  { status: 499, type: "timeout" },
  { status: 504, type: "timeout" },
  { status: 409, type: "conflict" },
  { status: 412, type: "conflict" },
  { status: 423, type: "conflict" },
  { status: 425, type: "network" },
  { status: 429, type: "rate-limit" },
  // Anthropic's "overloaded": capacity, so back off like a rate limit.
  { status: 529, type: "rate-limit" },
  { status: [500, 599], type: "network" },
  { status: [400, 499], type: "validation" }
];
const HEADER_RULES = [
  { header: "x-ratelimit-remaining", equals: "0", statuses: [403, 429], type: "rate-limit" },
  { header: "retry-after", statuses: [403], type: "rate-limit" }
];
const MESSAGE_RULES = [
  // Billing/quota: looks like a rate limit (OpenAI answers 429) but waiting does not help.
  {
    pattern: /insufficient_quota|exceeded your current quota|check your plan and billing|credit balance is too low/i,
    type: "permission",
    overridesStatus: true,
    solution: "The LLM account has no quota or credit left; top it up or run with --no-ai (rules only)."
  },
  {
    pattern: /secondary rate limit/i,
    type: "rate-limit",
    overridesStatus: true,
    solution: "GitHub secondary rate limit: too many requests at once; run fewer jobs in parallel or space them out."
  },
  {
    pattern: /API rate limit exceeded|rate limit(ed| exceeded| reached)|too many requests|RESOURCE_EXHAUSTED|quota (exceeded|metric)/i,
    type: "rate-limit",
    overridesStatus: true
  },
  {
    pattern: /API key not valid|API_KEY_INVALID|invalid[ _-]?api[ _-]?key|incorrect api key|invalid x-api-key|Bad credentials|invalid authentication/i,
    type: "auth",
    overridesStatus: true,
    solution: "The token or API key was rejected; check the secret passed to inframate (GEMINI_API_KEY, OPENAI_API_KEY, ANTHROPIC_API_KEY or github-token)."
  },
  {
    pattern: /security token included in the request is (invalid|expired)|token (has )?expired|ExpiredToken/i,
    type: "auth",
    overridesStatus: true
  },
  {
    pattern: /GitHub Actions is not permitted to create or approve pull requests/i,
    type: "permission",
    overridesStatus: true,
    solution: 'Enable "Allow GitHub Actions to create and approve pull requests" in the repository (or organisation) Actions settings.'
  },
  {
    pattern: /Resource not accessible by (integration|personal access token)|Write access to repository not granted|must have (admin|push) (rights|access)/i,
    type: "permission",
    overridesStatus: true,
    solution: "The GitHub token lacks a permission; add it to the workflow `permissions:` block (e.g. contents: write, pull-requests: write, issues: write)."
  },
  // Terraform / HCL syntax (hcl2json: "main.tf:3,1-2: Argument or block definition required").
  {
    pattern: /\.tf(\.json)?:\d+,\d+|Argument or block definition required|Invalid block definition|Unclosed configuration block|Invalid expression|Missing newline after argument/,
    type: "terraform"
  },
  // Model replies that cannot be used.
  {
    pattern: /finish ?reason:? ?(SAFETY|RECITATION|MAX_TOKENS|length|content_filter)|blockReason|safety (block|filter)|content filter/i,
    type: "llm-output"
  },
  // Connection-level wording (when the code was lost on the way up).
  {
    pattern: /ECONNRESET|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EPIPE|socket hang up|other side closed|fetch failed|network error|connection (reset|refused|closed|error)/i,
    type: "network"
  },
  { pattern: /timed? ?out|timeout|deadline exceeded|DEADLINE_EXCEEDED|ETIMEDOUT|(request|operation) was aborted/i, type: "timeout" },
  { pattern: /\bUNAVAILABLE\b|service unavailable|overloaded|bad gateway|internal server error|server error/i, type: "network" },
  { pattern: /\bUNAUTHENTICATED\b|unauthori[sz]ed|not authenticated|authentication (failed|required)/i, type: "auth" },
  { pattern: /\bPERMISSION_DENIED\b|permission denied|forbidden|access denied|not authorized/i, type: "permission" },
  { pattern: /\bNOT_FOUND\b|not found|no such file|does not exist/i, type: "not-found" },
  { pattern: /already exists|\bconflict\b/i, type: "conflict" },
  // gRPC status ABORTED (Gemini): upper case only, so an SDK's "Request was aborted." is not a conflict.
  { pattern: /\bABORTED\b/, type: "conflict" },
  {
    pattern: /Unexpected (token|end of JSON)|JSON at position|is not valid JSON|invalid json|Validation Failed|\bINVALID_ARGUMENT\b|invalid (value|parameter|input)/i,
    type: "validation"
  }
];
function headerGetter(headers) {
  if (!headers || typeof headers !== "object") return void 0;
  const h = headers;
  if (typeof h.get === "function") {
    return (name) => {
      const v = h.get.call(headers, name);
      return v === null || v === void 0 ? void 0 : String(v);
    };
  }
  const lower = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(headers)) {
    if (v !== void 0 && v !== null) lower.set(k.toLowerCase(), Array.isArray(v) ? String(v[0]) : String(v));
  }
  return (name) => lower.get(name.toLowerCase());
}
function parseRetryAfter(value, now) {
  if (value === void 0) return void 0;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1e3);
  const at = Date.parse(v);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function retryAfterFrom(get, message, now) {
  if (get) {
    const ms = get("retry-after-ms");
    if (ms !== void 0 && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
    const ra = parseRetryAfter(get("retry-after"), now);
    if (ra !== void 0) return ra;
    const reset = get("x-ratelimit-reset");
    if (get("x-ratelimit-remaining") === "0" && reset !== void 0 && /^\d+$/.test(reset.trim())) {
      return Math.max(0, Number(reset) * 1e3 - now);
    }
  }
  const delay = /"retryDelay"\s*:\s*"(\d+(?:\.\d+)?)s"/.exec(message);
  return delay ? Math.round(Number(delay[1]) * 1e3) : void 0;
}
const asObject = (v) => v && typeof v === "object" ? v : void 0;
function gather(error) {
  const facts = { codes: [], messages: [] };
  let current = error;
  for (let depth = 0; depth < 6 && current !== void 0 && current !== null; depth++) {
    const e = asObject(current);
    if (!e) {
      if (String(current)) facts.messages.push(String(current));
      break;
    }
    const response = asObject(e.response);
    const metadata = asObject(e.$metadata);
    const synthetic = e.name === "HttpError" && !response;
    const status = [e.status, e.statusCode, response?.status, metadata?.httpStatusCode].find((s) => typeof s === "number" && s > 0);
    if (facts.status === void 0 && typeof status === "number" && !synthetic) facts.status = status;
    facts.headers ??= response?.headers ?? e.headers ?? asObject(e.$response)?.headers;
    for (const c of [e.code, e.name, e.Code, asObject(e.error)?.type]) if (typeof c === "string" && c) facts.codes.push(c);
    if (Array.isArray(e.errors)) {
      for (const g of e.errors.slice(0, 5)) {
        const o = asObject(g);
        if (typeof o?.type === "string") facts.codes.push(o.type);
        if (typeof o?.message === "string") facts.messages.push(o.message);
      }
    }
    if (typeof e.message === "string" && e.message) facts.messages.push(e.message);
    const data = asObject(response?.data);
    if (typeof data?.message === "string") facts.messages.push(data.message);
    current = e.cause;
  }
  return facts;
}
function byCode(codes) {
  for (const code of codes) {
    const rule = CODE_RULES.find((r) => typeof r.match === "string" ? r.match === code : r.match.test(code));
    if (rule) return { type: rule.type, code, solution: rule.solution };
  }
  return void 0;
}
function byStatus(status) {
  return STATUS_RULES.find((r) => typeof r.status === "number" ? r.status === status : status >= r.status[0] && status <= r.status[1])?.type;
}
function byHeaders(status, get) {
  if (status === void 0 || !get) return void 0;
  return HEADER_RULES.find(
    (r) => r.statuses.includes(status) && (r.equals === void 0 ? get(r.header) !== void 0 : get(r.header) === r.equals)
  )?.type;
}
function byMessage(messages, onlyOverriding) {
  const text = messages.join("\n");
  return MESSAGE_RULES.find((r) => (!onlyOverriding || r.overridesStatus) && r.pattern.test(text));
}
function firstLine(message) {
  const line = message.split("\n").find((l) => l.trim() !== "") ?? message;
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}
function classify(error, ctx = {}) {
  if (error instanceof InframateError) return error;
  try {
    return classifyUnsafe(error, ctx);
  } catch {
    return new InframateError("internal", "an error that could not be inspected", { cause: error });
  }
}
function classifyUnsafe(error, ctx) {
  const now = ctx.now ?? Date.now();
  const facts = gather(error);
  const message = firstLine(facts.messages[0] || (facts.status ? `HTTP ${facts.status}` : "unknown error"));
  const overriding = byMessage(facts.messages, true);
  const code = byCode(facts.codes);
  const get = headerGetter(facts.headers);
  const byHeader = byHeaders(facts.status, get);
  let type;
  let solution;
  if (overriding) {
    ({ type, solution } = overriding);
  } else if (code && !(facts.status !== void 0 && (code.type === "validation" || code.type === "timeout") && isGenericName(code.code))) {
    ({ type, solution } = code);
  } else if (byHeader) {
    type = byHeader;
  } else if (facts.status !== void 0) {
    type = byStatus(facts.status) ?? "internal";
  } else {
    const rule = byMessage(facts.messages, false);
    type = rule?.type ?? "internal";
    solution = rule?.solution;
  }
  if (!solution && code?.type === type) solution = code.solution;
  if (type === "validation" && facts.status === void 0 && ctx.dependency?.startsWith("llm")) type = "llm-output";
  const retryAfterMs = type === "rate-limit" || type === "network" ? retryAfterFrom(get, facts.messages.join("\n"), now) : void 0;
  return new InframateError(type, message, {
    cause: error,
    status: facts.status,
    code: code?.code,
    retryAfterMs,
    solution
  });
}
function isGenericName(name) {
  return name === "SyntaxError";
}
function retryAfterOf(error) {
  if (error.retryAfterMs !== void 0) return error.retryAfterMs;
  const d = asObject(error.details)?.retryAfterMs;
  return typeof d === "number" && d >= 0 ? d : void 0;
}
function statusOf(error) {
  if (error.status !== void 0) return error.status;
  const d = asObject(error.details)?.status;
  return typeof d === "number" && d > 0 ? d : void 0;
}
function adviceFor(error) {
  if (error.solution) return error.solution;
  const rule = MESSAGE_RULES.find((r) => r.solution && r.type === error.type && r.pattern.test(error.message));
  if (rule) return rule.solution;
  if (error.code) return byCode([error.code])?.solution;
  return void 0;
}
function classifyProviderError(error, provider, opts = {}) {
  if (error instanceof InframateError) return error;
  const mask = opts.mask ?? ((s) => s);
  if (opts.timedOut) {
    return new InframateError("timeout", `${provider}: no reply within the request deadline`, { cause: error, code: "llm-deadline" });
  }
  const c = classify(error, { dependency: `llm:${provider}` });
  const status = c.status !== void 0 ? `HTTP ${c.status}: ` : "";
  return new InframateError(c.type, `${provider}: ${status}${mask(c.message)}`, {
    cause: error,
    status: c.status,
    code: c.code,
    retryAfterMs: c.retryAfterMs,
    solution: c.solution
  });
}
const WINDOW_MS = 6e4;
function defaultSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function createLimiter(opts) {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? defaultSleep;
  const concurrency = Math.max(1, opts.concurrency);
  const rpm = Math.max(1, opts.requestsPerMinute);
  const started = [];
  const waiters = [];
  let active = 0;
  const acquireSlot = async () => {
    if (active < concurrency) {
      active++;
      return;
    }
    await new Promise((resolve) => waiters.push(resolve));
    active++;
  };
  const releaseSlot = () => {
    active--;
    waiters.shift()?.();
  };
  const acquireRate = async (signal) => {
    for (; ; ) {
      const t = now();
      while (started.length && t - started[0] >= WINDOW_MS) started.shift();
      if (started.length < rpm) {
        started.push(t);
        return;
      }
      await sleep(WINDOW_MS - (t - started[0]), signal);
    }
  };
  return {
    async run(fn, signal) {
      await acquireSlot();
      try {
        await acquireRate(signal);
        return await fn();
      } finally {
        releaseSlot();
      }
    }
  };
}
const DEFAULT_MODELS = {
  gemini: "gemini-2.5-flash",
  openai: "gpt-4.1-mini",
  anthropic: "claude-haiku-4-5",
  ollama: "llama3.1"
};
const REASONING_ALLOWANCE = 8192;
const MODEL_PRICES = [
  { model: "gemini-2.5-pro", inputPerMillion: 1.25, outputPerMillion: 10 },
  { model: "gemini-2.5-flash", inputPerMillion: 0.3, outputPerMillion: 2.5 },
  { model: "gemini-2.5-flash-lite", inputPerMillion: 0.1, outputPerMillion: 0.4 },
  { model: "gemini-2.0-flash", inputPerMillion: 0.1, outputPerMillion: 0.4 },
  { model: "gemini-2.0-flash-lite", inputPerMillion: 0.075, outputPerMillion: 0.3 },
  { model: "gpt-5", inputPerMillion: 1.25, outputPerMillion: 10 },
  { model: "gpt-5-mini", inputPerMillion: 0.25, outputPerMillion: 2 },
  { model: "gpt-5-nano", inputPerMillion: 0.05, outputPerMillion: 0.4 },
  { model: "gpt-4.1", inputPerMillion: 2, outputPerMillion: 8 },
  { model: "gpt-4.1-mini", inputPerMillion: 0.4, outputPerMillion: 1.6 },
  { model: "gpt-4.1-nano", inputPerMillion: 0.1, outputPerMillion: 0.4 },
  { model: "gpt-4o", inputPerMillion: 2.5, outputPerMillion: 10 },
  { model: "gpt-4o-mini", inputPerMillion: 0.15, outputPerMillion: 0.6 },
  { model: "o4-mini", inputPerMillion: 1.1, outputPerMillion: 4.4 },
  { model: "claude-opus-4-1", inputPerMillion: 15, outputPerMillion: 75 },
  { model: "claude-opus-4-5", inputPerMillion: 5, outputPerMillion: 25 },
  { model: "claude-sonnet-4", inputPerMillion: 3, outputPerMillion: 15 },
  { model: "claude-sonnet-4-5", inputPerMillion: 3, outputPerMillion: 15 },
  { model: "claude-haiku-4-5", inputPerMillion: 1, outputPerMillion: 5 },
  { model: "claude-3-5-haiku", inputPerMillion: 0.8, outputPerMillion: 4 }
];
const SELF_HOSTED = ["ollama"];
function priceFor(provider, model) {
  if (SELF_HOSTED.includes(provider)) return { model, inputPerMillion: 0, outputPerMillion: 0 };
  const name = model.toLowerCase().replace(/^models\//, "");
  let best = null;
  for (const row of MODEL_PRICES) {
    const exact = name === row.model;
    const dated = name.startsWith(row.model + "-") || name.startsWith(row.model + "@");
    if ((exact || dated) && (!best || row.model.length > best.model.length)) best = row;
  }
  return best;
}
function costOf(provider, model, inputTokens, outputTokens) {
  const p = priceFor(provider, model);
  if (!p) return null;
  return (inputTokens * p.inputPerMillion + outputTokens * p.outputPerMillion) / 1e6;
}
function lazyProvider(name, model, load) {
  let loading;
  const real = () => loading ??= load();
  return {
    name,
    model,
    complete: async (req, signal) => (await real()).complete(req, signal),
    // Every provider module implements tool calls; one that did not would say so here, not crash.
    completeTools: async (req, signal) => {
      const p = await real();
      if (!p.completeTools) throw new InframateError("validation", `${name} does not support tool calls`);
      return p.completeTools(req, signal);
    }
  };
}
function createProvider(ai) {
  if (!ai.enabled || ai.provider === "none")
    return { provider: null, reason: "AI disabled (--no-ai, --provider none, or no API key configured): rules only" };
  const model = ai.model ?? DEFAULT_MODELS[ai.provider];
  switch (ai.provider) {
    case "gemini":
      if (!ai.keys.gemini) return { provider: null, reason: "provider gemini selected but GEMINI_API_KEY is not set: rules only" };
      return {
        provider: lazyProvider(
          "gemini",
          model,
          async () => (await import("./gemini-DfwwS7xN.js")).createGeminiProvider({ apiKey: ai.keys.gemini, model, baseUrl: ai.baseUrl })
        )
      };
    case "openai":
      if (!ai.keys.openai && !ai.baseUrl)
        return { provider: null, reason: "provider openai selected but OPENAI_API_KEY is not set: rules only" };
      return {
        provider: lazyProvider(
          "openai",
          model,
          async () => (await import("./openai-D0pddFOA.js")).createOpenAiProvider({ name: "openai", apiKey: ai.keys.openai, model, baseUrl: ai.baseUrl })
        )
      };
    case "ollama":
      return {
        provider: lazyProvider(
          "ollama",
          model,
          async () => (await import("./openai-D0pddFOA.js")).createOpenAiProvider({ name: "ollama", apiKey: ai.keys.openai, model, baseUrl: ai.baseUrl })
        )
      };
    case "anthropic":
      if (!ai.keys.anthropic) return { provider: null, reason: "provider anthropic selected but ANTHROPIC_API_KEY is not set: rules only" };
      return {
        provider: lazyProvider(
          "anthropic",
          model,
          async () => (await import("./anthropic-CxVoCmNv.js").then(function(n) {
            return n.g;
          })).createAnthropicProvider({ apiKey: ai.keys.anthropic, model, baseUrl: ai.baseUrl })
        )
      };
  }
}
const REFERENCE_VALUE = /^(\$\{|\$\(|\$[A-Za-z_]|%[A-Za-z_]+%|\{\{|<[^>]*>$|process\.env|os\.environ|os\.getenv|getenv|System\.getenv|ENV\[|env\(|Env\(|var\.|local\.|data\.|secrets\.|config\.|settings\.|import\.meta\.env|None$|null$|nil$|undefined$|true$|false$|changeme$|\*+$|x+$)/i;
const PASS_NAME = "(?:[A-Za-z0-9]+[_.-])*pass(?:[_.-][A-Za-z0-9]+)*(?![A-Za-z0-9])";
const FLAG_NAME = "(?:[a-z0-9]+-)*(?:password|passwd|pass|requirepass|masterauth|passphrase|secret|token|api-?key|access-key|private-key|auth-token)(?:-(?!id\\b|arn\\b|name\\b|file\\b|path\\b)[a-z0-9]+)*(?<!-id|-arn|-name|-file|-path)";
const ASSIGN_NAME = "[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key|credentials?|signing[_-]?key|encryption[_-]?key|salt)[A-Za-z0-9_.-]*";
const ASSIGN_NAME_SRC = ASSIGN_NAME;
const SECRET_PATTERNS = [
  {
    id: "private-key",
    description: "PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, PGP)",
    pattern: /-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g
  },
  {
    id: "aws-access-key-id",
    description: "AWS access key id (long-term AKIA, temporary ASIA, \u2026)",
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g
  },
  {
    id: "aws-secret-access-key",
    description: "AWS secret access key next to its name",
    pattern: /(?<pre>(?:aws_?)?secret_?(?:access_?)?key(?:_id)?["']?\s*[:=]\s*["']?)(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi
  },
  {
    id: "aws-session-token",
    description: "AWS session token next to its name",
    pattern: /(?<pre>(?:aws_?)?session_?token["']?\s*[:=]\s*["']?)(?<secret>[A-Za-z0-9/+=]{100,})/gi
  },
  { id: "github-token", description: "GitHub token (ghp_, gho_, ghs_, ghu_, ghr_)", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g },
  {
    id: "github-fine-grained-token",
    description: "GitHub fine-grained token (github_pat_)",
    pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g
  },
  { id: "gitlab-token", description: "GitLab personal/project token", pattern: /\bgl(?:pat|ptt|dt|rt)-[A-Za-z0-9_-]{20,}\b/g },
  {
    id: "slack-token",
    description: "Slack bot/user/app token (xoxb-, xoxp-, xapp-\u2026)",
    pattern: /\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,}\b/g
  },
  {
    id: "slack-webhook",
    description: "Slack incoming webhook URL",
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9/_-]+/g
  },
  {
    id: "discord-webhook",
    description: "Discord webhook URL",
    pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]+/g
  },
  {
    id: "stripe-key",
    description: "Stripe secret, restricted or publishable key",
    pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g
  },
  { id: "stripe-webhook-secret", description: "Stripe webhook signing secret", pattern: /\bwhsec_[A-Za-z0-9]{24,}\b/g },
  { id: "google-api-key", description: "Google API key (AIza\u2026)", pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { id: "google-oauth-secret", description: "Google OAuth client secret", pattern: /\bGOCSPX-[A-Za-z0-9_-]{28}\b/g },
  {
    id: "gcp-service-account-key",
    description: "private_key_id of a service account JSON",
    pattern: /(?<pre>"private_key_id"\s*:\s*")(?<secret>[a-f0-9]{40})/g
  },
  { id: "anthropic-key", description: "Anthropic API key", pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}/g },
  {
    id: "openai-key",
    description: "OpenAI API key (sk-, sk-proj-, sk-svcacct-)",
    pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/g
  },
  { id: "huggingface-token", description: "Hugging Face token", pattern: /\bhf_[A-Za-z]{34,}\b/g },
  { id: "jwt", description: "JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    id: "azure-storage-key",
    description: "Azure storage AccountKey / SharedAccessKey",
    pattern: /(?<pre>(?:AccountKey|SharedAccessKey)\s*=\s*)(?<secret>[A-Za-z0-9+/=]{20,})/g
  },
  { id: "azure-sas-signature", description: "Azure SAS token signature", pattern: /(?<pre>[?&]sig=)(?<secret>[A-Za-z0-9%+/=]{20,})/g },
  { id: "azure-client-secret", description: "Azure AD client secret", pattern: /\b[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}/g },
  { id: "twilio-key", description: "Twilio API key SID / auth token", pattern: /\bSK[0-9a-fA-F]{32}\b/g },
  { id: "sendgrid-key", description: "SendGrid API key", pattern: /\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}/g },
  { id: "mailgun-key", description: "Mailgun API key", pattern: /\bkey-[0-9a-f]{32}\b/g },
  { id: "npm-token", description: "npm access token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  {
    id: "npmrc-auth",
    description: "_authToken / _auth / _password in .npmrc",
    pattern: /(?<pre>:_(?:authToken|auth|password)\s*=\s*)(?<secret>[^\s]+)/g
  },
  { id: "pypi-token", description: "PyPI upload token", pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g },
  { id: "digitalocean-token", description: "DigitalOcean token", pattern: /\bdo[por]_v1_[a-f0-9]{64}\b/g },
  { id: "shopify-token", description: "Shopify access token", pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g },
  { id: "telegram-bot-token", description: "Telegram bot token", pattern: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g },
  {
    id: "datadog-key",
    description: "Datadog API/app key next to its name",
    pattern: /(?<pre>(?:dd|datadog)_(?:api|app(?:lication)?)_key["']?\s*[:=]\s*["']?)(?<secret>[a-f0-9]{32,40})/gi
  },
  {
    id: "url-credentials",
    description: "password in a URL or connection string (postgres://user:pass@host)",
    // The password may hold '/' or '@': it runs to the last '@' before the host.
    pattern: /(?<pre>\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]*:)(?<secret>[^\s'"]+)(?<post>@[^\s@/'"]*)/gi
  },
  {
    id: "dockerfile-env",
    description: "Dockerfile ENV/ARG with a space-separated secret value (ENV DB_PASSWORD value)",
    pattern: new RegExp(`(?<pre>^\\s*(?:ENV|ARG)\\s+(?:${ASSIGN_NAME_SRC}|${PASS_NAME})\\s+["']?)(?<secret>[^\\s"']{2,})`, "gim")
  },
  {
    id: "cli-flag",
    description: "secret given as a command-line flag (--db-password X, --pass X, --requirepass X, --token=X)",
    pattern: new RegExp(`(?<pre>(?<![A-Za-z0-9-])--?${FLAG_NAME}(?:=|\\s+)["']?)(?<secret>(?!-)[^\\s"'\\\`]{2,})`, "gi")
  },
  {
    id: "prose-password",
    description: 'a password stated in prose ("the password is X")',
    pattern: /(?<pre>\b(?:password|passphrase|passcode)\s+(?:is|was|will be)\s+["'`]?)(?<secret>[^\s"'`,;]{4,})/gi
  },
  {
    id: "pass-assignment",
    description: "value assigned to a *_PASS name (DB_PASS: x, ADMIN_PASS=x)",
    pattern: new RegExp(`(?<pre>(?<![A-Za-z0-9])${PASS_NAME}["']?\\s*(?::|=|:=|=>)\\s*["'\\\`]?)(?<secret>[^\\s"'\\\`,;)}\\]]{2,})`, "gi")
  },
  {
    id: "connection-string-password",
    description: "Password= in an ADO/JDBC-style connection string",
    pattern: /(?<pre>\b(?:Password|Pwd)\s*=\s*)(?<secret>[^;'"\s]+)/g
  },
  {
    id: "assignment",
    description: "value assigned to a name like password, secret, token, api_key (code, YAML, JSON, .env)",
    pattern: new RegExp(`(?<pre>\\b${ASSIGN_NAME}["']?\\s*(?::|=|:=|=>)\\s*["'\`]?)(?<secret>[^\\s"'\`,;)}\\]]{4,})`, "gi")
  }
];
const ENV_FILE = /(^|\/)(\.env(\.[\w.-]+)?|[\w.-]+\.env)$/;
const HIGH_ENTROPY = {
  candidate: /[A-Za-z0-9+/_=-]{24,}/g,
  minLength: 24,
  minBitsPerChar: 4,
  /** Split into camelCase words, acronyms, numbers and separators. */
  segment: /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|[^A-Za-z0-9]+/g,
  /** Identifiers split into words (avg ? 3 characters); random strings into 1?2 character shards. */
  minAverageSegment: 3
};
const redactionMark = (kind) => `[REDACTED:${kind}]`;
const isRedactionMark = (s) => s.startsWith("[REDACTED");
function entropy(s) {
  const freq = /* @__PURE__ */ new Map();
  for (const ch of s) freq.set(ch, (freq.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of freq.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function looksRandom(token) {
  const t = token.replace(/^[=/_-]+|[=/_-]+$/g, "");
  if (t.length < HIGH_ENTROPY.minLength) return false;
  if (!/[0-9]/.test(t) || !/[a-z]/.test(t) || !/[A-Z]/.test(t)) return false;
  const segments = t.match(HIGH_ENTROPY.segment) ?? [t];
  if (t.length / segments.length >= HIGH_ENTROPY.minAverageSegment) return false;
  return entropy(t) >= HIGH_ENTROPY.minBitsPerChar;
}
function bump(counts, id, n = 1) {
  counts[id] = (counts[id] ?? 0) + n;
}
function applyPattern(text, p, counts) {
  p.pattern.lastIndex = 0;
  return text.replace(p.pattern, (...args) => {
    const match = args[0];
    const last = args[args.length - 1];
    const groups = last && typeof last === "object" ? last : void 0;
    if (groups?.secret !== void 0) {
      const secret = groups.secret;
      if (isRedactionMark(secret) || REFERENCE_VALUE.test(secret)) return match;
      bump(counts, p.id);
      return `${groups.pre ?? ""}${redactionMark(p.id)}${groups.post ?? ""}`;
    }
    if (isRedactionMark(match)) return match;
    bump(counts, p.id);
    return redactionMark(p.id);
  });
}
function redactEnvFile(text, counts) {
  return text.replace(/^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*=\s*)(.+)$/gm, (m, pre, value) => {
    const v = value.trim().replace(/^["']|["']$/g, "");
    if (v === "" || isRedactionMark(v) || REFERENCE_VALUE.test(v)) return m;
    bump(counts, "env-value");
    return `${pre}${redactionMark("env-value")}`;
  });
}
function redact(text, opts = {}) {
  const counts = {};
  let out = text;
  for (const k of opts.known ?? []) {
    if (k && k.length >= 8 && out.includes(k)) {
      const parts = out.split(k);
      bump(counts, "configured-secret", parts.length - 1);
      out = parts.join(redactionMark("configured-secret"));
    }
  }
  for (const p of opts.patterns ?? SECRET_PATTERNS) out = applyPattern(out, p, counts);
  if (opts.file && ENV_FILE.test(opts.file)) out = redactEnvFile(out, counts);
  HIGH_ENTROPY.candidate.lastIndex = 0;
  out = out.replace(HIGH_ENTROPY.candidate, (token) => {
    if (!looksRandom(token)) return token;
    bump(counts, "high-entropy");
    return redactionMark("high-entropy");
  });
  return { text: out, counts };
}
function countRedactionMarks(text) {
  return text.match(/\[REDACTED:[a-z0-9-]+\]/g)?.length ?? 0;
}
function redactionTotal(counts) {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
const DROP_KEYS = /* @__PURE__ */ new Set(["$schema", "$id"]);
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== "object") return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) if (!DROP_KEYS.has(k)) out[k] = strip(v);
  return out;
}
function jsonSchemaOf(schema) {
  return strip(toJSONSchema(schema, { unrepresentable: "any" }));
}
function unfence(text) {
  const t = text.trim();
  const m = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/.exec(t);
  return m ? m[1] : t;
}
function formatIssues(error) {
  return error.issues.slice(0, 10).map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`).join("; ");
}
function parseReply(reply, schema) {
  if (reply.finishReason === "safety") return { ok: false, error: `the provider withheld the reply (${reply.detail ?? "safety"})` };
  if (reply.text === null) return { ok: false, error: `the reply was empty (${reply.detail ?? "no content"})` };
  let data;
  try {
    data = JSON.parse(unfence(reply.text));
  } catch (e) {
    const cut = reply.finishReason === "length" ? " \u2014 the reply was cut off at the output token limit; answer more briefly" : "";
    return { ok: false, error: `the reply is not valid JSON (${e.message})${cut}` };
  }
  const result = schema.safeParse(data);
  if (!result.success) return { ok: false, error: `the reply does not match the schema: ${formatIssues(result.error)}` };
  return { ok: true, value: result.data };
}
function repairable(reply) {
  return reply.finishReason !== "safety";
}
function repairPrompt(originalUser, previous, error) {
  const quoted = previous === null ? "(nothing)" : previous.length > 4e3 ? previous.slice(0, 4e3) + "\u2026" : previous;
  return [
    originalUser,
    "",
    "---",
    "Your previous reply was rejected.",
    `Validation error: ${error}`,
    "Previous reply (verbatim):",
    "```",
    quoted,
    "```",
    "Reply again with a single JSON value that satisfies the schema exactly. No prose, no markdown."
  ].join("\n");
}
const DEFAULT_MAX_OUTPUT_TOKENS = 8192;
const CHARS_PER_TOKEN = 4;
const estimateTokens = (text) => Math.ceil(text.length / CHARS_PER_TOKEN);
const defaultAuditLog = (cacheDir) => join(cacheDir, "llm-audit.jsonl");
const RETRY_ATTEMPTS = 3;
function schemaNameOf(task) {
  return (task.replace(/[^A-Za-z0-9_-]/g, "_") || "reply").slice(0, 64);
}
function createLlm(ai, deps) {
  const { step, log } = deps;
  const now = deps.now ?? Date.now;
  for (const key of Object.values(ai.keys)) if (key) log.addSecret(key);
  const knownSecrets = Object.values(ai.keys).filter((k) => Boolean(k));
  const choice = (deps.createProvider ?? createProvider)(ai);
  const provider = choice.provider;
  const cacheDir = deps.cacheDir ?? ai.cacheDir;
  const cache = createReplyCache(cacheDir);
  const audit = createAuditLog(provider ? ai.auditLog ?? defaultAuditLog(cacheDir) : null, log.mask);
  const limiter = createLimiter({ concurrency: ai.concurrency, requestsPerMinute: ai.requestsPerMinute, now });
  const m = {
    provider: provider?.name ?? "none",
    model: provider?.model ?? null,
    calls: 0,
    cacheHits: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    latencyMs: 0,
    repairs: 0,
    failures: 0,
    redactions: 0,
    tokenBudget: ai.tokenBudget,
    unpricedModel: provider ? priceFor(provider.name, provider.model) === null : false,
    notes: choice.reason ? [choice.reason] : [],
    auditLog: audit.path,
    perCall: []
  };
  let tokensUsed = 0;
  const note = (message) => {
    m.notes.push(log.mask(message));
  };
  const writeAudit = (entry) => step("llm.audit-log", () => audit.write(entry), { dependency: "fs", fallback: () => void 0, strategy: "skip-audit" });
  async function giveUp(task, error, alreadyRecorded = false) {
    m.failures++;
    note(`${task}: ${error.message}; the rules result stands`);
    if (alreadyRecorded) return null;
    return step(
      `llm.${task}`,
      () => {
        throw error;
      },
      {
        // A refused reply says nothing about the provider's health, and the token budget is our own
        // limit: neither may count against the provider's circuit breaker.
        dependency: error.code === "llm-token-budget" ? "local" : `llm:${provider?.name ?? "none"}`,
        attempts: 1,
        fallback: () => null,
        strategy: "rules-result"
      }
    );
  }
  async function send(task, kind, req, key) {
    const p = provider;
    const estimate = estimateTokens(req.system) + estimateTokens(req.user) + estimateTokens(JSON.stringify(req.jsonSchema)) + req.maxOutputTokens;
    if (tokensUsed + estimate > ai.tokenBudget) {
      return {
        recorded: false,
        failed: new InframateError(
          "rate-limit",
          `the per-run token budget (${ai.tokenBudget}) would be exceeded: ${tokensUsed} used, ~${estimate} needed`,
          {
            code: "llm-token-budget",
            solution: "Raise --ai-token-budget, or accept the rules result."
          }
        )
      };
    }
    const auditRequest = {
      task,
      provider: p.name,
      model: p.model,
      kind,
      cacheKey: key,
      request: { system: req.system, user: req.user, schema: req.jsonSchema, maxOutputTokens: req.maxOutputTokens }
    };
    const sent = await sendSupervised(
      p,
      kind === "repair" ? `llm.${task}.repair` : `llm.${task}`,
      auditRequest,
      estimate,
      (signal) => p.complete(req, signal),
      (r) => ({ text: r.text, finishReason: r.finishReason, detail: r.detail })
    );
    if ("failed" in sent) return { failed: sent.failed, recorded: true };
    return sent.reply;
  }
  async function sendSupervised(p, stepName, auditRequest, estimate, send2, replyForAudit) {
    const { task, kind } = auditRequest;
    let failure;
    const reply = await step(
      stepName,
      ({ signal }) => limiter.run(async () => {
        const deadline = AbortSignal.timeout(ai.timeoutMs);
        const started = now();
        m.calls++;
        try {
          const r = await send2(AbortSignal.any([signal, deadline]));
          const latencyMs = now() - started;
          const cost = costOf(p.name, p.model, r.inputTokens, r.outputTokens);
          m.inputTokens += r.inputTokens;
          m.outputTokens += r.outputTokens;
          m.latencyMs += latencyMs;
          m.costUsd += cost ?? 0;
          tokensUsed += r.inputTokens + r.outputTokens || estimate;
          m.perCall.push({
            task,
            kind,
            fromCache: false,
            inputTokens: r.inputTokens,
            outputTokens: r.outputTokens,
            latencyMs,
            costUsd: cost,
            outcome: "ok"
          });
          log.debug(`llm ${p.name}/${p.model} ${task} (${kind}): ${r.inputTokens} in, ${r.outputTokens} out, ${latencyMs} ms`);
          await writeAudit({
            time: (/* @__PURE__ */ new Date()).toISOString(),
            ...auditRequest,
            reply: replyForAudit(r),
            inputTokens: r.inputTokens,
            outputTokens: r.outputTokens,
            latencyMs,
            costUsd: cost,
            outcome: "ok"
          });
          return r;
        } catch (error) {
          const e = classifyProviderError(error, p.name, { timedOut: deadline.aborted && !signal.aborted, mask: log.mask });
          const latencyMs = now() - started;
          m.latencyMs += latencyMs;
          m.perCall.push({ task, kind, fromCache: false, inputTokens: 0, outputTokens: 0, latencyMs, costUsd: 0, outcome: "failed" });
          await writeAudit({
            time: (/* @__PURE__ */ new Date()).toISOString(),
            ...auditRequest,
            latencyMs,
            outcome: "failed",
            error: `${e.type}: ${e.message}`
          });
          throw e;
        }
      }, signal),
      {
        dependency: `llm:${p.name}`,
        attempts: RETRY_ATTEMPTS,
        timeoutMs: ai.timeoutMs + 1e3,
        fallback: (error) => {
          failure = error;
          return null;
        },
        strategy: "rules-result"
      }
    );
    return reply === null ? { failed: failure ?? new InframateError("network", `${p.name}: the request failed`) } : { reply };
  }
  function markLast(outcome) {
    const last = m.perCall[m.perCall.length - 1];
    if (last) last.outcome = outcome;
  }
  async function generateStructured(req) {
    if (!provider) return null;
    const p = provider;
    const sys = redact(req.system, { known: knownSecrets });
    const usr = redact(req.user, { known: knownSecrets });
    m.redactions += countRedactionMarks(sys.text) + countRedactionMarks(usr.text);
    const jsonSchema = jsonSchemaOf(req.schema);
    const maxOutputTokens = req.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    const key = cacheKey({ provider: p.name, model: p.model, system: sys.text, user: usr.text, schema: jsonSchema, maxOutputTokens });
    if (ai.cache) {
      const hit = await step("llm.cache-read", () => cache.get(key), { dependency: "fs", fallback: () => null, strategy: "cache-miss" });
      const parsed2 = hit ? req.schema.safeParse(hit.value) : null;
      if (parsed2?.success) {
        m.cacheHits++;
        m.perCall.push({
          task: req.task,
          kind: "initial",
          fromCache: true,
          inputTokens: 0,
          outputTokens: 0,
          latencyMs: 0,
          costUsd: 0,
          outcome: "ok"
        });
        await writeAudit({
          time: (/* @__PURE__ */ new Date()).toISOString(),
          task: req.task,
          provider: p.name,
          model: p.model,
          kind: "cache-hit",
          cacheKey: key,
          outcome: "cache-hit"
        });
        return { value: parsed2.data, fromCache: true };
      }
    }
    const base = { system: sys.text, user: usr.text, jsonSchema, schemaName: schemaNameOf(req.task), maxOutputTokens };
    const first = await send(req.task, "initial", base, key);
    if ("failed" in first) return giveUp(req.task, first.failed, first.recorded);
    let parsed = parseReply(first, req.schema);
    if (!parsed.ok) {
      markLast("invalid");
      if (!repairable(first)) return giveUp(req.task, new InframateError("llm-output", parsed.error, { code: "llm-withheld" }));
      m.repairs++;
      const repairUser = redact(repairPrompt(usr.text, first.text, parsed.error), { known: knownSecrets }).text;
      const second = await send(req.task, "repair", { ...base, user: repairUser }, key);
      if ("failed" in second) return giveUp(req.task, second.failed, second.recorded);
      parsed = parseReply(second, req.schema);
      if (!parsed.ok) {
        markLast("invalid");
        return giveUp(
          req.task,
          new InframateError("llm-output", `${parsed.error} (after one repair request)`, { code: "llm-invalid-reply" })
        );
      }
    }
    const value = parsed.value;
    if (ai.cache) {
      await step("llm.cache-write", () => cache.set(key, req.task, value), {
        dependency: "fs",
        fallback: () => void 0,
        strategy: "skip-cache"
      });
    }
    return { value, fromCache: false };
  }
  async function callTools(req) {
    if (!provider) return null;
    const p = provider;
    if (!p.completeTools) return giveUp(req.task, new InframateError("validation", `${p.name} does not support tool calls`));
    const sys = redact(req.system, { known: knownSecrets });
    const usr = redact(req.user, { known: knownSecrets });
    m.redactions += countRedactionMarks(sys.text) + countRedactionMarks(usr.text);
    const maxOutputTokens = req.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    const estimate = estimateTokens(sys.text) + estimateTokens(usr.text) + estimateTokens(JSON.stringify(req.tools)) + Math.min(maxOutputTokens, 2048);
    if (tokensUsed + estimate > ai.tokenBudget) {
      return giveUp(
        req.task,
        new InframateError(
          "rate-limit",
          `the per-run token budget (${ai.tokenBudget}) would be exceeded: ${tokensUsed} used, ~${estimate} needed`,
          {
            code: "llm-token-budget",
            solution: "Raise --ai-token-budget, or accept the rules result."
          }
        )
      );
    }
    const key = cacheKey({ provider: p.name, model: p.model, system: sys.text, user: usr.text, schema: req.tools, maxOutputTokens });
    const auditRequest = {
      task: req.task,
      provider: p.name,
      model: p.model,
      kind: "tools",
      cacheKey: key,
      request: { system: sys.text, user: usr.text, tools: req.tools, maxOutputTokens }
    };
    const sent = await sendSupervised(
      p,
      `llm.${req.task}`,
      auditRequest,
      estimate,
      (signal) => p.completeTools({ system: sys.text, user: usr.text, tools: req.tools, maxOutputTokens }, signal),
      (r) => ({ text: r.text, finishReason: r.finishReason, detail: r.detail, calls: r.calls })
    );
    const reply = "failed" in sent ? null : sent.reply;
    const failure = "failed" in sent ? sent.failed : void 0;
    if (reply === null) {
      m.failures++;
      note(`${req.task}: ${(failure ?? new InframateError("network", "the request failed")).message}; the rules result stands`);
      return null;
    }
    return reply;
  }
  return {
    enabled: provider !== null,
    generateStructured,
    callTools,
    metrics: () => ({ ...m, costUsd: Math.round(m.costUsd * 1e6) / 1e6, notes: [...m.notes], perCall: m.perCall.map((c) => ({ ...c })) }),
    note
  };
}
export { CHARS_PER_TOKEN as C, LLM_CACHE_SUBDIR as L, REASONING_ALLOWANCE as R, classify as a, redactionMark as b, createLlm as c, retryAfterOf as d, adviceFor as e, redactionTotal as f, estimateTokens as g, CACHE_FORMAT as h, jsonSchemaOf as j, redact as r, statusOf as s };
