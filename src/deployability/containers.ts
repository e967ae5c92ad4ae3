// Containers of task definitions and the unit each one runs (matched by name).
import { isUnknown, type TfResource, type TfValue } from '../terraform/model';
import { containerDefinitions, type Container } from '../checks/aws/ecs/containers';
import type { RunContract, RunUnit } from '../runcontract/types';

export type { Container };
export { containerDefinitions };

export const str = (v: TfValue | undefined): string | undefined => (typeof v === 'string' && !isUnknown(v) ? v : undefined);

export function namesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((e) => (e && typeof e === 'object' ? (e as Record<string, unknown>).name : undefined))
    .filter((n): n is string => typeof n === 'string');
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The deployed unit a container runs: same name once both are normalised (generation may shorten or sanitise it). */
export function unitOfContainer(contract: RunContract | undefined, name: unknown): RunUnit | undefined {
  if (!contract || typeof name !== 'string') return undefined;
  const n = norm(name);
  return (
    contract.units.find((u) => u.deployed && norm(u.name) === n) ??
    contract.units.find((u) => u.deployed && (n.endsWith(`-${norm(u.name)}`) || n.startsWith(`${norm(u.name)}-`)))
  );
}

export function taskContainers(res: TfResource): Container[] {
  return containerDefinitions(res) ?? [];
}
