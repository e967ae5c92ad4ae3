// Types for scripts/precompile-templates.mjs (used by rollup.config.js and the tests).
export const COMPILE_OPTIONS: { noEscape: boolean; strict: boolean; preventIndent: boolean };
export function sha256(text: string): string;
export function templateFiles(dir: string): string[];
export function mustachesOf(ast: unknown): [string, number, number][];
export function precompiledModule(templatesRoot: string): string;
export function precompileTemplates(options?: { root?: string }): { name: string; load(id: string): string | null };
