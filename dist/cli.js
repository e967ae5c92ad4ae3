#!/usr/bin/env node
import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateFileURLToPath(import.meta.url));
const require = __inframateCreateRequire(import.meta.url);
import './chunks/zod-jitless-bAI4GUHW.js';
import * as nodeModule from 'node:module';

try {
  nodeModule.enableCompileCache?.();
} catch {
}
const { main } = await import('./chunks/main-Caus_aUB.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`inframate: unexpected failure: ${error?.message ?? String(error)}
`);
    process.exitCode = 3;
  }
);
