// Rate limits applied before a request leaves: at most `concurrency` requests in flight and at
// most `requestsPerMinute` started in any 60-second window. Waiting respects the abort signal.
export interface RequestLimiter {
  run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export interface LimiterOptions {
  concurrency: number;
  requestsPerMinute: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const WINDOW_MS = 60_000;

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createLimiter(opts: LimiterOptions): RequestLimiter {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? defaultSleep;
  const concurrency = Math.max(1, opts.concurrency);
  const rpm = Math.max(1, opts.requestsPerMinute);
  const started: number[] = [];
  const waiters: (() => void)[] = [];
  let active = 0;

  const acquireSlot = async () => {
    if (active < concurrency) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => waiters.push(resolve));
    active++;
  };
  const releaseSlot = () => {
    active--;
    waiters.shift()?.();
  };
  const acquireRate = async (signal?: AbortSignal) => {
    for (;;) {
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
    },
  };
}
