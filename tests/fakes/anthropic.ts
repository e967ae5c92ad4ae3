// A fake Anthropic Messages API for the real @anthropic-ai/sdk pointed at it by base URL:
// POST /v1/messages, answering through the forced tool call, with usage and stop reasons.
import { approxTokens, sendJson, startFakeServer, toolCallsOf, valueOf, type FakeBehaviour, type FakeServer } from '../llm/fake-support';

export type { FakeBehaviour, FakeServer } from '../llm/fake-support';

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

function message(content: unknown[], stop: string, prompt: string, outText: string) {
  return {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: 'fake-claude',
    content,
    stop_reason: stop,
    stop_sequence: null,
    usage: { input_tokens: approxTokens(prompt), output_tokens: outText ? approxTokens(outText) : 0 },
  };
}

export function startFakeAnthropic(opts: { script?: FakeBehaviour[]; fallback?: FakeBehaviour } = {}): Promise<FakeServer> {
  return startFakeServer((b, req, res) => {
    if (req.method !== 'POST' || !/^\/v1\/messages/.test(req.path)) {
      return sendJson(res, 404, { type: 'error', error: { type: 'not_found_error', message: `no route ${req.method} ${req.path}` } });
    }
    // The SDK sends the key as x-api-key or as a bearer token, depending on its version.
    if (!req.headers['x-api-key'] && !String(req.headers.authorization ?? '').startsWith('Bearer ')) {
      return sendJson(res, 401, { type: 'error', error: { type: 'authentication_error', message: 'missing x-api-key' } });
    }
    const tools = (req.body.tools ?? []) as { name: string; input_schema: Record<string, unknown> }[];
    const tool = tools[0];
    const prompt = req.raw;
    switch (b.kind) {
      case 'json': {
        const input = valueOf(b, tool?.input_schema ?? {}, req.body);
        return sendJson(
          res,
          200,
          message([{ type: 'tool_use', id: 'toolu_fake', name: tool?.name ?? 'reply', input }], 'tool_use', prompt, JSON.stringify(input)),
        );
      }
      case 'text':
        return sendJson(res, 200, message([{ type: 'text', text: b.text }], 'end_turn', prompt, b.text));
      case 'status':
        return sendJson(
          res,
          b.status,
          { type: 'error', error: { type: ERROR_TYPES[b.status] ?? 'api_error', message: b.message ?? `fake ${b.status}` } },
          b.retryAfter ? { 'retry-after': b.retryAfter } : {},
        );
      case 'empty':
        return sendJson(res, 200, message([], 'end_turn', prompt, ''));
      case 'safety':
      case 'blocked':
        return sendJson(res, 200, message([], 'refusal', prompt, ''));
      case 'max-tokens':
        return sendJson(
          res,
          200,
          message([{ type: 'text', text: '{"adjustments": [{"action": "set-par' }], 'max_tokens', prompt, '{"adjustments"'),
        );
      case 'tools': {
        const calls = toolCallsOf(b, req);
        const content = calls.map((c, i) => ({ type: 'tool_use', id: `toolu_${i + 1}`, name: c.name, input: c.args }));
        return sendJson(res, 200, message(content, 'tool_use', prompt, JSON.stringify(calls)));
      }
      case 'hang':
        return;
    }
  }, opts);
}
