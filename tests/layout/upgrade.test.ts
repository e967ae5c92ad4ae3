// Replacing a module generated in the one-file-per-component layout: moved.tf moves every resource
// of the old layout that changed address to its new one (nothing destroyed and re-created), and
// --force removes the old per-unit files so Terraform does not read both layouts.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { buildRunContract } from '../../src/runcontract';
import { defaultRequirements } from '../../src/spec';
import { renderModule, type ModuleInput } from '../../src/terraform/render';
import { loadProviderSchema, validateModule } from '../../src/terraform/validate';
import { MANIFEST, writeModule } from '../../src/terraform/write';
import { loadGenerated } from './evaluated';

const OLD = join(import.meta.dirname, '..', 'fixtures', 'layout-upgrade', 'microservices-demo');
const APP = join(import.meta.dirname, '..', 'fixtures', 'runcontract', 'microservices-demo');

async function moduleInput(movedFromFileLayout: boolean): Promise<ModuleInput> {
  const profile = await profileDirectory(APP, { source: 'walk' });
  const contract = await buildRunContract(APP, profile);
  const rec = recommend(profile, { ...defaultRequirements('defaults', 'us-east-1'), appName: 'bench' }, contract);
  return {
    project: 'bench',
    environment: 'dev',
    region: 'us-east-1',
    tags: {},
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
    movedFromFileLayout,
  };
}

const render = async (movedFromFileLayout: boolean) => renderModule(await moduleInput(movedFromFileLayout)).files;

const oldFiles = () => new Map(readdirSync(OLD).map((f) => [f, readFileSync(join(OLD, f), 'utf8')]));

/** from → to of every moved block (the loader keeps no moved blocks: read the file we write). */
function moves(text: string): Map<string, string> {
  const blocks = [...text.matchAll(/^moved \{\n\s+from = (\S+)\n\s+to\s+= (\S+)\n\}$/gm)];
  expect(blocks.length).toBe((text.match(/^moved \{/gm) ?? []).length);
  return new Map(blocks.map((m) => [m[1]!, m[2]!]));
}

describe('upgrading a module generated in the one-file-per-component layout', () => {
  it('moves every managed resource whose address changed, to an address the new layout has', async () => {
    const before = await loadGenerated(oldFiles());
    const files = await render(true);
    const after = await loadGenerated(files);
    const moved = moves(files.get('moved.tf')!);
    const newAddresses = new Set(after.resources.filter((r) => r.kind === 'resource').map((r) => r.address));
    // Old addresses without index: a count resource moves as a whole (aws_lb_listener_rule.x[0] is one instance).
    const oldManaged = before.resources.filter((r) => r.kind === 'resource');
    const unmoved = oldManaged
      .map((r) => r.address)
      .filter((a) => !newAddresses.has(a) && !moved.has(a) && !moved.has(a.replace(/\[[^\]]+\]$/, '')));
    expect(unmoved).toEqual([]);
    for (const [from, to] of moved) {
      expect(newAddresses.has(to) || newAddresses.has(`${to}[0]`), `${from} → ${to}`).toBe(true);
      expect(
        oldManaged.some((r) => r.address === from || r.address.replace(/\[[^\]]+\]$/, '') === from),
        `${from} existed in the old layout`,
      ).toBe(true);
    }
  });

  it('the module with moved.tf passes the gate; a fresh module has no moved.tf', async () => {
    const files = await render(true);
    const v = await validateModule('/tmp/inframate-upgrade-gate', files, { schema: loadProviderSchema() });
    expect(v.schemaErrors).toEqual([]);
    expect(v.unresolvedReferences).toEqual([]);
    expect(v.findings).toEqual([]);
    expect((await render(false)).has('moved.tf')).toBe(false);
    expect(files.get('README.md')).toContain('`moved.tf`');
  });

  it('the README-only render (analyze renders the README again with costs) names moved.tf as the full render does, with or without image repositories', async () => {
    const input = await moduleInput(true);
    for (const components of [input.components, input.components.filter((c) => c.kind !== 'ecr-repository')]) {
      const full = renderModule({ ...input, components }).files;
      expect(full.has('moved.tf')).toBe(true);
      const readmeOnly = renderModule({ ...input, components }, undefined, (f) => f === 'README.md').files;
      expect([...readmeOnly.keys()]).toEqual(['README.md']);
      expect(readmeOnly.get('README.md')).toContain('`moved.tf`');
      expect(readmeOnly.get('README.md')).toBe(full.get('README.md'));
    }
  });

  it('--force removes the old layout’s files listed in the manifest, and only those; without --force nothing is written', async () => {
    const out = join('/tmp', 'inframate-layout-upgrade', 'infra');
    rmSync(join(out, '..'), { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const [f, text] of oldFiles()) writeFileSync(join(out, f), text);
    writeFileSync(join(out, MANIFEST), JSON.stringify({ generator: 'inframate', files: [...oldFiles().keys()] }));
    writeFileSync(join(out, 'team-notes.tf'), '# ours\n'); // not Inframate's: never removed
    const files = await render(true);
    await expect(writeModule(out, files, { force: false, dryRun: false })).rejects.toThrow(/--force/);
    expect(existsSync(join(out, 'frontend-service.tf'))).toBe(true);
    const r = await writeModule(out, files, { force: true, dryRun: false });
    expect(r.removed).toContain('frontend-service.tf');
    expect(r.removed).toContain('frontend-ecr.tf');
    expect(r.removed).not.toContain('team-notes.tf');
    expect(existsSync(join(out, 'frontend-service.tf'))).toBe(false);
    expect(existsSync(join(out, 'team-notes.tf'))).toBe(true);
    expect(existsSync(join(out, 'modules', 'ecs-service', 'main.tf'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('modules/ecs-service/main.tf');
    expect(manifest.files).toContain('moved.tf');
    expect(manifest.files).not.toContain('frontend-service.tf');
  });
});
