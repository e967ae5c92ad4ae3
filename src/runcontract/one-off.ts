// One-off commands of a unit (tables/one-off.ts): migrations, collectstatic, seeds.
import type { OneOffCommand } from './types';
import type { RepoFiles } from './files';
import { ONE_OFF_RULES, PACKAGE_MIGRATE_SCRIPTS } from './tables/one-off';

/** Package-manager invocations of a script: `npm run x`, `pnpm x`, `yarn x`, and each name `npm-run-all` / `run-s` / `run-p` runs. */
const SCRIPT_CALL =
  /\b(?:npm\s+run|pnpm(?:\s+run)?|yarn(?:\s+run)?)\s+([\w:.-]+)|\b(?:npm-run-all|run-s|run-p)((?:\s+(?:-[\w-]+|[\w:.-]+))+)/g;
/** Files a command runs: `node scripts/x.js`, `sh docker-entrypoint.sh`, `./bin/start`. */
const FILE_CALL = /(?:\b(?:node|tsx|ts-node|sh|bash)\s+|(?:^|\s|["'])\.\/)([\w./-]+\.(?:js|mjs|cjs|ts|sh)|[\w./-]+)/g;

/**
 * What the container runs when it starts: the unit's Dockerfile CMD / ENTRYPOINT, followed through the
 * package scripts and the script files it calls (bounded). A migration found there runs at every start.
 */
export function startChainText(files: RepoFiles, unitPath: string, unitFiles: readonly string[]): string {
  const rel = (p: string) => (unitPath === '.' ? p : p.slice(unitPath.length + 1));
  const dockerfile = unitFiles.find((p) => /^Dockerfile$/.test(rel(p)));
  if (!dockerfile) return '';
  // Exec form (`CMD ["pnpm", "start"]`) read as the words it runs.
  const starts = (files.read(dockerfile) ?? '')
    .split('\n')
    .filter((l) => /^\s*(CMD|ENTRYPOINT)\b/.test(l))
    .map((l) => l.replace(/["',[\]]+/g, ' '));
  let scripts: Record<string, string> = {};
  const pkg = unitFiles.find((p) => rel(p) === 'package.json');
  try {
    if (pkg) scripts = (JSON.parse(files.read(pkg) ?? '{}') as { scripts?: Record<string, string> }).scripts ?? {};
  } catch {
    // Malformed package.json: the profile already warned about it.
  }
  const seen = new Set<string>();
  const parts: string[] = [];
  let queue = starts.slice(-2);
  for (let depth = 0; depth < 5 && queue.length; depth++) {
    const next: string[] = [];
    for (const text of queue) {
      parts.push(text);
      for (const m of text.matchAll(SCRIPT_CALL)) {
        const names = m[1] ? [m[1]] : (m[2] ?? '').split(/\s+/).filter((n) => n && !n.startsWith('-'));
        for (const n of names)
          if (scripts[n] !== undefined && !seen.has(`s:${n}`)) {
            seen.add(`s:${n}`);
            next.push(scripts[n]!);
          }
      }
      for (const m of text.matchAll(FILE_CALL)) {
        const file = unitFiles.find((p) => rel(p) === m[1]!.replace(/^\.\//, ''));
        if (file && !seen.has(`f:${file}`) && parts.length < 50) {
          seen.add(`f:${file}`);
          next.push((files.read(file) ?? '').slice(0, 100_000));
        }
      }
    }
    queue = next;
  }
  return parts.join('\n');
}

export function oneOffCommands(
  files: RepoFiles,
  unitPath: string,
  unitFiles: readonly string[],
  frameworks: readonly string[],
): OneOffCommand[] {
  const out: OneOffCommand[] = [];
  const rel = (p: string) => (unitPath === '.' ? p : p.slice(unitPath.length + 1));
  const code = unitFiles.filter((p) => /\.(py|js|ts|mjs|go|rs|cs|rb|php|java|kt)$/.test(p));
  let started: string | undefined;
  const startText = () => (started ??= startChainText(files, unitPath, unitFiles));
  for (const rule of ONE_OFF_RULES) {
    if (out.some((o) => o.kind === rule.kind && rule.kind !== 'seed')) continue;
    if (rule.framework && !frameworks.includes(rule.framework)) continue;
    const found = rule.requires.map((r) => unitFiles.find((p) => (typeof r === 'string' ? rel(p) === r : r.test(rel(p)))));
    if (found.some((f) => !f)) continue;
    if (
      rule.contains &&
      !unitFiles.some((p) => /\.(py|js|ts|go|rs|cs|rb|php|toml|sql|json)$/.test(p) && rule.contains!.test(files.read(p) ?? ''))
    )
      continue;
    if (rule.selfRunning && code.some((p) => rule.selfRunning!.test(files.read(p) ?? ''))) continue;
    if (rule.startRuns && rule.startRuns.test(startText())) continue;
    if (
      rule.builtBy &&
      unitFiles.some(
        (p) => /(^|\/)Dockerfile[\w.-]*$/.test(p) && /^\s*RUN\b/m.test(files.read(p) ?? '') && rule.builtBy!.test(files.read(p) ?? ''),
      )
    )
      continue;
    const first = found[found.length - 1]!;
    out.push({ kind: rule.kind, command: rule.command, tool: rule.tool, when: rule.when, evidence: [{ file: first }] });
  }
  if (!out.some((o) => o.kind === 'migrate')) {
    const pkg = unitFiles.find((p) => rel(p) === 'package.json');
    if (pkg) {
      try {
        const scripts = (JSON.parse(files.read(pkg) ?? '{}') as { scripts?: Record<string, string> }).scripts ?? {};
        const name = PACKAGE_MIGRATE_SCRIPTS.find((n) => typeof scripts[n] === 'string');
        if (name) {
          const tool = /prisma/.test(scripts[name])
            ? 'prisma'
            : /typeorm/.test(scripts[name])
              ? 'typeorm'
              : /knex/.test(scripts[name])
                ? 'knex'
                : /sequelize/.test(scripts[name])
                  ? 'sequelize'
                  : 'npm';
          const line = (files.read(pkg) ?? '').split('\n').findIndex((l) => l.includes(`"${name}"`)) + 1;
          out.push({
            kind: 'migrate',
            command: `npm run ${name}`,
            tool,
            when: 'every-deploy',
            evidence: [{ file: pkg, line: line || undefined, excerpt: `"${name}": "${scripts[name]}"`.slice(0, 160) }],
          });
        }
      } catch {
        // Malformed package.json: the profile already warned about it.
      }
    }
  }
  return out;
}
