// Handler strings → code files: "todos/create.create" is todos/create.{py,js,ts,…} under the
// configuration's folder (SAM: under CodeUri). Only paths inside the repository are considered.
import { posix } from 'node:path';

const CODE_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs', '.mts', '.py', '.rb', '.tsx'];

export const joinRel = (...parts: string[]): string => {
  const p = posix.normalize(parts.filter((x) => x && x !== '.').join('/') || '.');
  return p.replace(/^\.\//, '').replace(/\/$/, '') || '.';
};

/** Is a normalized relative path inside the repository (no leading .. or absolute)? */
export const inside = (p: string): boolean => !p.startsWith('..') && !p.startsWith('/');

/** The module part of a handler ("todos/create" of "todos/create.create"; "src/list" of "src/list.main"). */
export function handlerModule(handler: string): string {
  const i = handler.lastIndexOf('.');
  return i > 0 ? handler.slice(0, i) : handler;
}

/** The exported function name of a handler ("main" of "src/list.main"). */
export function handlerExport(handler: string): string {
  const i = handler.lastIndexOf('.');
  return i > 0 ? handler.slice(i + 1) : 'handler';
}

/** The code file a handler names, when one of the known extensions exists. */
export function handlerSource(all: ReadonlySet<string>, base: string, handler: string): string | null {
  const mod = joinRel(base, handlerModule(handler));
  if (!inside(mod)) return null;
  for (const ext of CODE_EXTENSIONS) if (all.has(mod + ext)) return mod + ext;
  for (const ext of CODE_EXTENSIONS) if (all.has(`${mod}/index${ext}`)) return `${mod}/index${ext}`;
  return null;
}

/** Runtime implied by a code file's extension (used when the configuration names none). */
export function runtimeOfFile(file: string | null): string | null {
  if (!file) return null;
  if (/\.py$/.test(file)) return 'python';
  if (/\.[cm]?[jt]sx?$/.test(file)) return 'nodejs';
  if (/\.rb$/.test(file)) return 'ruby';
  return null;
}
