// One-off commands of a unit (tables/one-off.ts): migrations, collectstatic, seeds.
import type { OneOffCommand } from './types';
import type { RepoFiles } from './files';
import { ONE_OFF_RULES, PACKAGE_MIGRATE_SCRIPTS } from './tables/one-off';

export function oneOffCommands(
  files: RepoFiles,
  unitPath: string,
  unitFiles: readonly string[],
  frameworks: readonly string[],
): OneOffCommand[] {
  const out: OneOffCommand[] = [];
  const rel = (p: string) => (unitPath === '.' ? p : p.slice(unitPath.length + 1));
  const code = unitFiles.filter((p) => /\.(py|js|ts|mjs|go|rs|cs|rb|php|java|kt)$/.test(p));
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
