// The state of one investigation: actions, discoveries (deduplicated, each citing its actions),
// values found for later steps, the per-run result cache, the trace and the figures.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redact } from '../llm/redact';
import { deriveFacts } from './derive';
import { extractFacts } from './facts';
import { checkProposal } from './proposal-check';
import {
  emptyRunFigures,
  type Action,
  type AwsCaller,
  type AwsCallRequest,
  type AwsCallResult,
  type Discovery,
  type RunFigures,
  type TraceStep,
} from './types';

export interface ExecuteOutcome {
  action: Action;
  result: AwsCallResult | { status: 'skipped' };
  newDiscoveries: Discovery[];
}

/** Key-order-independent JSON, so the same call is recognised whatever order its params came in. */
export function stableJson(v: unknown): string {
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

export class InvestigationState {
  readonly actions: Action[] = [];
  readonly discoveries: Discovery[] = [];
  readonly vars: Record<string, string[]> = {};
  readonly trace: TraceStep[] = [];
  readonly notes: string[] = [];
  readonly figures: RunFigures = emptyRunFigures();
  private readonly cache = new Map<string, { result: AwsCallResult; actionId: string }>();
  /** Raw outputs by action id (never persisted; sanitized before any prompt). */
  readonly outputs = new Map<string, unknown>();

  constructor(
    private readonly aws: AwsCaller,
    private readonly opts: { maxCalls: number; now: () => number; signal?: AbortSignal },
  ) {}

  traceStep(s: Omit<TraceStep, 'at'>): void {
    this.trace.push({ ...s, at: new Date(this.opts.now()).toISOString() });
  }

  private addDiscovery(kind: string, fact: string, data: Discovery['data'], evidence: string[]): Discovery | null {
    const text = redact(fact).text;
    const existing = this.discoveries.find((d) => d.kind === kind && d.fact === text);
    if (existing) {
      for (const e of evidence) if (!existing.evidence.includes(e)) existing.evidence.push(e);
      return null;
    }
    const safeData: Discovery['data'] = {};
    for (const [k, v] of Object.entries(data)) safeData[k] = typeof v === 'string' ? redact(v).text : v;
    const d: Discovery = { id: `d${this.discoveries.length + 1}`, kind, fact: text, evidence: [...evidence], data: safeData };
    this.discoveries.push(d);
    return d;
  }

  /** Check, then run (or answer from the cache) one call, and learn from its result. */
  async execute(req: AwsCallRequest, purpose: string, iteration: number): Promise<ExecuteOutcome> {
    const id = `a${this.actions.length + 1}`;
    const action: Action = {
      id,
      service: req.service,
      operation: req.operation,
      params: req.params,
      status: 'skipped',
      reason: null,
      summary: '',
      iteration,
      purpose,
      at: new Date(this.opts.now()).toISOString(),
    };
    this.actions.push(action);
    const verdict = checkProposal(req);
    if (!verdict.ok) {
      action.status = 'denied';
      action.reason = verdict.reason;
      action.summary = 'refused before any request was sent';
      this.figures.denied++;
      this.traceStep({
        iteration,
        kind: 'act',
        input: `${req.service}:${req.operation}`,
        outputSummary: `denied: ${verdict.reason}`,
        inputTokens: 0,
        outputTokens: 0,
        latencyMs: 0,
        costUsd: 0,
      });
      return { action, result: { status: 'denied', reason: verdict.reason }, newDiscoveries: [] };
    }
    const key = `${req.service}:${req.operation}:${stableJson(req.params)}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.figures.cacheHits++;
      action.status = hit.result.status === 'executed' ? 'executed' : hit.result.status;
      action.cached = true;
      action.reason = hit.result.status === 'denied' ? hit.result.reason : hit.result.status === 'failed' ? hit.result.error.message : null;
      action.summary = `same call as ${hit.actionId}: result reused`;
      if (hit.result.status === 'executed') this.outputs.set(id, this.outputs.get(hit.actionId));
      return { action, result: hit.result, newDiscoveries: [] };
    }
    if (this.figures.awsCalls >= this.opts.maxCalls) {
      action.reason = `the run's AWS call budget (${this.opts.maxCalls}) is spent`;
      action.summary = 'not sent';
      return { action, result: { status: 'skipped' }, newDiscoveries: [] };
    }
    this.figures.awsCalls++;
    const started = this.opts.now();
    let result: AwsCallResult;
    try {
      result = await this.aws.call(req, { signal: this.opts.signal });
    } catch (error) {
      result = { status: 'failed', error: { code: 'Internal', message: (error as Error)?.message ?? String(error) } };
    }
    action.latencyMs = this.opts.now() - started;
    this.cache.set(key, { result, actionId: id });
    const fresh: Discovery[] = [];
    if (result.status === 'executed') {
      action.status = 'executed';
      this.outputs.set(id, result.output);
      const { facts, vars } = extractFacts(req.service, req.operation, result.output, req.params);
      for (const [k, v] of Object.entries(vars)) this.vars[k] = [...new Set([...(this.vars[k] ?? []), ...v])];
      for (const f of facts) {
        const d = this.addDiscovery(f.kind, f.fact, f.data, [id]);
        if (d) fresh.push(d);
      }
      for (const f of deriveFacts(this.discoveries)) {
        const d = this.addDiscovery(f.kind, f.fact, f.data, f.evidence);
        if (d) fresh.push(d);
      }
      action.summary = facts.length ? `${facts.length} fact(s): ${redact(facts[0].fact).text.slice(0, 160)}` : 'no notable facts';
    } else if (result.status === 'denied') {
      action.status = 'denied';
      action.reason = result.reason;
      action.summary = 'refused by the read-only AWS layer';
      this.figures.denied++;
    } else {
      action.status = 'failed';
      action.reason = `${result.error.code}: ${redact(result.error.message).text.slice(0, 400)}`;
      action.summary = 'the call failed';
      this.figures.failed++;
    }
    this.traceStep({
      iteration,
      kind: 'act',
      input: `${req.service}:${req.operation} ${stableJson(req.params).slice(0, 300)}`,
      outputSummary: `${action.status}: ${action.reason ?? action.summary}`,
      inputTokens: 0,
      outputTokens: 0,
      latencyMs: action.latencyMs ?? 0,
      costUsd: 0,
    });
    return { action, result, newDiscoveries: fresh };
  }

  /** Write the trace (JSON lines) and the discoveries of this run; returns the trace path. */
  async persist(dir: string): Promise<string> {
    await mkdir(dir, { recursive: true });
    const tracePath = join(dir, 'trace.jsonl');
    await writeFile(tracePath, this.trace.map((t) => JSON.stringify(t)).join('\n') + '\n');
    await writeFile(
      join(dir, 'discoveries.json'),
      JSON.stringify({ actions: this.actions, discoveries: this.discoveries }, null, 2) + '\n',
    );
    return tracePath;
  }
}
