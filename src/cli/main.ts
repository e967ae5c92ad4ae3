// CLI entry: `npx inframate <command> [options]`. Builds Settings from the options table and
// hands them to the same dispatcher the Action uses.
import { Command, CommanderError, Option } from 'commander';
import { COMMAND_INFO } from '../commands/registry';
import { createLogger } from '../core/log';
import { COMMAND_NAMES, EXIT, type CommandName } from '../core/types';
import { optionsFor, type OptionSpec, type RawOptions } from '../options';
import { helpAfter } from './help';
import { InframateError } from '../supervisor/errors';
import { VERSION } from '../version';

function addOption(cmd: Command, spec: OptionSpec, command: CommandName): void {
  const value = spec.valueName ? ` <${spec.valueName}>` : '';
  const flag = spec.kind === 'negatable' ? `--no-${spec.name}` : `--${spec.name}${value}`;
  const opt = new Option(flag, spec.description);
  // Only the formats this command can produce (json always).
  const choices =
    spec.name === 'format' ? spec.choices?.filter((c) => c === 'json' || COMMAND_INFO[command].formats.includes(c as never)) : spec.choices;
  if (choices) opt.choices([...choices]);
  if (spec.kind === 'list') opt.argParser((v: string, prev: string[] = []) => [...prev, v]);
  cmd.addOption(opt);
}

/** commander camelCases option keys; the settings layer uses the kebab names of the table. */
function toRaw(command: CommandName, opts: Record<string, unknown>): RawOptions {
  const raw: RawOptions = {};
  for (const spec of optionsFor(command)) {
    const key = spec.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    // commander sets a lone --no-x option to true when it is absent: that is "not given", so an
    // options file can still say `ai: false`.
    if (spec.kind === 'negatable' && opts[key] === true) continue;
    if (opts[key] !== undefined) raw[spec.name] = opts[key] as RawOptions[string];
  }
  return raw;
}

export function buildProgram(
  run: (command: CommandName, dir: string | undefined, args: string[], raw: RawOptions) => Promise<void>,
): Command {
  const program = new Command('inframate')
    .description('Turn a repository into reviewed, secure, cost-estimated AWS Terraform.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run inframate --help for usage)')
    .exitOverride();
  for (const name of COMMAND_NAMES) {
    const info = COMMAND_INFO[name];
    const positional = { dir: '[dir]', question: '[question...]', suite: '[suite]', none: '' }[info.positional];
    const sub = program
      .command(`${name}${positional ? ' ' + positional : ''}`)
      .summary(info.summary)
      .description(info.summary)
      .addHelpText('after', helpAfter(name))
      .exitOverride();
    for (const spec of optionsFor(name)) addOption(sub, spec, name);
    sub.action(async (...actionArgs: unknown[]) => {
      const cmdObj = actionArgs[actionArgs.length - 1] as Command;
      const opts = cmdObj.opts();
      let dir: string | undefined;
      let args: string[] = [];
      if (positional === '[dir]') dir = actionArgs[0] as string | undefined;
      else if (positional === '[question...]') args = (actionArgs[0] as string[]) ?? [];
      else if (positional === '[suite]') args = actionArgs[0] ? [actionArgs[0] as string] : [];
      await run(name, dir, args, toRaw(name, opts));
    });
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(async (command, dir, args, raw) => {
    // Imported here, not at the top: --help and --version never load a command's code.
    const [{ buildSettings }, { dispatch }] = await Promise.all([import('../settings'), import('../commands/dispatch')]);
    const settings = buildSettings({ command, dir, args, raw, env: process.env, cwd: process.cwd(), runtime: 'cli' });
    const result = await dispatch(settings);
    exitCode = result.exitCode;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    const log = createLogger();
    if (error instanceof InframateError) {
      log.error(error.describe());
      return error.type === 'input' ? EXIT.usage : EXIT.gaveUp;
    }
    log.error(`unexpected failure: ${(error as Error)?.message ?? String(error)}`);
    return EXIT.gaveUp;
  }
}
