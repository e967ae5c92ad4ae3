// HCL parsing for every caller: Inframate's own native-syntax parser (src/terraform/hclsyntax),
// which produces exactly the JSON shape of @cdktf/hcl2json — the reference it is tested against on
// every fixture and under fuzzing — without a WebAssembly runtime to start, bounded in nesting.
import { InframateError } from '../supervisor/errors';
import { hclToJson, isHclSyntaxError, positionOf } from './hclsyntax/index';

/** Parse one HCL file to the hcl2json JSON shape. Syntax errors become terraform errors with file and line. */
export async function parseHcl(file: string, content: string): Promise<Record<string, unknown>> {
  return parseHclSync(file, content);
}

export function parseHclSync(file: string, content: string): Record<string, unknown> {
  try {
    return hclToJson(content);
  } catch (error) {
    if (isHclSyntaxError(error)) {
      const { line, column } = positionOf(content, error.offset);
      throw new InframateError('terraform', `${error.summary}; ${error.detail}`, { file, line, column, cause: error });
    }
    throw error;
  }
}
