import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { relative, join, isAbsolute } from 'node:path';

const driftFiles = /* @__PURE__ */ new WeakMap();
function driftPullRequestFiles(report, dir, workspace) {
  const files = driftFiles.get(report);
  if (!files) return [];
  const out = [];
  for (const [path, content] of files) {
    const rel = relative(workspace, join(dir, path)).split("\\").join("/");
    if (!rel || rel.startsWith("..") || isAbsolute(rel)) continue;
    out.push({ path: rel, content });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export { driftPullRequestFiles as a, driftFiles as d };
