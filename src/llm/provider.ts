// Chooses and builds the provider from the AI settings. A missing key is not an error: the AI
// layer is then simply unavailable and the rules result stands.
import type { AiSettings } from '../settings';
import { createAnthropicProvider } from './anthropic';
import { createGeminiProvider } from './gemini';
import { DEFAULT_MODELS } from './models';
import { createOpenAiProvider } from './openai';
import type { LlmProvider } from './types';

export type ProviderChoice = { provider: LlmProvider; reason?: undefined } | { provider: null; reason: string };

export function createProvider(ai: AiSettings): ProviderChoice {
  if (!ai.enabled || ai.provider === 'none')
    return { provider: null, reason: 'AI disabled (--no-ai, --provider none, or no API key configured): rules only' };
  const model = ai.model ?? DEFAULT_MODELS[ai.provider];
  switch (ai.provider) {
    case 'gemini':
      if (!ai.keys.gemini) return { provider: null, reason: 'provider gemini selected but GEMINI_API_KEY is not set: rules only' };
      return { provider: createGeminiProvider({ apiKey: ai.keys.gemini, model, baseUrl: ai.baseUrl }) };
    case 'openai':
      // A key is optional only for self-hosted servers reached by base URL.
      if (!ai.keys.openai && !ai.baseUrl)
        return { provider: null, reason: 'provider openai selected but OPENAI_API_KEY is not set: rules only' };
      return { provider: createOpenAiProvider({ name: 'openai', apiKey: ai.keys.openai, model, baseUrl: ai.baseUrl }) };
    case 'ollama':
      return { provider: createOpenAiProvider({ name: 'ollama', apiKey: ai.keys.openai, model, baseUrl: ai.baseUrl }) };
    case 'anthropic':
      if (!ai.keys.anthropic) return { provider: null, reason: 'provider anthropic selected but ANTHROPIC_API_KEY is not set: rules only' };
      return { provider: createAnthropicProvider({ apiKey: ai.keys.anthropic, model, baseUrl: ai.baseUrl }) };
  }
}
