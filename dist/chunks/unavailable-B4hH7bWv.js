import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { I as InputError } from './errors-Ca2lS9_g.js';

function unavailableCommand(name, usage, summary) {
  return {
    name,
    usage,
    summary,
    available: false,
    formats: ["markdown"],
    run: async () => {
      throw new InputError(`"${name}" is not available yet in this version of inframate`);
    },
    renderMarkdown: () => ""
  };
}

export { unavailableCommand as u };
