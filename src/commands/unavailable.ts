import type { CommandName } from '../core/types';
import { InputError } from '../supervisor/errors';
import type { BaseReport, CommandModule } from './types';

/** A command whose issue has not landed: a clear answer and exit 2, never a fake result. */
export function unavailableCommand(name: CommandName, usage: string, summary: string): CommandModule<BaseReport> {
  return {
    name,
    usage,
    summary,
    available: false,
    formats: ['markdown'],
    run: async () => {
      throw new InputError(`"${name}" is not available yet in this version of inframate`);
    },
    renderMarkdown: () => '',
  };
}
