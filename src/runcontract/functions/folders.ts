// Plain handler folders (no deployment configuration): functions/<name>/handler.{js,ts,py},
// lambdas/<name>/index.js, lambda/<name>.py… whose code exports a Lambda handler
// (`exports.handler`, `export const handler`, `def lambda_handler(event, context)`).
import { posix } from 'node:path';
import type { RepoFiles } from '../files';
import { runtimeOfFile } from './paths';
import type { ServerlessLayout } from './types';

const FOLDER =
  /(^|\/)(functions|lambdas?|handlers|lambda-functions)\/(?:([\w.-]+)\/(?:src\/)?)?(handler|index|app|main|lambda_function|lambda|[\w-]+)\.(js|mjs|cjs|ts|py)$/;
const SKIP = /(^|\/)(node_modules|tests?|__tests__|dist|build|\.aws-sam|\.serverless|cdk\.out)\//;
const EXPORTS: { language: 'js' | 'py'; pattern: RegExp }[] = [
  {
    language: 'js',
    pattern:
      /^\s*(?:export\s+(?:const|let|async\s+function|function)\s+(\w*[hH]andler\w*|main)\b|(?:module\.)?exports\.(\w*[hH]andler\w*|main)\s*=)/m,
  },
  { language: 'py', pattern: /^def\s+(lambda_handler|handler|\w+_handler)\s*\(\s*event\s*,\s*context\s*\)/m },
];

export function readFolders(files: RepoFiles, out: ServerlessLayout): void {
  for (const file of files.runtime) {
    const m = FOLDER.exec(file);
    if (!m || SKIP.test(file)) continue;
    const text = files.read(file) ?? '';
    const py = file.endsWith('.py');
    const hit = EXPORTS.find((e) => e.language === (py ? 'py' : 'js'))!.pattern.exec(text);
    if (!hit) continue;
    const exportName = hit[1] ?? hit[2]!;
    const line = text.slice(0, hit.index + (hit[0].length - hit[0].trimStart().length)).split('\n').length;
    const codeDir = posix.dirname(file);
    const base = posix.basename(file).replace(/\.[^.]+$/, '');
    const name = m[3] ?? base;
    out.functions.push({
      name,
      handler: `${base}.${exportName}`,
      source: file,
      codeDir,
      runtime: runtimeOfFile(file),
      // No configuration says the route: the function's folder name, every method, and below it.
      routes: [
        { method: 'ANY', path: `/${name}`, api: 'http' as const, evidence: { file, line } },
        { method: 'ANY', path: `/${name}/{proxy+}`, api: 'http' as const, evidence: { file, line } },
      ].filter((r) => /^\/[A-Za-z0-9._~-]+/.test(r.path)),
      env: [],
      tool: 'folder',
      evidence: { file, line, excerpt: hit[0].trim().slice(0, 120) },
    });
  }
}
