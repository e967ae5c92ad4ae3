// Inframate's own HCL native-syntax parser: the same JSON as @cdktf/hcl2json (which stays a
// development dependency, as the oracle of the differential tests), without starting a WebAssembly
// Go runtime, bounded in nesting, linear in time and memory.
import { HclSyntaxError } from './ast';
import { convertBody } from './convert';
import { parseConfig } from './parser';

export { HclSyntaxError } from './ast';
export { MAX_DEPTH } from './parser';

export interface HclPosition {
  line: number;
  column: number;
}

/** 1-based line and column (in characters) of a source offset. */
export function positionOf(src: string, offset: number): HclPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < src.length; i++) {
    if (src.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** One file's HCL → the hcl2json JSON shape. Throws HclSyntaxError on invalid input. */
export function hclToJson(src: string): Record<string, unknown> {
  return convertBody(src, parseConfig(src));
}

export function isHclSyntaxError(e: unknown): e is HclSyntaxError {
  return e instanceof HclSyntaxError;
}
