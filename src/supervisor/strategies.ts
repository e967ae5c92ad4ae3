// Recovery strategies: what to do when a step failed for good but the run can go on with less.
// A strategy is registered once by name (matcher + handler) and used by steps through a fallback
// chain; the first link that applies and succeeds stands, and the report says which one it was.
// Users extend the registry with `register()` and type their inputs by augmenting StrategyInputs.
import type { InframateError } from './errors';
import type { RunStep } from './step';

export interface RecoveryContext {
  /** The step that failed. */
  step: string;
  dependency?: string;
  /** Run further I/O of the recovery itself under supervision. */
  run: RunStep;
  signal: AbortSignal;
}

/** One link of a fallback chain. */
export interface Fallback<T> {
  /** The strategy name written to the report. */
  strategy: string;
  /** The link applies only when this says so (default: always). */
  when?: (error: InframateError, info: { step: string; dependency?: string }) => boolean;
  run: (error: InframateError, ctx: RecoveryContext) => T | Promise<T>;
}

export type StrategyMatcher = (error: InframateError, info: { step: string; dependency?: string }) => boolean;
export type StrategyHandler<I, T> = (error: InframateError, input: I, ctx: RecoveryContext) => T | Promise<T>;

/**
 * The inputs each named strategy needs from its caller. Extend by declaration merging:
 * `declare module 'inframate/supervisor/strategies' { interface StrategyInputs { mine: { … } } }`.
 */
export interface StrategyInputs {
  /** The LLM is unavailable (down, rate-limited, no key, breaker open): keep the rules result. */
  'llm-rules': { rules: () => unknown };
  /** The model's reply failed validation: ask once more, quoting the error; the caller's rules stand if that fails too. */
  'llm-repair': { repair: (error: InframateError, signal: AbortSignal) => Promise<unknown> };
  /** GitHub refused the pull request: open (or update) an issue carrying the patch instead. */
  'pr-issue': { openIssue: (error: InframateError) => Promise<unknown> };
  /** Nothing remote worked: the patch is kept as a local file (artifact). */
  'pr-artifact': { writeArtifact: (error: InframateError) => Promise<unknown> };
  /** PR creation refused: `pr-issue`, then `pr-artifact` (a chain). */
  'pr-refused': { openIssue?: (error: InframateError) => Promise<unknown>; writeArtifact: (error: InframateError) => Promise<unknown> };
  /** The LLM gave an invalid answer: `llm-repair`, then `llm-rules` (a chain). */
  'llm-invalid': { repair: (error: InframateError, signal: AbortSignal) => Promise<unknown>; rules: () => unknown };
}

// Handlers are stored heterogeneously; their typing is enforced at register()/fallback().
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = StrategyHandler<any, unknown>;

interface Registered {
  name: string;
  matches: StrategyMatcher;
  handle: AnyHandler;
}

const isLlm = (dependency?: string) => !!dependency && (dependency === 'llm' || dependency.startsWith('llm:'));

export class StrategyRegistry {
  private readonly entries = new Map<string, Registered>();
  private readonly chains = new Map<string, string[]>();

  constructor(builtIns = true) {
    if (builtIns) registerBuiltIns(this);
  }

  register<K extends keyof StrategyInputs>(name: K, matches: StrategyMatcher, handle: StrategyHandler<StrategyInputs[K], unknown>): this;
  register<I>(name: string, matches: StrategyMatcher, handle: StrategyHandler<I, unknown>): this;
  register(name: string, matches: StrategyMatcher, handle: AnyHandler): this {
    this.entries.set(name, { name, matches, handle });
    return this;
  }

  /** A name for a sequence of strategies tried in order with the same input (e.g. `pr-refused`). */
  registerChain(name: string, members: readonly string[]): this {
    for (const m of members) if (!this.entries.has(m)) throw new Error(`unknown recovery strategy "${m}" in chain "${name}"`);
    this.chains.set(name, [...members]);
    return this;
  }

  has(name: string): boolean {
    return this.entries.has(name) || this.chains.has(name);
  }

  names(): string[] {
    return [...this.entries.keys(), ...this.chains.keys()];
  }

  /** The fallback links of a strategy or chain, bound to the caller's input (members skip what the input lacks). */
  chain<T, K extends keyof StrategyInputs>(name: K, input: StrategyInputs[K]): Fallback<T>[];
  chain<T>(name: string, input: unknown): Fallback<T>[];
  chain<T>(name: string, input: unknown): Fallback<T>[] {
    const members = this.chains.get(name);
    if (!members) return [this.fallback<T>(name, input)];
    return members.filter((m) => inputFits(m, input)).map((m) => this.fallback<T>(m, input));
  }

  /** A registered strategy, bound to its caller's input, as a fallback link. */
  fallback<T, K extends keyof StrategyInputs>(name: K, input: StrategyInputs[K]): Fallback<T>;
  fallback<T>(name: string, input: unknown): Fallback<T>;
  fallback<T>(name: string, input: unknown): Fallback<T> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`unknown recovery strategy "${name}" (known: ${this.names().join(', ')})`);
    return { strategy: name, when: entry.matches, run: (error, ctx) => entry.handle(error, input, ctx) as T | Promise<T> };
  }
}

function registerBuiltIns(registry: StrategyRegistry): void {
  registry.register(
    'llm-rules',
    (error, info) => isLlm(info.dependency) || error.type === 'llm-output',
    (_error, input) => input.rules(),
  );
  registry.register(
    'llm-repair',
    (error) => error.type === 'llm-output',
    // Exactly one repair request: a second invalid reply goes to the next link (the rules).
    (error, input, ctx) =>
      ctx.run(`${ctx.step}.repair`, ({ signal }) => input.repair(error, signal), { dependency: ctx.dependency, attempts: 1 }),
  );
  registry.register(
    'pr-issue',
    (_error, info) => info.dependency === 'github',
    (error, input) => input.openIssue(error),
  );
  registry.register(
    'pr-artifact',
    () => true,
    (error, input) => input.writeArtifact(error),
  );
  registry.registerChain('pr-refused', ['pr-issue', 'pr-artifact']);
  registry.registerChain('llm-invalid', ['llm-repair', 'llm-rules']);
}

/** The input a built-in member needs, so a chain skips a member its caller gave nothing for. */
const NEEDS: Record<string, string> = {
  'pr-issue': 'openIssue',
  'pr-artifact': 'writeArtifact',
  'llm-repair': 'repair',
  'llm-rules': 'rules',
};

function inputFits(member: string, input: unknown): boolean {
  const key = NEEDS[member];
  return !key || (typeof input === 'object' && input !== null && typeof (input as Record<string, unknown>)[key] === 'function');
}
