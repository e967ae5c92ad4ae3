import { join } from 'node:path';
import { dispatch } from '../../src/commands/dispatch';
import type { DriftReport } from '../../src/drift/types';
import { createLogger } from '../../src/core/log';
import { buildSettings } from '../../src/settings';
import type { RawOptions } from '../../src/options';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'drift');
export const showJson = (name: string) => join(FIXTURES, 'terraform-show-json', `${name}.json`);

/** Run `inframate drift` in-process (no AI, quiet) and return exit code, report and rendered output. */
export async function runDriftCommand(raw: RawOptions, opts: { env?: NodeJS.ProcessEnv; dir?: string } = {}) {
  const settings = buildSettings({
    command: 'drift',
    dir: opts.dir ?? FIXTURES,
    raw: { ai: false, ...raw },
    env: opts.env ?? {},
    cwd: FIXTURES,
    runtime: 'cli',
  });
  const logs: string[] = [];
  const log = createLogger({ quiet: false, verbose: false, write: (line: string) => logs.push(line) });
  const result = await dispatch(settings, {
    writeOutput: false,
    log,
    analyzer: null,
    supervisor: { backoff: { baseMs: 1, maxMs: 5, jitter: false } },
  });
  return { ...result, report: result.report as DriftReport | undefined, logs };
}
