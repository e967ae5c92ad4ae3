// Reading a generated module the way the gates do: through the loader, with module calls and
// for_each evaluated, so tests name units and settings rather than file names and text.
import { loadTerraformFiles } from '../../src/terraform/load';
import type { LoadedTerraform, TfResource, TfValue } from '../../src/terraform/model';

export const loadGenerated = (files: Map<string, string>) =>
  loadTerraformFiles('/generated', new Map([...files].filter(([f]) => f.endsWith('.tf'))));

/** The resources of one unit's ECS service module instance (module.ecs_service["web"]). */
export function unitResources(loaded: LoadedTerraform, unit: string, type?: string): TfResource[] {
  const path = `module.ecs_service[${JSON.stringify(unit)}]`;
  return loaded.resources.filter((r) => r.modulePath === path && (type === undefined || r.type === type));
}

/** The container of a unit's task definition, evaluated (unknown parts in place). */
export function unitContainer(loaded: LoadedTerraform, unit: string): Record<string, TfValue> {
  const td = unitResources(loaded, unit, 'aws_ecs_task_definition')[0];
  if (!td) throw new Error(`no task definition for ${unit}`);
  return (td.documents?.container_definitions as Record<string, TfValue>[])[0]!;
}

/** Names in a container's environment and secrets lists. */
export function containerNames(c: Record<string, TfValue>): { environment: string[]; secrets: string[] } {
  const names = (v: TfValue | undefined) => ((v ?? []) as { name: string }[]).map((x) => x.name);
  return { environment: names(c.environment), secrets: names(c.secrets) };
}
