// The provider-neutral shapes of the AI layer. Providers translate these to and from their SDKs;
// everything above them (structured output, cache, budget, audit) is written once against these.
import type { z } from 'zod';

export type LlmProviderName = 'gemini' | 'openai' | 'anthropic' | 'ollama';

/** One single-turn request: a repair is a fresh request that quotes the previous reply. */
export interface ProviderRequest {
  system: string;
  user: string;
  /** JSON schema of the reply (already stripped of keys the providers reject). */
  jsonSchema: Record<string, unknown>;
  /** Short identifier of the schema (OpenAI's json_schema.name, Anthropic's tool name). */
  schemaName: string;
  maxOutputTokens: number;
}

/** Why the model stopped, normalised across providers. */
export type FinishReason = 'stop' | 'length' | 'safety' | 'empty' | 'other';

export interface ProviderReply {
  /** The JSON text of the reply, or null when the model produced nothing usable. */
  text: string | null;
  finishReason: FinishReason;
  /** Provider-specific detail of a non-stop finish (e.g. "SAFETY", "promptFeedback.blockReason=OTHER"). */
  detail?: string;
  inputTokens: number;
  outputTokens: number;
}

export interface LlmProvider {
  readonly name: LlmProviderName;
  readonly model: string;
  complete(req: ProviderRequest, signal: AbortSignal): Promise<ProviderReply>;
  /** One turn with function tools: the model must answer by calling one or more of them. */
  completeTools?(req: ToolRequest, signal: AbortSignal): Promise<ToolReply>;
}

/** A function tool offered to the model (OpenAI function tool, Gemini function declaration, Anthropic tool). */
export interface ToolSpec {
  name: string;
  description: string;
  /** JSON schema of the arguments (an object schema). */
  parameters: Record<string, unknown>;
}

/** One single-turn tool request: the caller carries the state in the prompt, not in a conversation. */
export interface ToolRequest {
  system: string;
  user: string;
  tools: ToolSpec[];
  maxOutputTokens: number;
}

export interface ToolCall {
  /** The provider's call id, or a generated one. */
  id: string;
  name: string;
  /** Parsed arguments; a string when the provider sent arguments that are not JSON. */
  args: unknown;
}

export interface ToolReply {
  calls: ToolCall[];
  /** Text the model wrote beside (or instead of) its calls. */
  text: string | null;
  finishReason: FinishReason;
  detail?: string;
  inputTokens: number;
  outputTokens: number;
}

export interface ToolCallRequest {
  /** Names the step in error reports and the audit log, e.g. "inspect-plan". */
  task: string;
  system: string;
  user: string;
  tools: ToolSpec[];
  maxOutputTokens?: number;
}

export interface StructuredRequest<T> {
  /** Names the step in error reports and the audit log, e.g. "refine-recommendation". */
  task: string;
  system: string;
  user: string;
  schema: z.ZodType<T>;
  maxOutputTokens?: number;
}

export interface StructuredResult<T> {
  value: T;
  fromCache: boolean;
}

export interface LlmCallRecord {
  task: string;
  /** initial request or the one repair request. */
  kind: 'initial' | 'repair' | 'tools';
  fromCache: boolean;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  costUsd: number | null;
  outcome: 'ok' | 'invalid' | 'failed';
}

/** The `llm` block of a report (contracts §3.1, extended by adding fields). */
export interface LlmMetrics {
  provider: LlmProviderName | 'none';
  model: string | null;
  /** Requests that reached the provider (cache hits excluded). */
  calls: number;
  cacheHits: number;
  inputTokens: number;
  outputTokens: number;
  /** Sum over calls; null parts (models missing from the price table) are counted as 0 and flagged by `unpricedModel`. */
  costUsd: number;
  latencyMs: number;
  repairs: number;
  failures: number;
  /** Secrets replaced by [REDACTED:kind] marks in the prompts sent. */
  redactions: number;
  tokenBudget: number;
  /** True when the price table has no entry for the model. */
  unpricedModel: boolean;
  /** Why the AI layer did not contribute (no key, --no-ai, failure…), when it did not. */
  notes: string[];
  auditLog: string | null;
  perCall: LlmCallRecord[];
}

export interface Llm {
  readonly enabled: boolean;
  generateStructured<T>(req: StructuredRequest<T>): Promise<StructuredResult<T> | null>;
  /** One tool-calling turn (redacted, budgeted, audited, never cached); null when the AI layer failed for good. */
  callTools?(req: ToolCallRequest): Promise<ToolReply | null>;
  metrics(): LlmMetrics;
  /** Record why a caller ignored or rejected an AI answer (shown with the metrics). */
  note(message: string): void;
}
