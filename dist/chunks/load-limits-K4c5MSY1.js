import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { m as markdownCode, t as tableCell } from './markdown-Xcqzlf9y.js';
import { a as InframateError } from './errors-D-4Njnnn.js';

function filesNotScanned(loaded) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of loaded.errors) if (!seen.has(e.file)) seen.set(e.file, { file: e.file, line: e.line, message: e.message });
  return [...seen.values()].sort((a, b) => a.file.localeCompare(b.file));
}
function renderNotScannedMarkdown(list, heading = "##") {
  if (!list?.length) return [];
  return [
    "",
    `${heading} Files not scanned (${list.length})`,
    "",
    "These files could not be read, parsed or evaluated; nothing in them was checked.",
    "",
    "| file | line | problem |",
    "|---|---|---|",
    ...list.map((e) => `| ${markdownCode(e.file)} | ${e.line} | ${tableCell(e.message, { max: 300 })} |`)
  ];
}

const STRATEGY = { "nesting-depth": "unknown-value", "instance-budget": "instance-budget" };
function recordLoadLimits(supervisor, step, loaded) {
  for (const w of loaded.warnings ?? []) {
    if (!w.code) continue;
    supervisor.record({
      step,
      error: new InframateError("input", w.message, { file: w.file, line: w.line, code: w.code }),
      attempts: 1,
      recovered: true,
      strategy: STRATEGY[w.code] ?? w.code
    });
  }
}

export { recordLoadLimits as a, filesNotScanned as f, renderNotScannedMarkdown as r };
