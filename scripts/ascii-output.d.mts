// Types for scripts/ascii-output.mjs (used by rollup.config.js and the tests).
export function asciiCode(code: string): { code: string; ascii: boolean };
export function asciiOutput(): { name: string; renderChunk(code: string, chunk: { fileName: string }): { code: string; map: null } };
export function escapeRegexLiteral(raw: string): string;
