// The gates read the module layout through the loader: module calls with for_each are evaluated, so
// a wrong setting in one entry of the root's map is found in that unit's module instance, and the
// shared module adds no security finding.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { buildRunContract } from '../../src/runcontract';
import type { RunContract } from '../../src/runcontract/types';
import { defaultRequirements } from '../../src/spec';
import { renderModule } from '../../src/terraform/render';
import { loadProviderSchema, validateModule } from '../../src/terraform/validate';
import { unitContainer, loadGenerated } from './evaluated';
import { profile, service } from '../recommend/helpers';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'runcontract');
const schema = loadProviderSchema();

async function generate(app: string) {
  const dir = join(CORPUS, app);
  const profile = await profileDirectory(dir, { source: 'walk' });
  const contract = await buildRunContract(dir, profile);
  const rec = recommend(profile, { ...defaultRequirements('defaults', 'us-east-1'), appName: app.slice(0, 20) }, contract);
  const files = renderModule({
    project: 'app',
    environment: 'dev',
    region: 'us-east-1',
    tags: {},
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
  }).files;
  return { files, contract };
}

const gate = (files: Map<string, string>, contract: RunContract) =>
  validateModule('/tmp/inframate-layout-gate', files, { schema, contract, enforceContract: true });

/** The files with one edit of the root's service map. */
function edited(files: Map<string, string>, from: RegExp, to: string): Map<string, string> {
  const root = files.get('ecs-services.tf')!;
  expect(root).toMatch(from);
  return new Map(files).set('ecs-services.tf', root.replace(from, to));
}

describe('gates on the module layout', () => {
  it('good: the generated root and module pass every gate', async () => {
    const { files, contract } = await generate('django-on-docker');
    const v = await gate(files, contract);
    expect(v.schemaErrors).toEqual([]);
    expect(v.unresolvedReferences).toEqual([]);
    expect(v.findings).toEqual([]);
    expect(v.deployability.failures).toEqual([]);
    expect(v.passed).toBe(true);
  });

  it('bad: a required variable removed from one map entry fails required-variables in that module instance', async () => {
    const { files, contract } = await generate('django-on-docker');
    const bad = edited(files, /\n\s+"SECRET_KEY"\s+= [^\n]+/, '');
    const v = await gate(bad, contract);
    expect(v.deployability.failures.map((f) => [f.rule, f.resource])).toContainEqual([
      'required-variables',
      'module.ecs_service["web"].aws_ecs_task_definition.this',
    ]);
    expect(v.passed).toBe(false);
  });

  it('bad: a wrong health path in one map entry fails health-check-path on that unit’s target group', async () => {
    // zero2prod serves /health_check (src/startup.rs): the generated entry says so, and the gate
    // reads it through the module's conditional target group.
    const { files, contract } = await generate('rust-zero2prod');
    expect((await gate(files, contract)).deployability.failures).toEqual([]);
    const bad = edited(files, /health_check_path(\s+)= "\/health_check"/, 'health_check_path$1= "/nothing-here"');
    const v = await gate(bad, contract);
    expect(v.deployability.failures.map((f) => [f.rule, f.resource])).toContainEqual([
      'health-check-path',
      'module.ecs_service["zero2prod"].aws_lb_target_group.this[0]',
    ]);
  });

  it('bad: a container port that is not the listen port fails container-port', async () => {
    const { files, contract } = await generate('django-on-docker');
    const bad = edited(files, /container_port(\s+)= \d+/, 'container_port$1= 3999');
    const v = await gate(bad, contract);
    expect(v.deployability.failures.map((f) => f.rule)).toContain('container-port');
  });

  it('bad: an argument the module does not declare is a schema error naming the module call', async () => {
    const { files, contract } = await generate('django-on-docker');
    const root = files.get('ecs-services.tf')!;
    const bad = new Map(files).set('ecs-services.tf', root.replace('  name    = each.key\n', '  name    = each.key\n  colour  = "blue"\n'));
    const v = await gate(bad, contract);
    expect(v.schemaErrors.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/module "ecs_service": unsupported argument "colour"/),
    );
    const missing = new Map(files).set('ecs-services.tf', root.replace(/\n\s+vpc_id\s+= aws_vpc\.main\.id/, ''));
    const w = await gate(missing, contract);
    expect(w.schemaErrors.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/module "ecs_service": missing required argument "vpc_id"/),
    );
  });

  it('the ECS service module adds no security finding on the largest fixture (same advisories as the resources it replaced)', async () => {
    const { files, contract } = await generate('microservices-demo');
    const v = await gate(files, contract);
    expect(v.findings).toEqual([]);
    const fromModule = v.advisories.filter((a) => a.resource.startsWith('module.ecs_service['));
    // Per unit, exactly the low-severity advisories the one-file layout had: log group CMK and
    // retention, writable root filesystem.
    expect([...new Set(fromModule.map((a) => a.ruleId))].sort()).toEqual([
      'aws-cloudwatch-log-group-cmk',
      'aws-cloudwatch-log-retention-one-year',
      'aws-ecs-read-only-root-filesystem',
    ]);
    expect(fromModule).toHaveLength(3 * 10);
  });

  it('for_each keys are the unit names; adding a unit changes only the map', async () => {
    const { files } = await generate('microservices-demo');
    const loaded = await loadGenerated(files);
    const keys = loaded.modules.filter((m) => m.name === 'ecs_service').map((m) => m.index);
    expect(keys).toContain('frontend');
    expect(keys).toContain('cartservice');
    expect(unitContainer(loaded, 'frontend').name).toBe('frontend');
  });
});

describe('adding a unit', () => {
  it('changes the maps, not the module: a second worker adds one entry and touches no module file', async () => {
    const base = [service({ name: 'api', datastores: ['postgresql'], dockerfile: 'api/Dockerfile' })];
    const render = (units: ReturnType<typeof service>[]) => {
      const p = profile(units);
      const rec = recommend(p, { ...defaultRequirements('defaults', 'us-east-1'), appName: 'shop' });
      return renderModule({
        project: 'shop',
        environment: 'dev',
        region: 'us-east-1',
        tags: {},
        components: rec.components,
        serviceDatastores: rec.serviceDatastores,
      }).files;
    };
    const one = render(base);
    const two = render([...base, service({ name: 'mailer', datastores: ['postgresql'], dockerfile: 'mailer/Dockerfile' })]);
    const changed = [...two.keys()].filter((f) => one.get(f) !== two.get(f)).sort();
    // The module files are byte-identical; only the root's maps change (and the README).
    expect(changed.filter((f) => f.startsWith('modules/'))).toEqual([]);
    expect(changed).toEqual(['README.md', 'ecr-repositories.tf', 'ecs-services.tf']);
    // The datastore admits the new unit through its for_each rule over the map.
    const ingress = (await loadGenerated(two)).resources.filter((r) => r.name === 'postgresql_from_services');
    expect(ingress.map((r) => r.index).sort()).toEqual(['api', 'mailer']);
    const root = two.get('ecs-services.tf')!;
    expect(root.match(/^ {4}"[a-z-]+" = \{$/gm)).toEqual(['    "api" = {', '    "mailer" = {']);
    // The module call is the same text.
    const call = (t: string) => t.slice(t.indexOf('module "ecs_service"'));
    expect(call(root)).toBe(call(one.get('ecs-services.tf')!));
    const loaded = await loadGenerated(two);
    expect(
      loaded.modules
        .filter((m) => m.name === 'ecs_service')
        .map((m) => m.index)
        .sort(),
    ).toEqual(['api', 'mailer']);
  });
});
