// Helpers shared by the manifest parsers: an empty manifest, JSON with line numbers in errors.
import type { ManifestWarning, ParsedManifest } from '../ecosystems/types';

export function emptyManifest(packageManager: string | null): ParsedManifest {
  return { packageManager, name: null, deps: [], scripts: {}, workspaceRoot: false, workspaces: [] };
}

/** Line (1-based) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON.parse with the error reduced to "line: message". */
export function parseJson(text: string): { value: unknown } | { warning: ManifestWarning } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const msg = (error as Error).message;
    const lineCol = /line (\d+)/.exec(msg);
    const pos = /position (\d+)/.exec(msg);
    // "Unexpected end of JSON input" has no position: the problem is at the end.
    const line = lineCol
      ? Number(lineCol[1])
      : pos
        ? lineAt(text, Number(pos[1]))
        : /end of JSON/i.test(msg)
          ? lineAt(text.trimEnd(), text.trimEnd().length)
          : undefined;
    return {
      warning: {
        line,
        message: `malformed JSON: ${msg.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '')}`,
      },
    };
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const stringRecord = (v: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (isRecord(v)) for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val;
  return out;
};
