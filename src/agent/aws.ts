// The agent's view of the shared read-only AWS layer (src/aws): AwsReader.tryCall mapped onto
// AwsCaller. API errors are answers the model may correct, not run failures: each call runs inside a
// step whose fallback keeps the failure as the call's result (recorded as recovered).
import { AwsReader } from '../aws';
import type { Settings } from '../settings';
import type { RunStep } from '../supervisor/step';
import type { AwsCaller, AwsCallResult } from './types';

export function awsCallerFromReader(reader: Pick<AwsReader, 'tryCall'>, step?: RunStep): AwsCaller {
  return {
    async call(req): Promise<AwsCallResult> {
      const attempt = async (): Promise<AwsCallResult> => {
        const r = await reader.tryCall({ service: req.service, operation: req.operation, params: req.params });
        if (r.status === 'ok') return { status: 'executed', output: r.data };
        if (r.status === 'denied') return { status: 'denied', reason: r.reason };
        // Thrown so the step records it; the fallback turns it back into the call's result.
        throw r.error;
      };
      if (!step) {
        try {
          return await attempt();
        } catch (error) {
          return failed(error);
        }
      }
      return step(`agent.aws-call.${req.service}.${req.operation}`, attempt, {
        dependency: 'local',
        attempts: 1,
        fallback: (error) => failed(error),
        strategy: 'fed-back-to-the-investigation',
      });
    },
  };
}

function failed(error: unknown): AwsCallResult {
  const e = error as { code?: string; name?: string; message?: string };
  return { status: 'failed', error: { code: e?.code ?? e?.name ?? 'Error', message: e?.message ?? String(error) } };
}

export function createAwsCaller(settings: Settings, step: RunStep): AwsCaller {
  return awsCallerFromReader(new AwsReader({ config: settings.aws, step }), step);
}
