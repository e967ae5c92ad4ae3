// Creating a pull request, an issue or a comment is not idempotent: when GitHub made it but the answer
// was lost (502, connection reset, timeout), sending the request again makes a duplicate, and not
// sending it again leaves nothing. So every attempt after the first looks for the object first (its
// hidden marker, or the branch's open pull request) and creates it only when it is not there, and a
// 422 "already exists" adopts the existing object. With a supervised client the attempts are one
// step (`github.<what>.create-once`): the supervisor's backoff, Retry-After and breaker apply, and the
// report shows the lost answer as recovered by retry.
import { InframateError } from '../supervisor/errors';
import type { RunStep } from '../supervisor/step';
import type { GitHubClient } from './client';
import { githubStatus } from './errors';

const supervised = new WeakMap<GitHubClient, RunStep>();

/** Remember the supervisor a client's requests run under (client.ts). */
export function setClientStep(octokit: GitHubClient, step: RunStep): void {
  supervised.set(octokit, step);
}

export interface CreateOnceOptions<T> {
  /** Step name part: `pull-request`, `issue`, `comment`. */
  what: string;
  /** The object if it exists already (by marker, or the branch's open PR). */
  find: () => Promise<T | undefined>;
  create: () => Promise<T>;
  /** The caller has just looked (attempt 1 skips the look). Default true. */
  lookedFirst?: boolean;
  /**
   * Attempts including the first (default 2: create, then look again and create). Not more: each failed
   * create is also a recorded failure of the same fingerprint, and the third one in a run is the
   * supervisor's loop protection (GaveUpError) — the PR → issue → patch-file fallback must still run.
   */
  attempts?: number;
  /** Pause between attempts of an unsupervised client (test seam; default 1 s, 2 s). */
  sleep?: (ms: number) => Promise<void>;
}

export interface CreateOnceResult<T> {
  value: T;
  /** false when an existing object was adopted (it was there before this run, or a 422 said so). */
  created: boolean;
  /** The create's answer was lost and the object was found on a later look: created by this run. */
  recoveredLostAnswer?: boolean;
}

/** GitHub says the object exists already (a PR for this head, a reference…). */
export function isAlreadyExists(error: unknown): boolean {
  return githubStatus(error) === 422 && /already exists/i.test((error as Error)?.message ?? '');
}

/** The create may have happened although we got no answer: look before trying again. */
function answerLost(error: unknown): boolean {
  const type = error instanceof InframateError ? error.type : undefined;
  return type === 'network' || type === 'timeout' || (type === undefined && githubStatus(error) >= 500);
}

export async function createOnce<T>(octokit: GitHubClient, opts: CreateOnceOptions<T>): Promise<CreateOnceResult<T>> {
  let attempt = 0;
  let lost = false;
  const once = async (): Promise<CreateOnceResult<T>> => {
    attempt++;
    if (attempt > 1 || opts.lookedFirst === false) {
      const found = await opts.find();
      if (found !== undefined) return { value: found, created: lost, ...(lost ? { recoveredLostAnswer: true } : {}) };
    }
    try {
      return { value: await opts.create(), created: true };
    } catch (error) {
      if (isAlreadyExists(error)) {
        const found = await opts.find();
        if (found !== undefined) return { value: found, created: lost, ...(lost ? { recoveredLostAnswer: true } : {}) };
      }
      if (answerLost(error)) lost = true;
      throw error;
    }
  };
  const attempts = opts.attempts ?? 2;
  const step = supervised.get(octokit);
  if (step) return step(`github.create-once.${opts.what}`, once, { dependency: 'github', attempts });
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (;;) {
    try {
      return await once();
    } catch (error) {
      if (attempt >= attempts || !answerLost(error)) throw error;
      await sleep(1000 * 2 ** (attempt - 1));
    }
  }
}
