// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with their shared chunks.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { precompileTemplates } from './scripts/precompile-templates.mjs';
import { indexProviderSchema } from './scripts/schema-index.mjs';
import { asciiOutput } from './scripts/ascii-output.mjs';

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
    precompileTemplates(),
    indexProviderSchema(),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs({ ignoreDynamicRequires: true, transformMixedEsModules: true }),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'node22', tsconfig: 'tsconfig.json' }),
    asciiOutput(),
  ],
};
