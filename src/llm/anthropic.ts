// Anthropic through @anthropic-ai/sdk. Structured output is a forced tool call: the tool's
// input_schema is the reply schema, and tool_choice makes the model answer through it.
import Anthropic from '@anthropic-ai/sdk';
import type { FinishReason, LlmProvider, ProviderReply, ProviderRequest, ToolCall, ToolReply, ToolRequest } from './types';

export const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

export interface AnthropicOptions {
  apiKey: string;
  model: string;
  baseUrl?: string;
}

const FINISH: Record<string, FinishReason> = {
  end_turn: 'stop',
  tool_use: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  refusal: 'safety',
};

export function createAnthropicProvider(opts: AnthropicOptions): LlmProvider {
  // The base URL is always explicit so the SDK does not fall back to ANTHROPIC_BASE_URL: settings
  // are the one place configuration is read.
  const client = new Anthropic({ apiKey: opts.apiKey, baseURL: opts.baseUrl ?? ANTHROPIC_BASE_URL, maxRetries: 0 });
  return {
    name: 'anthropic',
    model: opts.model,
    async complete(req: ProviderRequest, signal: AbortSignal): Promise<ProviderReply> {
      const tool = req.schemaName;
      const res = await client.messages.create(
        {
          model: opts.model,
          max_tokens: req.maxOutputTokens,
          system: req.system,
          messages: [{ role: 'user', content: req.user }],
          tools: [
            {
              name: tool,
              description: 'Submit the answer. Its input is the whole reply.',
              input_schema: req.jsonSchema as Anthropic.Tool.InputSchema,
            },
          ],
          tool_choice: { type: 'tool', name: tool },
        },
        { signal },
      );
      const inputTokens = res.usage?.input_tokens ?? 0;
      const outputTokens = res.usage?.output_tokens ?? 0;
      const finishReason = FINISH[res.stop_reason ?? 'end_turn'] ?? 'other';
      const detail = finishReason === 'stop' ? undefined : `stop_reason=${res.stop_reason}`;
      const call = res.content.find((b) => b.type === 'tool_use' && b.name === tool);
      if (call && call.type === 'tool_use') return { text: JSON.stringify(call.input), finishReason, detail, inputTokens, outputTokens };
      // Some compatible servers ignore tool_choice and answer in text: accept JSON text too.
      const text = res.content
        .filter((b) => b.type === 'text')
        .map((b) => (b.type === 'text' ? b.text : ''))
        .join('');
      if (text.trim() === '')
        return {
          text: null,
          finishReason: finishReason === 'stop' ? 'empty' : finishReason,
          detail: detail ?? 'no tool call and no text',
          inputTokens,
          outputTokens,
        };
      return { text, finishReason, detail, inputTokens, outputTokens };
    },
    async completeTools(req: ToolRequest, signal: AbortSignal): Promise<ToolReply> {
      const res = await client.messages.create(
        {
          model: opts.model,
          max_tokens: req.maxOutputTokens,
          system: req.system,
          messages: [{ role: 'user', content: req.user }],
          tools: req.tools.map((t) => ({
            name: t.name,
            description: t.description,
            input_schema: t.parameters as Anthropic.Tool.InputSchema,
          })),
          // any: the model must call one of the tools.
          tool_choice: { type: 'any' },
        },
        { signal },
      );
      const inputTokens = res.usage?.input_tokens ?? 0;
      const outputTokens = res.usage?.output_tokens ?? 0;
      const finishReason = FINISH[res.stop_reason ?? 'end_turn'] ?? 'other';
      const calls: ToolCall[] = [];
      const texts: string[] = [];
      for (const b of res.content) {
        if (b.type === 'tool_use') calls.push({ id: b.id, name: b.name, args: b.input });
        else if (b.type === 'text') texts.push(b.text);
      }
      const text = texts.join('').trim() ? texts.join('') : null;
      return {
        calls,
        text,
        finishReason,
        detail: finishReason === 'stop' ? undefined : `stop_reason=${res.stop_reason}`,
        inputTokens,
        outputTokens,
      };
    },
  };
}
