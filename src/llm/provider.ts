// Chooses and builds the provider from the AI settings. A missing key is not an error: the AI
// layer is then simply unavailable and the rules result stands.
// Each provider's SDK is imported on the first call, not when the command starts: runs without a
// model (and --help, --version) never load @google/genai, openai or @anthropic-ai/sdk.
import type { AiSettings } from '../settings';
import { DEFAULT_MODELS } from './models';
import type { LlmProvider, LlmProviderName } from './types';

/**
 * A provider whose implementation is imported on first use. Every method of LlmProvider is async,
 * so any method (today's and those added later) is forwarded after the import resolves.
 */
export function lazyProvider(name: LlmProviderName, model: string, load: () => Promise<LlmProvider>): LlmProvider {
  let loading: Promise<LlmProvider> | undefined;
  const known: Record<string | symbol, unknown> = { name, model };
  return new Proxy(known, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (prop === 'then' || typeof prop === 'symbol') return undefined;
      return async (...args: unknown[]) => {
        const real = (await (loading ??= load())) as unknown as Record<string, (...a: unknown[]) => unknown>;
        return real[prop]!(...args);
      };
    },
    has(target, prop) {
      return prop in target || prop === 'complete';
    },
  }) as unknown as LlmProvider;
}

export type ProviderChoice = { provider: LlmProvider; reason?: undefined } | { provider: null; reason: string };

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
