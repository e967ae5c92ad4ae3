// Limits the loader hit in files it still loaded (an expression nested too deeply, a count past the
// instance budget) go into the error report: the result is complete except for what they name.
import { InframateError } from '../supervisor/errors';
import type { Supervisor } from '../supervisor/step';
import type { LoadedTerraform } from './model';

/** The recovery each limit amounts to, for the report's `strategy`. */
const STRATEGY: Record<string, string> = { 'nesting-depth': 'unknown-value', 'instance-budget': 'instance-budget' };

export function recordLoadLimits(supervisor: Pick<Supervisor, 'record'>, step: string, loaded: LoadedTerraform): void {
  for (const w of loaded.warnings ?? []) {
    if (!w.code) continue;
    supervisor.record({
      step,
      error: new InframateError('input', w.message, { file: w.file, line: w.line, code: w.code }),
      attempts: 1,
      recovered: true,
      strategy: STRATEGY[w.code] ?? w.code,
    });
  }
}
