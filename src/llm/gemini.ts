// Gemini through @google/genai (the maintained SDK; @google/generative-ai is deprecated). Structured
// output uses responseMimeType application/json + responseJsonSchema. The SDK's own retries stay
// off (no retryOptions): the supervisor owns retries, so attempts are counted once.
import { FunctionCallingConfigMode, GoogleGenAI, type GenerateContentResponse } from '@google/genai';
import { REASONING_ALLOWANCE } from './models';
import type { FinishReason, LlmProvider, ProviderReply, ProviderRequest, ToolCall, ToolReply, ToolRequest } from './types';

export const GEMINI_API_VERSION = 'v1beta';

export interface GeminiOptions {
  apiKey: string;
  model: string;
  baseUrl?: string;
}

/** Gemini finish reasons that mean the content was withheld, not merely cut short. */
const BLOCKED = new Set(['SAFETY', 'RECITATION', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII', 'IMAGE_SAFETY', 'LANGUAGE']);

function finishOf(raw: string | undefined): FinishReason {
  if (!raw || raw === 'STOP' || raw === 'FINISH_REASON_UNSPECIFIED') return 'stop';
  if (raw === 'MAX_TOKENS') return 'length';
  if (BLOCKED.has(raw)) return 'safety';
  return 'other';
}

export function readGeminiReply(res: GenerateContentResponse): ProviderReply {
  const usage = res.usageMetadata;
  const inputTokens = usage?.promptTokenCount ?? 0;
  // Thinking tokens are billed as output.
  const outputTokens = (usage?.candidatesTokenCount ?? 0) + (usage?.thoughtsTokenCount ?? 0);
  const block = res.promptFeedback?.blockReason;
  if (block) {
    return {
      text: null,
      finishReason: 'safety',
      detail: `prompt blocked (promptFeedback.blockReason=${block})`,
      inputTokens,
      outputTokens,
    };
  }
  const candidate = res.candidates?.[0];
  if (!candidate) return { text: null, finishReason: 'empty', detail: 'no candidates in the reply', inputTokens, outputTokens };
  const text = (candidate.content?.parts ?? [])
    .filter((p) => typeof p.text === 'string' && !p.thought)
    .map((p) => p.text)
    .join('');
  const finishReason = finishOf(candidate.finishReason);
  const detail = finishReason === 'stop' ? undefined : `finishReason=${candidate.finishReason}`;
  if (text.trim() === '') {
    return {
      text: null,
      finishReason: finishReason === 'stop' ? 'empty' : finishReason,
      detail: detail ?? 'empty text',
      inputTokens,
      outputTokens,
    };
  }
  return { text, finishReason, detail, inputTokens, outputTokens };
}

/** Function calls of a Gemini reply (parts with functionCall), in order. */
export function readGeminiToolReply(res: GenerateContentResponse): ToolReply {
  const base = readGeminiReply(res);
  const parts = res.candidates?.[0]?.content?.parts ?? [];
  const calls: ToolCall[] = [];
  for (const part of parts) {
    const fc = part.functionCall;
    if (fc?.name) calls.push({ id: fc.id ?? `call-${calls.length + 1}`, name: fc.name, args: fc.args ?? {} });
  }
  const finishReason = calls.length && base.finishReason === 'empty' ? 'stop' : base.finishReason;
  return {
    calls,
    text: base.text,
    finishReason,
    detail: calls.length ? undefined : base.detail,
    inputTokens: base.inputTokens,
    outputTokens: base.outputTokens,
  };
}

export function createGeminiProvider(opts: GeminiOptions): LlmProvider {
  const client = new GoogleGenAI({
    apiKey: opts.apiKey,
    // Pinned: structured output (responseJsonSchema) is a v1beta feature, and this SDK major
    // defaults to v1.
    apiVersion: GEMINI_API_VERSION,
    httpOptions: opts.baseUrl ? { baseUrl: opts.baseUrl } : undefined,
  });
  return {
    name: 'gemini',
    model: opts.model,
    async complete(req: ProviderRequest, signal: AbortSignal): Promise<ProviderReply> {
      const res = await client.models.generateContent({
        model: opts.model,
        contents: [{ role: 'user', parts: [{ text: req.user }] }],
        config: {
          systemInstruction: req.system,
          responseMimeType: 'application/json',
          responseJsonSchema: req.jsonSchema,
          maxOutputTokens: req.maxOutputTokens + REASONING_ALLOWANCE,
          temperature: 0,
          abortSignal: signal,
        },
      });
      return readGeminiReply(res);
    },
    async completeTools(req: ToolRequest, signal: AbortSignal): Promise<ToolReply> {
      const res = await client.models.generateContent({
        model: opts.model,
        contents: [{ role: 'user', parts: [{ text: req.user }] }],
        config: {
          systemInstruction: req.system,
          tools: [
            {
              functionDeclarations: req.tools.map((t) => ({
                name: t.name,
                description: t.description,
                parametersJsonSchema: t.parameters,
              })),
            },
          ],
          // ANY: the model must answer through a function call.
          toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.ANY } },
          maxOutputTokens: req.maxOutputTokens + REASONING_ALLOWANCE,
          temperature: 0,
          abortSignal: signal,
        },
      });
      return readGeminiToolReply(res);
    },
  };
}
