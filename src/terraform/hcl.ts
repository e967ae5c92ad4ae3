// hcl2json, loaded lazily (its WebAssembly module starts on import) and shared by every caller.
import { InframateError } from '../supervisor/errors';

type Hcl2Json = typeof import('@cdktf/hcl2json');
let loading: Promise<Hcl2Json> | undefined;

function hcl2json(): Promise<Hcl2Json> {
  loading ??= import('@cdktf/hcl2json');
  return loading;
}

/** hcl2json reports "file:LINE,COL-COL: summary; detail". */
const POSITION = /^(.*?):(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*(.*)$/s;

/** Parse one HCL file to the hcl2json JSON shape. Syntax errors become terraform errors with file and line. */
export async function parseHcl(file: string, content: string): Promise<Record<string, unknown>> {
  const lib = await hcl2json();
  try {
    return (await lib.parse(file, content)) as Record<string, unknown>;
  } catch (error) {
    const raw = (error as Error)?.message ?? String(error);
    const first = (raw.split('\n')[0] ?? raw).replace(/^\[/, '').replace(/\]$/, '');
    const m = POSITION.exec(first);
    if (m) {
      throw new InframateError('terraform', m[4]!.trim(), { file, line: Number(m[2]), column: Number(m[3]), cause: error });
    }
    throw new InframateError('terraform', first, { file, cause: error });
  }
}
