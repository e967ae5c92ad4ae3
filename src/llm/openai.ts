// OpenAI-compatible chat completions through the openai SDK: OpenAI itself, and by base URL any
// server speaking the same protocol (Ollama, vLLM, LiteLLM, LM Studio…). Structured output is
// response_format json_schema. SDK retries are off: the supervisor owns retries.
import OpenAI from 'openai';
import { REASONING_ALLOWANCE } from './models';
import type { FinishReason, LlmProvider, LlmProviderName, ProviderReply, ProviderRequest, ToolCall, ToolReply, ToolRequest } from './types';

export interface OpenAiOptions {
  name: Extract<LlmProviderName, 'openai' | 'ollama'>;
  apiKey?: string;
  model: string;
  baseUrl?: string;
}

export const OLLAMA_BASE_URL = 'http://localhost:11434/v1';
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

const FINISH: Record<string, FinishReason> = {
  stop: 'stop',
  length: 'length',
  content_filter: 'safety',
  tool_calls: 'other',
  function_call: 'other',
};

export function createOpenAiProvider(opts: OpenAiOptions): LlmProvider {
  // Always explicit, so the SDK does not fall back to OPENAI_BASE_URL behind the settings' back.
  const baseURL = opts.baseUrl ?? (opts.name === 'ollama' ? OLLAMA_BASE_URL : OPENAI_BASE_URL);
  // Self-hosted servers ignore the key, but the SDK insists on one.
  const client = new OpenAI({ apiKey: opts.apiKey || 'unused', baseURL, maxRetries: 0 });
  // OpenAI's own API wants max_completion_tokens (reasoning models reject max_tokens); most
  // compatible servers only know max_tokens.
  const officialApi = new URL(baseURL).hostname === 'api.openai.com';
  return {
    name: opts.name,
    model: opts.model,
    async complete(req: ProviderRequest, signal: AbortSignal): Promise<ProviderReply> {
      const res = await client.chat.completions.create(
        {
          model: opts.model,
          messages: [
            { role: 'system', content: req.system },
            { role: 'user', content: req.user },
          ],
          response_format: { type: 'json_schema', json_schema: { name: req.schemaName, schema: req.jsonSchema, strict: false } },
          ...(officialApi ? { max_completion_tokens: req.maxOutputTokens + REASONING_ALLOWANCE } : { max_tokens: req.maxOutputTokens }),
        },
        { signal },
      );
      const inputTokens = res.usage?.prompt_tokens ?? 0;
      const outputTokens = res.usage?.completion_tokens ?? 0;
      const choice = res.choices?.[0];
      if (!choice) return { text: null, finishReason: 'empty', detail: 'no choices in the reply', inputTokens, outputTokens };
      const refusal = choice.message?.refusal;
      if (refusal) return { text: null, finishReason: 'safety', detail: `refusal: ${refusal.slice(0, 200)}`, inputTokens, outputTokens };
      const finishReason = FINISH[choice.finish_reason ?? 'stop'] ?? 'other';
      const text = choice.message?.content ?? '';
      const detail = finishReason === 'stop' ? undefined : `finish_reason=${choice.finish_reason}`;
      if (text.trim() === '')
        return {
          text: null,
          finishReason: finishReason === 'stop' ? 'empty' : finishReason,
          detail: detail ?? 'empty content',
          inputTokens,
          outputTokens,
        };
      return { text, finishReason, detail, inputTokens, outputTokens };
    },
    async completeTools(req: ToolRequest, signal: AbortSignal): Promise<ToolReply> {
      const res = await client.chat.completions.create(
        {
          model: opts.model,
          messages: [
            { role: 'system', content: req.system },
            { role: 'user', content: req.user },
          ],
          tools: req.tools.map((t) => ({
            type: 'function' as const,
            function: { name: t.name, description: t.description, parameters: t.parameters },
          })),
          tool_choice: 'required',
          ...(officialApi ? { max_completion_tokens: req.maxOutputTokens + REASONING_ALLOWANCE } : { max_tokens: req.maxOutputTokens }),
        },
        { signal },
      );
      const inputTokens = res.usage?.prompt_tokens ?? 0;
      const outputTokens = res.usage?.completion_tokens ?? 0;
      const choice = res.choices?.[0];
      if (!choice) return { calls: [], text: null, finishReason: 'empty', detail: 'no choices in the reply', inputTokens, outputTokens };
      const refusal = choice.message?.refusal;
      if (refusal)
        return { calls: [], text: null, finishReason: 'safety', detail: `refusal: ${refusal.slice(0, 200)}`, inputTokens, outputTokens };
      const calls: ToolCall[] = [];
      for (const tc of choice.message?.tool_calls ?? []) {
        if (tc.type !== 'function') continue;
        let args: unknown = tc.function.arguments;
        try {
          args = JSON.parse(tc.function.arguments || '{}');
        } catch {
          // kept as the raw string: the caller reports the malformed arguments to the model
        }
        calls.push({ id: tc.id, name: tc.function.name, args });
      }
      const raw = choice.finish_reason ?? 'stop';
      const finishReason: FinishReason = raw === 'tool_calls' ? 'stop' : (FINISH[raw] ?? 'other');
      const text = choice.message?.content?.trim() ? choice.message.content : null;
      return { calls, text, finishReason, detail: finishReason === 'stop' ? undefined : `finish_reason=${raw}`, inputTokens, outputTokens };
    },
  };
}
