// Default models and the per-model price table (USD per million tokens). Data, not logic: a new
// model is one row. Prices are list prices for standard (non-batch, short-context) requests on the
// date below; a model missing here is reported as unpriced rather than guessed.
import type { LlmProviderName } from './types';

export const PRICE_DATE = '2025-10-01';

export const DEFAULT_MODELS: Record<LlmProviderName, string> = {
  gemini: 'gemini-2.5-flash',
  openai: 'gpt-4.1-mini',
  anthropic: 'claude-haiku-4-5',
  ollama: 'llama3.1',
};

/**
 * Thinking models (Gemini 2.5+, OpenAI reasoning models) count their hidden reasoning against the
 * output limit; without headroom a short JSON answer gets cut off (MAX_TOKENS). Only tokens
 * actually produced are billed, so the headroom costs nothing when unused.
 */
export const REASONING_ALLOWANCE = 8192;

export interface ModelPrice {
  /** Model name or the prefix of a family of dated versions (longest prefix wins). */
  model: string;
  inputPerMillion: number;
  outputPerMillion: number;
}

export const MODEL_PRICES: readonly ModelPrice[] = [
  { model: 'gemini-2.5-pro', inputPerMillion: 1.25, outputPerMillion: 10 },
  { model: 'gemini-2.5-flash', inputPerMillion: 0.3, outputPerMillion: 2.5 },
  { model: 'gemini-2.5-flash-lite', inputPerMillion: 0.1, outputPerMillion: 0.4 },
  { model: 'gemini-2.0-flash', inputPerMillion: 0.1, outputPerMillion: 0.4 },
  { model: 'gemini-2.0-flash-lite', inputPerMillion: 0.075, outputPerMillion: 0.3 },
  { model: 'gpt-5', inputPerMillion: 1.25, outputPerMillion: 10 },
  { model: 'gpt-5-mini', inputPerMillion: 0.25, outputPerMillion: 2 },
  { model: 'gpt-5-nano', inputPerMillion: 0.05, outputPerMillion: 0.4 },
  { model: 'gpt-4.1', inputPerMillion: 2, outputPerMillion: 8 },
  { model: 'gpt-4.1-mini', inputPerMillion: 0.4, outputPerMillion: 1.6 },
  { model: 'gpt-4.1-nano', inputPerMillion: 0.1, outputPerMillion: 0.4 },
  { model: 'gpt-4o', inputPerMillion: 2.5, outputPerMillion: 10 },
  { model: 'gpt-4o-mini', inputPerMillion: 0.15, outputPerMillion: 0.6 },
  { model: 'o4-mini', inputPerMillion: 1.1, outputPerMillion: 4.4 },
  { model: 'claude-opus-4-1', inputPerMillion: 15, outputPerMillion: 75 },
  { model: 'claude-opus-4-5', inputPerMillion: 5, outputPerMillion: 25 },
  { model: 'claude-sonnet-4', inputPerMillion: 3, outputPerMillion: 15 },
  { model: 'claude-sonnet-4-5', inputPerMillion: 3, outputPerMillion: 15 },
  { model: 'claude-haiku-4-5', inputPerMillion: 1, outputPerMillion: 5 },
  { model: 'claude-3-5-haiku', inputPerMillion: 0.8, outputPerMillion: 4 },
];

/** Providers whose models run on the user's own hardware: no per-token price. */
const SELF_HOSTED: readonly LlmProviderName[] = ['ollama'];

export function priceFor(provider: LlmProviderName, model: string): ModelPrice | null {
  if (SELF_HOSTED.includes(provider)) return { model, inputPerMillion: 0, outputPerMillion: 0 };
  const name = model.toLowerCase().replace(/^models\//, '');
  let best: ModelPrice | null = null;
  for (const row of MODEL_PRICES) {
    const exact = name === row.model;
    const dated = name.startsWith(row.model + '-') || name.startsWith(row.model + '@');
    if ((exact || dated) && (!best || row.model.length > best.model.length)) best = row;
  }
  return best;
}

/** Cost of one call in USD, or null when the model is not in the table. */
export function costOf(provider: LlmProviderName, model: string, inputTokens: number, outputTokens: number): number | null {
  const p = priceFor(provider, model);
  if (!p) return null;
  return (inputTokens * p.inputPerMillion + outputTokens * p.outputPerMillion) / 1_000_000;
}
