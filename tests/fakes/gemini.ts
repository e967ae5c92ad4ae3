// A fake Gemini API (generativelanguage.googleapis.com) for the real @google/genai SDK pointed at
// it by base URL: POST /v1beta/models/{model}:generateContent, with usageMetadata, finish reasons,
// prompt blocks and Google-style error bodies.
import { approxTokens, sendJson, startFakeServer, toolCallsOf, valueOf, type FakeBehaviour, type FakeServer } from '../llm/fake-support';

export type { FakeBehaviour, FakeServer } from '../llm/fake-support';

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

function reply(text: string | null, finishReason: string, prompt: string, extra: Record<string, unknown> = {}) {
  const candidatesTokenCount = text ? approxTokens(text) : 0;
  const promptTokenCount = approxTokens(prompt);
  return {
    candidates: text === null ? [] : [{ content: { role: 'model', parts: [{ text }] }, finishReason, index: 0 }],
    usageMetadata: { promptTokenCount, candidatesTokenCount, totalTokenCount: promptTokenCount + candidatesTokenCount },
    modelVersion: 'fake-gemini',
    ...extra,
  };
}

export function startFakeGemini(opts: { script?: FakeBehaviour[]; fallback?: FakeBehaviour } = {}): Promise<FakeServer> {
  return startFakeServer((b, req, res) => {
    if (req.method !== 'POST' || !/^\/v1beta\/models\/[^/:]+:generateContent/.test(req.path)) {
      return sendJson(res, 404, { error: { code: 404, message: `no route ${req.method} ${req.path}`, status: 'NOT_FOUND' } });
    }
    if (!req.headers['x-goog-api-key'])
      return sendJson(res, 401, { error: { code: 401, message: 'API key not valid', status: 'UNAUTHENTICATED' } });
    const config = (req.body.generationConfig ?? {}) as Record<string, unknown>;
    const schema = (config.responseJsonSchema ?? {}) as Record<string, unknown>;
    const prompt = req.raw;
    switch (b.kind) {
      case 'json':
        return sendJson(res, 200, reply(JSON.stringify(valueOf(b, schema, req.body)), 'STOP', prompt));
      case 'text':
        return sendJson(res, 200, reply(b.text, 'STOP', prompt));
      case 'status':
        return sendJson(
          res,
          b.status,
          {
            error: {
              code: b.status,
              message: b.message ?? `fake ${b.status}`,
              status: STATUS_NAMES[b.status] ?? 'UNKNOWN',
              ...(b.retryDelay ? { details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: b.retryDelay }] } : {}),
            },
          },
          b.retryAfter ? { 'retry-after': b.retryAfter } : {},
        );
      case 'empty':
        return sendJson(res, 200, reply(null, 'STOP', prompt));
      case 'safety':
        return sendJson(res, 200, {
          candidates: [
            {
              finishReason: 'SAFETY',
              index: 0,
              safetyRatings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true }],
            },
          ],
          usageMetadata: { promptTokenCount: approxTokens(prompt), totalTokenCount: approxTokens(prompt) },
        });
      case 'blocked':
        return sendJson(res, 200, {
          promptFeedback: { blockReason: 'PROHIBITED_CONTENT' },
          usageMetadata: { promptTokenCount: approxTokens(prompt), totalTokenCount: approxTokens(prompt) },
        });
      case 'max-tokens':
        return sendJson(res, 200, reply('{"adjustments": [{"action": "set-par', 'MAX_TOKENS', prompt));
      case 'tools': {
        const calls = toolCallsOf(b, req);
        const out = JSON.stringify(calls);
        const promptTokenCount = approxTokens(prompt);
        return sendJson(res, 200, {
          candidates: [
            {
              content: { role: 'model', parts: calls.map((c, i) => ({ functionCall: { id: `fc-${i + 1}`, name: c.name, args: c.args } })) },
              finishReason: 'STOP',
              index: 0,
            },
          ],
          usageMetadata: {
            promptTokenCount,
            candidatesTokenCount: approxTokens(out),
            totalTokenCount: promptTokenCount + approxTokens(out),
          },
          modelVersion: 'fake-gemini',
        });
      }
      case 'hang':
        return;
    }
  }, opts);
}
