import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { u as unavailableCommand } from './unavailable-B4hH7bWv.js';
import './errors-Ca2lS9_g.js';

var serve = unavailableCommand("serve", "serve --port PORT", "HTTP receiver for Alertmanager webhooks");

export { serve as default };
