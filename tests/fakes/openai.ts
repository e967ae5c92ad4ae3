// A fake OpenAI-compatible server (OpenAI, Ollama, vLLM…) for the real openai SDK pointed at it by
// base URL: POST /v1/chat/completions with response_format json_schema, usage and finish reasons.
import { approxTokens, sendJson, startFakeServer, toolCallsOf, valueOf, type FakeBehaviour, type FakeServer } from '../llm/fake-support';

export type { FakeBehaviour, FakeServer } from '../llm/fake-support';

function completion(content: string | null, finish: string, prompt: string, extra: Record<string, unknown> = {}) {
  const completionTokens = content ? approxTokens(content) : 0;
  const promptTokens = approxTokens(prompt);
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'fake-model',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, ...extra }, finish_reason: finish }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

export function startFakeOpenAi(
  opts: { script?: FakeBehaviour[]; fallback?: FakeBehaviour; requireKey?: boolean } = {},
): Promise<FakeServer> {
  return startFakeServer((b, req, res) => {
    if (req.method !== 'POST' || !/^\/v1\/chat\/completions/.test(req.path)) {
      return sendJson(res, 404, { error: { message: `no route ${req.method} ${req.path}`, type: 'invalid_request_error' } });
    }
    if (opts.requireKey && !String(req.headers.authorization ?? '').startsWith('Bearer ')) {
      return sendJson(res, 401, { error: { message: 'missing key', type: 'invalid_request_error', code: 'invalid_api_key' } });
    }
    const format = (req.body.response_format ?? {}) as { json_schema?: { schema?: Record<string, unknown> } };
    const schema = format.json_schema?.schema ?? {};
    const prompt = req.raw;
    switch (b.kind) {
      case 'json':
        return sendJson(res, 200, completion(JSON.stringify(valueOf(b, schema, req.body)), 'stop', prompt));
      case 'text':
        return sendJson(res, 200, completion(b.text, 'stop', prompt));
      case 'status':
        return sendJson(
          res,
          b.status,
          { error: { message: b.message ?? `fake ${b.status}`, type: 'server_error' } },
          b.retryAfter ? { 'retry-after': b.retryAfter } : {},
        );
      case 'empty':
        return sendJson(res, 200, { ...completion(null, 'stop', prompt), choices: [] });
      case 'safety':
      case 'blocked':
        return sendJson(res, 200, completion(null, 'stop', prompt, { refusal: 'I cannot help with that.' }));
      case 'max-tokens':
        return sendJson(res, 200, completion('{"adjustments": [{"action": "set-par', 'length', prompt));
      case 'tools': {
        const calls = toolCallsOf(b, req);
        const toolCalls = calls.map((c, i) => ({
          id: `call_${i + 1}`,
          type: 'function',
          function: { name: c.name, arguments: typeof c.args === 'string' ? c.args : JSON.stringify(c.args) },
        }));
        const out = completion(null, 'tool_calls', prompt, { tool_calls: toolCalls });
        out.usage.completion_tokens = approxTokens(JSON.stringify(toolCalls));
        return sendJson(res, 200, out);
      }
      case 'hang':
        return;
    }
  }, opts);
}
