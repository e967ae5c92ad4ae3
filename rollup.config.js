// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with their shared chunks.
// @cdktf/hcl2json loads main.wasm.gz relative to its own file; the bundle moves that file
// to dist/hcl2json/, so the lookup is rewritten here. If the code being rewritten changes
// upstream, the build fails instead of producing a bundle that breaks at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const require = createRequire(import.meta.url);
const hcl2jsonDir = dirname(require.resolve('@cdktf/hcl2json/package.json'));

export const HCL2JSON_REWRITES = [
  {
    file: join('lib', 'bridge.js'),
    find: '(0, path_1.join)(__dirname, "..", "main.wasm.gz")',
    replace: '(0, path_1.join)(globalThis.__inframateDistDir, "hcl2json", "main.wasm.gz")',
  },
  {
    file: join('lib', 'bridge.js'),
    find: 'require(`../wasm/bridge_wasm_exec.js`)',
    replace: 'require("../wasm/bridge_wasm_exec.js")',
  },
  {
    // There is no "performance" package: Node has the global (and perf_hooks). Left as is, the
    // bundler would hoist this require into an import that fails at load time.
    file: join('wasm', 'bridge_wasm_exec.js'),
    find: 'require("performance")',
    replace: 'require("perf_hooks").performance',
  },
];

export function hcl2jsonAsset() {
  const seen = new Set();
  return {
    name: 'inframate-hcl2json-asset',
    transform(code, id) {
      if (!id.startsWith(hcl2jsonDir)) return null;
      const rewrites = HCL2JSON_REWRITES.filter((r) => id.endsWith(r.file));
      if (rewrites.length === 0) return null;
      let out = code;
      for (const { find, replace } of rewrites) {
        if (!out.includes(find)) {
          this.error(
            `@cdktf/hcl2json changed: expected to rewrite ${JSON.stringify(find)} in ${id}. ` +
              'Update HCL2JSON_REWRITES in rollup.config.js.',
          );
        }
        out = out.split(find).join(replace);
      }
      seen.add(id);
      return { code: out, map: null };
    },
    buildEnd() {
      // Every file we rewrite must have been part of the build, or the lookup was not fixed.
      for (const r of HCL2JSON_REWRITES) {
        if (![...seen].some((id) => id.endsWith(r.file))) this.error(`@cdktf/hcl2json: ${r.file} was not bundled; its rewrite did not run`);
      }
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'hcl2json/main.wasm.gz',
        source: readFileSync(join(hcl2jsonDir, 'main.wasm.gz')),
      });
    },
  };
}

// Every chunk may be the first to run (static imports evaluate before the importer), so each one
// records dist/ itself: entries live in dist/, shared chunks in dist/chunks/.
const banner = (levels) =>
  [
    "import { fileURLToPath as __inframateFileURLToPath } from 'node:url';",
    "import { dirname as __inframateDirname } from 'node:path';",
    "import { createRequire as __inframateCreateRequire } from 'node:module';",
    `globalThis.__inframateDistDir ??= ${'__inframateDirname('.repeat(levels)}__inframateFileURLToPath(import.meta.url)${')'.repeat(levels)};`,
    'const require = __inframateCreateRequire(import.meta.url);',
  ].join('\n');

export default {
  input: { index: 'src/index.ts', cli: 'src/cli.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    banner: (chunk) => (chunk.isEntry ? (chunk.name === 'cli' ? '#!/usr/bin/env node\n' : '') + banner(1) : banner(2)),
    sourcemap: false,
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'EVAL') return;
    warn(warning);
  },
  plugins: [
    hcl2jsonAsset(),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs({ ignoreDynamicRequires: true, transformMixedEsModules: true }),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'node22', tsconfig: 'tsconfig.json' }),
  ],
};
