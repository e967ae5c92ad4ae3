import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { AsyncLocalStorage } from "node:async_hooks";
import { a as classify, d as retryAfterOf, e as adviceFor } from "./index-C6oWUUQP.js";
import { a as InframateError, G as GaveUpError } from "./errors-D-4Njnnn.js";
import { createHash } from "node:crypto";
import { setTimeout as setTimeout$1 } from "node:timers/promises";
import { b as buildErrorReport } from "./report-Dz-f4dSo.js";
class CircuitBreaker {
  constructor(name, opts) {
    this.name = name;
    this.opts = opts;
    this.now = opts.now ?? Date.now;
  }
  name;
  opts;
  state = "closed";
  failures = 0;
  openedAt = 0;
  probing = false;
  now;
  get current() {
    if (this.state === "open" && this.now() - this.openedAt >= this.opts.coolDownMs) this.state = "half-open";
    return this.state;
  }
  /** Ms until a probe is allowed (0 when calls may pass now). */
  get retryInMs() {
    return this.current === "open" ? Math.max(0, this.opts.coolDownMs - (this.now() - this.openedAt)) : 0;
  }
  /** May a call go through now? In half-open, only the first caller (the probe) gets a yes. */
  tryAcquire() {
    const state = this.current;
    if (state === "closed") return true;
    if (state === "half-open" && !this.probing) {
      this.probing = true;
      return true;
    }
    return false;
  }
  onSuccess() {
    this.state = "closed";
    this.failures = 0;
    this.probing = false;
  }
  /** A failure that says the dependency is unhealthy. */
  onFailure() {
    this.failures++;
    if (this.probing || this.state === "half-open" || this.failures >= this.opts.threshold) {
      this.state = "open";
      this.openedAt = this.now();
    }
    this.probing = false;
  }
  /** The call was cancelled: give the probe slot back, no verdict. */
  release() {
    this.probing = false;
  }
  /** The service answered, with a refusal (auth, not-found?): it is up, so a probe closes the breaker. */
  onNeutral() {
    if (this.probing || this.state === "closed") this.onSuccess();
  }
}
const LOCAL_DEPENDENCIES = /* @__PURE__ */ new Set(["fs", "local", "terraform"]);
class BreakerRegistry {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  breakers = /* @__PURE__ */ new Map();
  /** The breaker of a remote dependency; undefined for local work. */
  for(dependency) {
    if (!dependency || LOCAL_DEPENDENCIES.has(dependency)) return void 0;
    let b = this.breakers.get(dependency);
    if (!b) {
      b = new CircuitBreaker(dependency, this.opts);
      this.breakers.set(dependency, b);
    }
    return b;
  }
  states() {
    return Object.fromEntries([...this.breakers].map(([k, b]) => [k, b.current]));
  }
}
const DEFAULT_CONFIG = {
  backoff: { baseMs: 1e3, maxMs: 3e4, factor: 2, jitter: true },
  remoteAttempts: 4,
  stepDeadlineMs: 12e4,
  runDeadlineMs: 30 * 6e4,
  maxRetryWaitMs: 9e4,
  secondaryRateLimitWaitMs: 6e4,
  breaker: { threshold: 5, coolDownMs: 3e4 },
  maxRepeats: 3,
  now: () => Date.now()
};
function resolveConfig(input = {}) {
  return {
    ...DEFAULT_CONFIG,
    ...input,
    backoff: { ...DEFAULT_CONFIG.backoff, ...input.backoff },
    breaker: { ...DEFAULT_CONFIG.breaker, ...input.breaker }
  };
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 12e4) return `${Math.round(ms / 100) / 10} s`;
  return `${Math.round(ms / 6e3) / 10} min`;
}
function stepFamily(step) {
  return (step.split(/[.:/]/)[0] ?? step).toLowerCase();
}
const VARIABLE_PARTS = [
  [/\bhttps?:\/\/\S+/gi, "<url>"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<uuid>"],
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{7,64}\b/gi, "<hex>"],
  [/"[^"]*"|'[^']*'|`[^`]*`/g, "<q>"],
  [/\d+(\.\d+)?/g, "<n>"],
  [/\s+/g, " "]
];
function normalizeMessage(message) {
  let out = message.toLowerCase();
  for (const [pattern, token] of VARIABLE_PARTS) out = out.replace(pattern, token);
  return out.trim();
}
function fingerprint(step, type, message) {
  return createHash("sha256").update(`${stepFamily(step)}\0${type}\0${normalizeMessage(message)}`).digest("hex").slice(0, 16);
}
const objectToString = Object.prototype.toString;
const isError = (value) => objectToString.call(value) === "[object Error]";
const errorMessages = /* @__PURE__ */ new Set([
  "network error",
  // Chrome
  "NetworkError when attempting to fetch resource.",
  // Firefox
  "The Internet connection appears to be offline.",
  // Safari 16
  "Network request failed",
  // `cross-fetch`
  "fetch failed",
  // Undici (Node.js)
  "terminated",
  // Undici (Node.js)
  " A network error occurred.",
  // Bun (WebKit)
  "Network connection lost"
  // Cloudflare Workers (fetch)
]);
function isNetworkError(error) {
  const isValid = error && isError(error) && error.name === "TypeError" && typeof error.message === "string";
  if (!isValid) {
    return false;
  }
  const { message, stack } = error;
  if (message === "Load failed" || message.startsWith("Load failed (") && message.endsWith(")")) {
    return stack === void 0 || "__sentry_captured__" in error;
  }
  if (message.startsWith("error sending request for url")) {
    return true;
  }
  if (message === "Failed to fetch" || message.startsWith("Failed to fetch (") && message.endsWith(")")) {
    return true;
  }
  return errorMessages.has(message);
}
function validateRetries(retries) {
  if (typeof retries === "number") {
    if (retries < 0) {
      throw new TypeError("Expected `retries` to be a non-negative number.");
    }
    if (Number.isNaN(retries)) {
      throw new TypeError("Expected `retries` to be a valid number or Infinity, got NaN.");
    }
    if (Number.isFinite(retries) && !Number.isInteger(retries)) {
      throw new TypeError("Expected `retries` to be a non-negative integer or Infinity.");
    }
  } else if (retries !== void 0) {
    throw new TypeError("Expected `retries` to be a number or Infinity.");
  }
}
function validateNumberOption(name, value, { allowInfinity = false } = {}) {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? " or Infinity" : ""}.`);
  }
  if (!allowInfinity && !Number.isFinite(value)) {
    throw new TypeError(`Expected \`${name}\` to be a finite number.`);
  }
  if (value < 0) {
    throw new TypeError(`Expected \`${name}\` to be \u2265 0.`);
  }
}
function validateOption(name, value, type) {
  if (value === void 0 || value === null) {
    return;
  }
  if (typeof value !== type) {
    throw new TypeError(`Expected \`${name}\` to be a ${type}.`);
  }
}
function validateSignal(value) {
  if (value === void 0 || value === null) {
    return;
  }
  if (typeof value.throwIfAborted !== "function" || typeof value.addEventListener !== "function" || typeof value.removeEventListener !== "function") {
    throw new TypeError("Expected `signal` to be an AbortSignal.");
  }
}
class AbortError extends Error {
  constructor(message) {
    super(typeof message === "string" ? message : void 0);
    this.name = "AbortError";
    if (message instanceof Error) {
      this.originalError = message;
      ({ message } = message);
    } else {
      this.originalError = new Error(message);
      ({ message } = this.originalError);
      Error.captureStackTrace?.(this.originalError, AbortError);
    }
    this.message = message;
  }
}
const maximumDelay = 2 ** 31 - 1;
function calculateDelay(retriesConsumed, options) {
  if (options.minTimeout === 0) {
    return 0;
  }
  const attempt = retriesConsumed + 1;
  const random = options.randomize ? Math.random() + 1 : 1;
  const timeout = Math.round(random * options.minTimeout * options.factor ** (attempt - 1));
  return Math.min(timeout, Math.ceil(options.maxTimeout), maximumDelay);
}
function calculateRemainingTime(start, max) {
  return Number.isFinite(max) ? max - (performance.now() - start) : max;
}
async function delayForRetry(delay, options) {
  if (delay <= 0) {
    return;
  }
  await new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timeoutToken);
      reject(options.signal.reason);
    };
    const timeoutToken = setTimeout(() => {
      options.signal?.removeEventListener("abort", onAbort);
      resolve();
    }, delay);
    if (options.unref) {
      timeoutToken.unref?.();
    }
    options.signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function stringifyThrownValue(value) {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
function unwrapAbortError(error) {
  let cause = error;
  while (cause instanceof AbortError && cause.originalError instanceof Error) {
    cause = cause.originalError;
  }
  return cause;
}
async function onAttemptFailure({ error, attemptNumber, retriesConsumed, startTime, options }) {
  const abortIfNeeded = () => {
    options.signal?.throwIfAborted();
  };
  const normalizedError = error instanceof Error ? error : new TypeError(`Non-error was thrown: "${stringifyThrownValue(error)}". You should only throw errors.`);
  abortIfNeeded();
  if (normalizedError instanceof AbortError) {
    throw unwrapAbortError(normalizedError);
  }
  const retriesLeft = options.retries - retriesConsumed;
  const isRetriableError = !(normalizedError instanceof TypeError) || isNetworkError(normalizedError);
  const timeLeft = calculateRemainingTime(startTime, options.maxRetryTime);
  const delayTime = isRetriableError && timeLeft > 0 && retriesLeft > 0 ? calculateDelay(retriesConsumed, options) : 0;
  const consumeRetryContext = Object.freeze({
    error: normalizedError,
    attemptNumber,
    retriesLeft,
    retriesConsumed,
    retryDelay: delayTime
  });
  const consumeRetry = await options.shouldConsumeRetry(consumeRetryContext) ?? true;
  abortIfNeeded();
  const effectiveDelay = consumeRetry ? delayTime : 0;
  const context = Object.freeze({
    error: normalizedError,
    attemptNumber,
    retriesLeft,
    retriesConsumed,
    retryDelay: effectiveDelay
  });
  await options.onFailedAttempt(context);
  abortIfNeeded();
  const remainingTime = calculateRemainingTime(startTime, options.maxRetryTime);
  if (!isRetriableError || remainingTime <= 0 || retriesLeft <= 0) {
    throw normalizedError;
  }
  const shouldRetry = await options.shouldRetry(context);
  abortIfNeeded();
  if (!shouldRetry) {
    throw normalizedError;
  }
  const remainingTimeAfterShouldRetry = calculateRemainingTime(startTime, options.maxRetryTime);
  if (remainingTimeAfterShouldRetry <= 0) {
    throw normalizedError;
  }
  if (!consumeRetry) {
    return false;
  }
  await delayForRetry(Math.min(effectiveDelay, remainingTimeAfterShouldRetry), options);
  return true;
}
async function pRetry(input, options = {}) {
  options = { ...options };
  options.retries ??= 10;
  validateRetries(options.retries);
  if (Object.hasOwn(options, "forever")) {
    throw new Error("The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.");
  }
  options.factor ??= 2;
  options.minTimeout ??= 1e3;
  options.maxTimeout ??= Infinity;
  options.maxRetryTime ??= Infinity;
  options.randomize ??= false;
  options.onFailedAttempt ??= () => {
  };
  options.shouldRetry ??= () => true;
  options.shouldConsumeRetry ??= () => true;
  validateOption("onFailedAttempt", options.onFailedAttempt, "function");
  validateOption("shouldRetry", options.shouldRetry, "function");
  validateOption("shouldConsumeRetry", options.shouldConsumeRetry, "function");
  validateOption("randomize", options.randomize, "boolean");
  validateOption("unref", options.unref, "boolean");
  validateSignal(options.signal);
  validateNumberOption("factor", options.factor);
  validateNumberOption("minTimeout", options.minTimeout);
  validateNumberOption("maxTimeout", options.maxTimeout, { allowInfinity: true });
  validateNumberOption("maxRetryTime", options.maxRetryTime, { allowInfinity: true });
  if (options.factor === 0) {
    options.factor = 1;
  }
  options.signal?.throwIfAborted();
  let attemptNumber = 0;
  let retriesConsumed = 0;
  const startTime = performance.now();
  while (retriesConsumed <= options.retries) {
    attemptNumber++;
    try {
      options.signal?.throwIfAborted();
      const result = await input(attemptNumber);
      options.signal?.throwIfAborted();
      return result;
    } catch (error) {
      if (await onAttemptFailure({
        error,
        attemptNumber,
        retriesConsumed,
        startTime,
        options
      })) {
        retriesConsumed++;
      }
    }
  }
  throw new Error("Retry attempts exhausted without throwing an error.");
}
const TYPE_POLICIES = {
  network: {
    severity: "medium",
    retryable: true,
    tripsBreaker: true,
    solution: "The service was unreachable or answered with a server error; re-run later or check the network and the service status page."
  },
  timeout: {
    severity: "medium",
    retryable: true,
    tripsBreaker: true,
    solution: "The call did not finish in time; re-run, or raise the step deadline if the service is slow."
  },
  "rate-limit": {
    severity: "medium",
    retryable: true,
    tripsBreaker: true,
    solution: "The service rate-limited the run; wait for the limit to reset, or lower the request rate (fewer parallel jobs)."
  },
  auth: {
    severity: "high",
    retryable: false,
    tripsBreaker: false,
    solution: "Credentials are missing, invalid or expired; check the token or API key given to inframate."
  },
  permission: {
    severity: "high",
    retryable: false,
    tripsBreaker: false,
    solution: "The credentials lack a permission; grant it (for GitHub, check the workflow `permissions:` block)."
  },
  "not-found": {
    severity: "medium",
    retryable: false,
    tripsBreaker: false,
    solution: "A resource the step needs does not exist; check names, paths and the repository or region."
  },
  conflict: {
    severity: "medium",
    retryable: false,
    tripsBreaker: false,
    solution: "The resource changed concurrently or already exists; re-run to pick up the current state."
  },
  validation: {
    severity: "medium",
    retryable: false,
    tripsBreaker: false,
    solution: "A request or document was rejected as invalid; the message names the field."
  },
  "llm-output": {
    severity: "low",
    retryable: false,
    tripsBreaker: false,
    solution: "The model answered with unusable output; the deterministic result stands. Try another model if it persists."
  },
  terraform: {
    severity: "high",
    retryable: false,
    tripsBreaker: false,
    solution: "Fix the Terraform at the file and line named in the message."
  },
  input: {
    severity: "high",
    retryable: false,
    tripsBreaker: false,
    solution: "Fix the input named in the message (file and line)."
  },
  internal: {
    severity: "critical",
    retryable: false,
    tripsBreaker: false,
    solution: "An unexpected failure inside inframate; please report it with the error report attached."
  }
};
function severityOf(type) {
  return TYPE_POLICIES[type].severity;
}
async function runAttempts(o) {
  const { name, fn, policy, budgetMs, config, breaker, runSignal } = o;
  const dependency = policy.dependency;
  const maxAttempts = Math.max(1, policy.attempts ?? (breaker ? config.remoteAttempts : 1));
  const deadlineAt = config.now() + budgetMs;
  const stepDeadline = new AbortController();
  const timer = setTimeout(
    () => stepDeadline.abort(
      new InframateError("timeout", `step "${name}" exceeded its deadline of ${formatDuration(budgetMs)}`, { code: "step-deadline" })
    ),
    budgetMs
  );
  const stepSignal = AbortSignal.any([runSignal, stepDeadline.signal]);
  let last;
  let attempts = 0;
  let stop = false;
  try {
    const once = async (attempt) => {
      attempts = attempt;
      if (breaker && !breaker.tryAcquire()) {
        last = new InframateError(
          "network",
          `${dependency} is unavailable (circuit open after repeated failures; next probe in ${formatDuration(breaker.retryInMs)})`,
          { code: "circuit-open" }
        );
        throw new AbortError(last);
      }
      const signal = policy.timeoutMs ? AbortSignal.any([stepSignal, AbortSignal.timeout(policy.timeoutMs)]) : stepSignal;
      try {
        const result = await raceAbort(
          Promise.resolve().then(() => fn({ signal, attempt })),
          signal
        );
        breaker?.onSuccess();
        return result;
      } catch (error) {
        const err = failureOf(error, signal, dependency, policy.timeoutMs);
        if (breaker) {
          if (err instanceof GaveUpError) breaker.release();
          else if (TYPE_POLICIES[err.type].tripsBreaker) breaker.onFailure();
          else breaker.onNeutral();
        }
        last = err;
        if (!isRetryable(err)) throw new AbortError(err);
        throw err;
      }
    };
    if (maxAttempts === 1) return { ok: true, value: await once(1) };
    const value = await pRetry(once, {
      retries: maxAttempts - 1,
      factor: config.backoff.factor,
      minTimeout: Math.max(1, config.backoff.baseMs),
      maxTimeout: Math.max(1, config.backoff.maxMs),
      randomize: config.backoff.jitter,
      maxRetryTime: budgetMs,
      signal: stepSignal,
      onFailedAttempt: async ({ retriesLeft, retryDelay }) => {
        if (retriesLeft <= 0 || !last) return;
        const asked = waitHint(last, config);
        if (asked !== void 0 && asked > config.maxRetryWaitMs) {
          last = withNote(
            last,
            `the service asked to wait ${formatDuration(asked)}, longer than the ${formatDuration(config.maxRetryWaitMs)} allowed`
          );
          stop = true;
          return;
        }
        const wait = Math.max(retryDelay, asked ?? 0);
        if (config.now() + wait >= deadlineAt) {
          last = withNote(last, `no time left for another attempt within the step deadline of ${formatDuration(budgetMs)}`);
          stop = true;
          return;
        }
        if (asked !== void 0 && asked > retryDelay) await setTimeout$1(asked - retryDelay, void 0, { signal: stepSignal });
      },
      shouldRetry: () => !stop
    });
    return { ok: true, value, retried: last ? { error: last, attempts } : void 0 };
  } catch (error) {
    const err = last ?? failureOf(error, stepSignal, dependency);
    return { ok: false, error: stepSignal.reason instanceof GaveUpError ? stepSignal.reason : err, attempts: Math.max(1, attempts) };
  } finally {
    clearTimeout(timer);
  }
}
function failureOf(error, signal, dependency, timeoutMs) {
  if (signal.aborted) {
    const reason = signal.reason;
    if (reason instanceof InframateError) return reason;
    if (reason instanceof Error && reason.name === "TimeoutError") {
      return new InframateError("timeout", `no answer within ${formatDuration(timeoutMs ?? 0)}`, {
        code: "attempt-timeout",
        cause: error
      });
    }
  }
  return classify(error, { dependency });
}
function waitHint(error, config) {
  const asked = retryAfterOf(error);
  if (asked !== void 0) return asked;
  if (error.type === "rate-limit" && /secondary rate limit/i.test(error.message)) return config.secondaryRateLimitWaitMs;
  return void 0;
}
function isRetryable(error) {
  if (error.code === "step-deadline" || error.code === "circuit-open" || error instanceof GaveUpError) return false;
  return TYPE_POLICIES[error.type].retryable;
}
function withNote(error, note) {
  return new InframateError(error.type, `${error.message} (${note})`, {
    ...error.location,
    cause: error.cause,
    details: error.details,
    status: error.status,
    code: error.code,
    retryAfterMs: error.retryAfterMs,
    solution: error.solution
  });
}
function raceAbort(promise, signal) {
  if (signal.aborted) {
    promise.catch(() => void 0);
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      }
    );
  });
}
const isLlm = (dependency) => !!dependency && (dependency === "llm" || dependency.startsWith("llm:"));
class StrategyRegistry {
  entries = /* @__PURE__ */ new Map();
  chains = /* @__PURE__ */ new Map();
  constructor(builtIns = true) {
    if (builtIns) registerBuiltIns(this);
  }
  register(name, matches, handle) {
    this.entries.set(name, { name, matches, handle });
    return this;
  }
  /** A name for a sequence of strategies tried in order with the same input (e.g. `pr-refused`). */
  registerChain(name, members) {
    for (const m of members) if (!this.entries.has(m)) throw new Error(`unknown recovery strategy "${m}" in chain "${name}"`);
    this.chains.set(name, [...members]);
    return this;
  }
  has(name) {
    return this.entries.has(name) || this.chains.has(name);
  }
  names() {
    return [...this.entries.keys(), ...this.chains.keys()];
  }
  chain(name, input) {
    const members = this.chains.get(name);
    if (!members) return [this.fallback(name, input)];
    return members.filter((m) => inputFits(m, input)).map((m) => this.fallback(m, input));
  }
  fallback(name, input) {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`unknown recovery strategy "${name}" (known: ${this.names().join(", ")})`);
    return { strategy: name, when: entry.matches, run: (error, ctx) => entry.handle(error, input, ctx) };
  }
}
function registerBuiltIns(registry) {
  registry.register(
    "llm-rules",
    (error, info) => isLlm(info.dependency) || error.type === "llm-output",
    (_error, input) => input.rules()
  );
  registry.register(
    "llm-repair",
    (error) => error.type === "llm-output",
    // Exactly one repair request: a second invalid reply goes to the next link (the rules).
    (error, input, ctx) => ctx.run(`${ctx.step}.repair`, ({ signal }) => input.repair(error, signal), { dependency: ctx.dependency, attempts: 1 })
  );
  registry.register(
    "pr-issue",
    (_error, info) => info.dependency === "github",
    (error, input) => input.openIssue(error)
  );
  registry.register(
    "pr-artifact",
    () => true,
    (error, input) => input.writeArtifact(error)
  );
  registry.registerChain("pr-refused", ["pr-issue", "pr-artifact"]);
  registry.registerChain("llm-invalid", ["llm-repair", "llm-rules"]);
}
const NEEDS = {
  "pr-issue": "openIssue",
  "pr-artifact": "writeArtifact",
  "llm-repair": "repair",
  "llm-rules": "rules"
};
function inputFits(member, input) {
  const key = NEEDS[member];
  return !key || typeof input === "object" && input !== null && typeof input[key] === "function";
}
function toInframateError(error, dependency) {
  return classify(error, { dependency });
}
const frames = new AsyncLocalStorage();
class Supervisor {
  constructor(opts = {}) {
    this.opts = opts;
    this.config = resolveConfig(opts);
    this.breakers = new BreakerRegistry({ ...this.config.breaker, now: this.config.now });
    this.strategies = opts.strategies ?? new StrategyRegistry();
    this.runDeadlineAt = this.config.now() + this.config.runDeadlineMs;
  }
  opts;
  config;
  breakers;
  strategies;
  records = [];
  /** The step chain each record was made in. */
  recordFrames = /* @__PURE__ */ new WeakMap();
  nextFrame = 0;
  controller = new AbortController();
  repeats = /* @__PURE__ */ new Map();
  /** Errors already counted as a repeat: one failure rethrown through nested steps counts once. */
  counted = /* @__PURE__ */ new WeakSet();
  runDeadlineAt;
  gaveUp;
  partials = {};
  get signal() {
    return this.controller.signal;
  }
  /** Set once the supervisor stopped the run (repeated failure, run deadline, cancellation). */
  get gaveUpError() {
    return this.gaveUp;
  }
  run = async (name, fn, policy = {}) => {
    if (this.gaveUp) throw this.gaveUp;
    const remaining = this.runDeadlineAt - this.config.now();
    if (remaining <= 0) {
      throw this.giveUp(
        new GaveUpError(`run deadline of ${formatDuration(this.config.runDeadlineMs)} exceeded before step "${name}"`, {
          code: "run-deadline"
        })
      );
    }
    const budget = Math.min(policy.deadlineMs ?? this.config.stepDeadlineMs, remaining);
    const frame = [...frames.getStore() ?? [], ++this.nextFrame];
    const outcome = await frames.run(
      frame,
      () => runAttempts({
        name,
        fn,
        policy,
        budgetMs: budget,
        config: this.config,
        breaker: this.breakers.for(policy.dependency),
        runSignal: this.controller.signal
      })
    );
    if (outcome.ok) {
      if (outcome.retried) {
        const id = frame[frame.length - 1];
        for (const r of this.records) if (!r.recovered && this.recordFrames.get(r)?.includes(id)) this.forgive(r, "retry");
        this.record({ step: name, ...outcome.retried, recovered: true, strategy: "retry", dependency: policy.dependency });
      }
      return outcome.value;
    }
    if (outcome.error.code === "step-deadline" && this.config.now() >= this.runDeadlineAt) {
      throw this.giveUp(
        new GaveUpError(`run deadline of ${formatDuration(this.config.runDeadlineMs)} exceeded during step "${name}"`, {
          code: "run-deadline"
        })
      );
    }
    return this.settle(name, policy, outcome.error, outcome.attempts, frame);
  };
  /**
   * Synchronous work (loading thousands of files, running every rule) cannot be interrupted by a
   * signal: it calls this between files and between rules. Past the run deadline it stops the run
   * like a step would (GaveUpError, code run-deadline, exit 3, report written).
   */
  checkDeadline = (where) => {
    if (this.gaveUp) throw this.gaveUp;
    if (this.config.now() < this.runDeadlineAt) return;
    throw this.giveUp(
      new GaveUpError(`run deadline of ${formatDuration(this.config.runDeadlineMs)} exceeded during ${where}`, { code: "run-deadline" })
    );
  };
  /** Shorthand for a registered strategy as a fallback link: `fallbackChain: [sv.use('llm-rules', { rules })]`. */
  use(name, input) {
    return this.strategies.fallback(name, input);
  }
  /** A registered strategy or chain as fallback links: `fallbackChain: sv.chain('pr-refused', { openIssue, writeArtifact })`. */
  chain(name, input) {
    return this.strategies.chain(name, input);
  }
  /**
   * Apply a registered strategy (or chain, e.g. `pr-refused`) to an error the caller caught itself. Recorded as recovered with the
   * strategy's name when the handler succeeds; otherwise recorded unrecovered and rethrown.
   */
  async recover(name, error, input, info) {
    const err = toInframateError(error, info.dependency);
    const links = this.strategies.chain(name, input).map((link) => ({ ...link, when: void 0 }));
    const frame = [...frames.getStore() ?? [], ++this.nextFrame];
    return this.settle(info.step, { dependency: info.dependency, fallbackChain: links }, err, info.attempts ?? 1, frame);
  }
  /** Record an error handled by the caller (e.g. a warning-level recovery). */
  record(r) {
    const severity = severityOf(r.error.type);
    const rec = {
      step: r.step,
      type: r.error.type,
      severity,
      message: r.error.describe(),
      attempts: r.attempts,
      recovered: r.recovered,
      strategy: r.strategy,
      solution: r.recovered ? null : adviceFor(r.error) ?? TYPE_POLICIES[r.error.type].solution,
      // describe() includes the file: the same parse error in two files is two failures, not a loop.
      fingerprint: fingerprint(r.step, r.error.type, r.error.describe()),
      ...r.dependency ? { dependency: r.dependency } : {},
      ...r.error.status ? { status: r.error.status } : {},
      ...r.error.code ? { code: r.error.code } : {}
    };
    this.records.push(rec);
    this.recordFrames.set(rec, frames.getStore() ?? []);
    this.opts.onRecord?.(rec);
    return rec;
  }
  /** A snapshot: later recoveries do not change a report already handed out. */
  report() {
    return buildErrorReport(this.records.map((r) => ({ ...r })));
  }
  /**
   * Keep a finished part of the result (e.g. `keep('secure', secureReport)` inside `auto`): when the
   * run is stopped later, the dispatcher still writes these parts next to the error report.
   */
  keep(part, value) {
    this.partials[part] = value;
  }
  /** The parts kept so far. */
  kept() {
    return { ...this.partials };
  }
  /** Cancel the run: running steps see their signal abort, no new step starts. */
  abort(reason) {
    const why = reason instanceof Error ? reason.message : reason === void 0 ? "cancelled" : String(reason);
    this.giveUp(new GaveUpError(`run cancelled: ${why}`, { code: "cancelled", cause: reason }));
  }
  /** Signal a problem without failing anything (e.g. a degraded answer the caller accepts). */
  signalRecovered(step, error, strategy, dependency) {
    return this.record({ step, error: toInframateError(error, dependency), attempts: 1, recovered: true, strategy, dependency });
  }
  giveUp(error) {
    if (!this.gaveUp) {
      this.gaveUp = error;
      this.controller.abort(error);
    }
    return this.gaveUp;
  }
  /** After the last attempt: try the recovery links, record, and stop the run on a repeating failure. */
  async settle(name, policy, error, attempts, frame) {
    if (error instanceof GaveUpError) throw error;
    const dependency = policy.dependency;
    const links = [...policy.fallbackChain ?? []];
    if (policy.fallback) links.push({ strategy: policy.strategy ?? "fallback", run: policy.fallback });
    const ctx = { step: name, dependency, run: this.run, signal: this.controller.signal };
    const id = frame[frame.length - 1];
    const failedLinks = [];
    for (const link of links) {
      if (link.when && !link.when(error, { step: name, dependency })) continue;
      try {
        const value = await frames.run(frame, () => link.run(error, ctx));
        for (const r of this.records) {
          if (!r.recovered && this.recordFrames.get(r)?.includes(id)) this.forgive(r, link.strategy);
        }
        for (const f of failedLinks) {
          this.record({ step: `${name}:${f.strategy}`, error: f.error, attempts: 1, recovered: true, strategy: link.strategy, dependency });
        }
        this.record({ step: name, error, attempts, recovered: true, strategy: link.strategy, dependency });
        return value;
      } catch (linkError) {
        if (linkError instanceof GaveUpError) throw linkError;
        failedLinks.push({ strategy: link.strategy, error: toInframateError(linkError, dependency) });
      }
    }
    for (const f of failedLinks)
      this.record({ step: `${name}:${f.strategy}`, error: f.error, attempts: 1, recovered: false, strategy: null, dependency });
    const strategy = error.code === "circuit-open" ? "circuit-open" : null;
    const rec = this.record({ step: name, error, attempts, recovered: false, strategy, dependency });
    const seen = (this.repeats.get(rec.fingerprint) ?? 0) + (this.counted.has(error) ? 0 : 1);
    this.counted.add(error);
    this.repeats.set(rec.fingerprint, seen);
    if (seen >= this.config.maxRepeats) {
      throw this.giveUp(
        new GaveUpError(`the same failure repeated ${seen} times (last in step "${name}": ${error.message}); stopping instead of looping`, {
          code: "repeated-failure",
          cause: error
        })
      );
    }
    throw error;
  }
  forgive(r, strategy) {
    r.recovered = true;
    r.strategy = strategy;
    r.solution = null;
    const n = this.repeats.get(r.fingerprint) ?? 0;
    if (n > 0) this.repeats.set(r.fingerprint, n - 1);
  }
}
export { Supervisor as S, toInframateError as t };
