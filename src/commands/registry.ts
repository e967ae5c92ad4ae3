import type { CommandName } from '../core/types';
import analyze from './analyze';
import auto from './auto';
import diagnose from './diagnose';
import drift from './drift';
import evalCommand from './eval';
import incident from './incident';
import inspect from './inspect';
import optimize from './optimize';
import secure from './secure';
import serve from './serve';
import type { AnyCommand } from './types';
import visualize from './visualize';

export const COMMANDS: Record<CommandName, AnyCommand> = {
  analyze,
  secure,
  optimize,
  visualize,
  auto,
  drift,
  diagnose,
  incident,
  inspect,
  eval: evalCommand,
  serve,
};
