// Chooses and builds the provider from the AI settings. A missing key is not an error: the AI
// layer is then simply unavailable and the rules result stands.
// Each provider's SDK is imported on the first call, not when the command starts: runs without a
// model (and --help, --version) never load @google/genai, openai or @anthropic-ai/sdk.
import type { AiSettings } from '../settings';
import { InframateError } from '../supervisor/errors';
import { DEFAULT_MODELS } from './models';
import type { LlmProvider, LlmProviderName } from './types';

export type ProviderChoice = { provider: LlmProvider; reason?: undefined } | { provider: null; reason: string };

/** A provider whose implementation (and SDK) is imported on its first request. */
export function lazyProvider(name: LlmProviderName, model: string, load: () => Promise<LlmProvider>): LlmProvider {
  let loading: Promise<LlmProvider> | undefined;
  const real = () => (loading ??= load());
  return {
    name,
    model,
    complete: async (req, signal) => (await real()).complete(req, signal),
    // Every provider module implements tool calls; one that did not would say so here, not crash.
    completeTools: async (req, signal) => {
      const p = await real();
      if (!p.completeTools) throw new InframateError('validation', `${name} does not support tool calls`);
      return p.completeTools(req, signal);
    },
  };
}

export function createProvider(ai: AiSettings): ProviderChoice {
  if (!ai.enabled || ai.provider === 'none')
    return { provider: null, reason: 'AI disabled (--no-ai, --provider none, or no API key configured): rules only' };
  const model = ai.model ?? DEFAULT_MODELS[ai.provider];
  switch (ai.provider) {
    case 'gemini':
      if (!ai.keys.gemini) return { provider: null, reason: 'provider gemini selected but GEMINI_API_KEY is not set: rules only' };
      return {
        provider: lazyProvider('gemini', model, async () =>
          (await import('./gemini')).createGeminiProvider({ apiKey: ai.keys.gemini!, model, baseUrl: ai.baseUrl }),
        ),
      };
    case 'openai':
      // A key is optional only for self-hosted servers reached by base URL.
      if (!ai.keys.openai && !ai.baseUrl)
        return { provider: null, reason: 'provider openai selected but OPENAI_API_KEY is not set: rules only' };
      return {
        provider: lazyProvider('openai', model, async () =>
          (await import('./openai')).createOpenAiProvider({ name: 'openai', apiKey: ai.keys.openai, model, baseUrl: ai.baseUrl }),
        ),
      };
    case 'ollama':
      return {
        provider: lazyProvider('ollama', model, async () =>
          (await import('./openai')).createOpenAiProvider({ name: 'ollama', apiKey: ai.keys.openai, model, baseUrl: ai.baseUrl }),
        ),
      };
    case 'anthropic':
      if (!ai.keys.anthropic) return { provider: null, reason: 'provider anthropic selected but ANTHROPIC_API_KEY is not set: rules only' };
      return {
        provider: lazyProvider('anthropic', model, async () =>
          (await import('./anthropic')).createAnthropicProvider({ apiKey: ai.keys.anthropic!, model, baseUrl: ai.baseUrl }),
        ),
      };
  }
}
