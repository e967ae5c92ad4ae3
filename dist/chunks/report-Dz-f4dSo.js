import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
function buildErrorReport(records) {
  const recovered = records.filter((r) => r.recovered).length;
  return { errors: [...records], total: records.length, recovered, unrecovered: records.length - recovered };
}
function emptyErrorReport() {
  return buildErrorReport([]);
}

export { buildErrorReport as b, emptyErrorReport as e };
