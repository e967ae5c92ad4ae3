import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error rollup.config.js is plain JavaScript without types
import { HCL2JSON_REWRITES, hcl2jsonAsset } from '../../rollup.config.js';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@cdktf/hcl2json/package.json'));

type Rewrite = { file: string; find: string; replace: string };
type Transform = (this: { error(msg: string): never }, code: string, id: string) => { code: string } | null;

const ctx = {
  error(msg: string): never {
    throw new Error(msg);
  },
};

describe('the hcl2json rewrite in the bundle', () => {
  const plugin = hcl2jsonAsset() as { transform: Transform };

  it.each(HCL2JSON_REWRITES as Rewrite[])('still finds its target in the installed package: $file', (r) => {
    const id = join(pkgDir, r.file);
    const out = plugin.transform.call(ctx, readFileSync(id, 'utf8'), id);
    expect(out?.code).toContain(r.replace);
    expect(out?.code).not.toContain(r.find);
  });

  it('fails loudly when the code it rewrites is no longer there', () => {
    const id = join(pkgDir, 'lib', 'bridge.js');
    expect(() => plugin.transform.call(ctx, 'const wasm = loadSomewhereElse();', id)).toThrow(/@cdktf\/hcl2json changed/);
  });

  it('leaves other modules alone', () => {
    expect(plugin.transform.call(ctx, 'x', '/somewhere/else.js')).toBeNull();
  });
});
