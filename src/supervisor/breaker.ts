// One circuit breaker per remote dependency (github, llm:<provider>, aws). After `threshold`
// consecutive failures it opens: calls fail fast instead of piling onto a service that is down.
// After `coolDownMs` it half-opens and lets exactly one probe through; the probe's outcome closes
// or re-opens it.

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  threshold: number;
  coolDownMs: number;
  now?: () => number;
}

export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  private readonly now: () => number;

  constructor(
    readonly name: string,
    private readonly opts: BreakerOptions,
  ) {
    this.now = opts.now ?? Date.now;
  }

  get current(): BreakerState {
    if (this.state === 'open' && this.now() - this.openedAt >= this.opts.coolDownMs) this.state = 'half-open';
    return this.state;
  }

  /** Ms until a probe is allowed (0 when calls may pass now). */
  get retryInMs(): number {
    return this.current === 'open' ? Math.max(0, this.opts.coolDownMs - (this.now() - this.openedAt)) : 0;
  }

  /** May a call go through now? In half-open, only the first caller (the probe) gets a yes. */
  tryAcquire(): boolean {
    const state = this.current;
    if (state === 'closed') return true;
    if (state === 'half-open' && !this.probing) {
      this.probing = true;
      return true;
    }
    return false;
  }

  onSuccess(): void {
    this.state = 'closed';
    this.failures = 0;
    this.probing = false;
  }

  /** A failure that says the dependency is unhealthy. */
  onFailure(): void {
    this.failures++;
    if (this.probing || this.state === 'half-open' || this.failures >= this.opts.threshold) {
      this.state = 'open';
      this.openedAt = this.now();
    }
    this.probing = false;
  }

  /** The call was cancelled: give the probe slot back, no verdict. */
  release(): void {
    this.probing = false;
  }

  /** The service answered, with a refusal (auth, not-found…): it is up, so a probe closes the breaker. */
  onNeutral(): void {
    if (this.probing || this.state === 'closed') this.onSuccess();
  }
}

/** Dependencies that cannot suffer an outage in the breaker's sense (local work). */
const LOCAL_DEPENDENCIES = new Set(['fs', 'local', 'terraform']);

export class BreakerRegistry {
  private readonly breakers = new Map<string, CircuitBreaker>();
  constructor(private readonly opts: BreakerOptions) {}

  /** The breaker of a remote dependency; undefined for local work. */
  for(dependency: string | undefined): CircuitBreaker | undefined {
    if (!dependency || LOCAL_DEPENDENCIES.has(dependency)) return undefined;
    let b = this.breakers.get(dependency);
    if (!b) {
      b = new CircuitBreaker(dependency, this.opts);
      this.breakers.set(dependency, b);
    }
    return b;
  }

  states(): Record<string, BreakerState> {
    return Object.fromEntries([...this.breakers].map(([k, b]) => [k, b.current]));
  }
}
