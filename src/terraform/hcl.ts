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
      // hcl2json joins every diagnostic into one message; keep the first and say how many more there are.
      const rest = m[4]!.split(/\s(?=\S+:\d+,\d+(?:-\d+(?:,\d+)?)?:\s)/);
      const more = rest.length > 1 ? ` (and ${rest.length - 1} more error${rest.length > 2 ? 's' : ''})` : '';
      throw new InframateError('terraform', rest[0]!.trim() + more, { file, line: Number(m[2]), column: Number(m[3]), cause: error });
    }
    throw new InframateError('terraform', first, { file, cause: error });
  }
}
