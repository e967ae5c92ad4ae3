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
    find: '(0, path_1.join)(__dirname, "..", "main.wasm.gz")',
    replace: '(0, path_1.join)(globalThis.__inframateDistDir, "hcl2json", "main.wasm.gz")',
  },
  {
    find: 'require(`../wasm/bridge_wasm_exec.js`)',
    replace: 'require("../wasm/bridge_wasm_exec.js")',
  },
];

function hcl2jsonAsset() {
  return {
    name: 'inframate-hcl2json-asset',
    transform(code, id) {
      if (!id.startsWith(hcl2jsonDir) || !id.endsWith(join('lib', 'bridge.js'))) return null;
      let out = code;
      for (const { find, replace } of HCL2JSON_REWRITES) {
        if (!out.includes(find)) {
          this.error(
            `@cdktf/hcl2json changed: expected to rewrite ${JSON.stringify(find)} in ${id}. ` +
              'Update HCL2JSON_REWRITES in rollup.config.js.',
          );
        }
        out = out.split(find).join(replace);
      }
      return { code: out, map: null };
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

const banner = [
  "import { fileURLToPath as __inframateFileURLToPath } from 'node:url';",
  "import { dirname as __inframateDirname } from 'node:path';",
  "import { createRequire as __inframateCreateRequire } from 'node:module';",
  'globalThis.__inframateDistDir ??= __inframateDirname(__inframateFileURLToPath(import.meta.url));',
  'const require = __inframateCreateRequire(import.meta.url);',
].join('\n');

export default {
  input: { index: 'src/index.ts', cli: 'src/cli.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    banner: (chunk) => (chunk.isEntry ? (chunk.name === 'cli' ? '#!/usr/bin/env node\n' : '') + banner : banner),
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
