import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
const CATEGORIES = [
  "access-denied",
  "authentication",
  "throttling",
  "quota-exceeded",
  "state-lock",
  "already-exists",
  "not-found",
  "dependency-violation",
  "invalid-parameter",
  "provider-config",
  "syntax",
  "timeout",
  "network",
  "capacity",
  "unknown"
];
const CATEGORY_ORDER = [
  "syntax",
  "provider-config",
  "authentication",
  "state-lock",
  "access-denied",
  "quota-exceeded",
  "capacity",
  "invalid-parameter",
  "already-exists",
  "not-found",
  "dependency-violation",
  "throttling",
  "network",
  "timeout",
  "unknown"
];

export { CATEGORIES as C, CATEGORY_ORDER as a };
