// The entry points switch zod to its interpreted path through the global zod reads its configuration
// from, before zod is loaded: this holds only while zod keeps reading that global.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('zod without run-time compilation', () => {
  it('zod, loaded after the entry module, is jitless and still validates', () => {
    const entry = join(import.meta.dirname, '..', '..', 'src', 'core', 'zod-jitless.ts');
    const script = `
      await import(${JSON.stringify(entry)});
      const { z } = await import('zod');
      const s = z.strictObject({ a: z.number().int(), b: z.string().min(2) });
      console.log(JSON.stringify({ jitless: z.config().jitless, ok: s.safeParse({ a: 1, b: 'xy' }).success, bad: s.safeParse({ a: 1.5, b: 'xy', c: 1 }).error?.issues.length }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ jitless: true, ok: true, bad: 2 });
  });
});
