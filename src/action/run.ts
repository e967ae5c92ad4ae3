import * as core from '@actions/core';
import { dispatch } from '../commands/dispatch';
import { createLogger } from '../core/log';
import { EXIT } from '../core/types';
import { buildSettings } from '../settings';
import { InframateError } from '../supervisor/errors';
import { readActionInputs } from './inputs';

export async function runAction(): Promise<number> {
  const log = createLogger({
    write: (line) => core.info(line),
  });
  try {
    const inputs = readActionInputs();
    const settings = buildSettings({
      command: inputs.command,
      dir: inputs.dir,
      args: inputs.args,
      raw: inputs.raw,
      env: process.env,
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
      runtime: 'action',
    });
    const result = await dispatch(settings, { log, writeOutput: Boolean(settings.output) });
    if (result.markdown) await core.summary.addRaw(result.markdown).write().catch(() => undefined);
    if (settings.output) core.setOutput('report-path', settings.output);
    core.setOutput('exit-code', String(result.exitCode));
    if (result.exitCode !== EXIT.ok) core.setFailed(`inframate ${settings.command} exited with ${result.exitCode}`);
    return result.exitCode;
  } catch (error) {
    const message = error instanceof InframateError ? error.describe() : (error as Error)?.message ?? String(error);
    core.setFailed(message);
    return error instanceof InframateError && error.type === 'input' ? EXIT.usage : EXIT.gaveUp;
  }
}
