// Roles from names, images and commands (tables/roles.ts), and from how a process is exposed.
import type { UnitRole } from './types';
import { ROLE_RULES } from './tables/roles';

export function ruleRole(
  name: string,
  image?: string,
  command?: string,
  only?: ReadonlySet<UnitRole>,
): { role: UnitRole; reason: string } | null {
  for (const r of ROLE_RULES) {
    if (only && !only.has(r.role)) continue;
    if (r.name && r.name.test(name)) return { role: r.role, reason: `${r.reason}: ${name}` };
    if (r.image && image && r.image.test(image)) return { role: r.role, reason: `${r.reason}: ${image}` };
    if (r.command && command && r.command.test(command)) return { role: r.role, reason: `${r.reason}: ${command.slice(0, 80)}` };
  }
  return null;
}

export const NOT_DEPLOYED: ReadonlySet<UnitRole> = new Set<UnitRole>([
  'test',
  'seed',
  'load-generator',
  'dev-tool',
  'optional',
  'datastore',
]);
/** Roles a code folder can be given from its name or start command alone. */
export const FOLDER_ROLES: ReadonlySet<UnitRole> = new Set<UnitRole>(['test', 'load-generator', 'seed']);
