// The bundle renders from templates precompiled at build time (scripts/precompile-templates.mjs):
// every template and partial under templates/ is precompiled, and rendering with the precompiled
// forms gives exactly what run-time compilation gives, safety check included.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { precompiledModule, sha256, templateFiles } from '../../scripts/precompile-templates.mjs';
import { profileDirectory } from '../../src/profile';
import type { Profile } from '../../src/profile/types';
import { recommend } from '../../src/recommend';
import { defaultRequirements } from '../../src/spec';
import type { ModuleInput } from '../../src/terraform/render';
import type { PrecompiledTemplate } from '../../src/terraform/precompiled-templates';

const ROOT = join(import.meta.dirname, '..', '..');
const REPOS = join(ROOT, 'tests', 'fixtures', 'repos');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'inframate-precompiled-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The generated module for a templates/ folder, evaluated. */
async function generated(templatesRoot: string, name: string): Promise<Map<string, PrecompiledTemplate>> {
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, precompiledModule(templatesRoot));
  return ((await import(pathToFileURL(file).href)) as { PRECOMPILED: Map<string, PrecompiledTemplate> }).PRECOMPILED;
}

/**
 * Fresh render modules (no cached environment or template) with these precompiled forms; renders every
 * input, noting which precompiled templates were used.
 */
async function renderWith(pre: Map<string, PrecompiledTemplate>, inputs: ModuleInput[], root = ROOT) {
  vi.resetModules();
  const { PRECOMPILED } = await import('../../src/terraform/precompiled-templates');
  const used = new Set<string>();
  for (const [key, entry] of pre)
    PRECOMPILED.set(key, {
      ...entry,
      get spec() {
        used.add(entry.file);
        return entry.spec;
      },
    });
  const { renderModule } = await import('../../src/terraform/render');
  const outputs = inputs.map((input) => {
    try {
      return Object.fromEntries(renderModule(input, root).files);
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
  return { outputs, used };
}

function moduleInput(profile: Profile, variant: 'dev' | 'prod'): ModuleInput {
  const req =
    variant === 'prod'
      ? { ...defaultRequirements('defaults', 'eu-west-1'), environment: 'prod' as const, availability: 'high' as const }
      : defaultRequirements('defaults', 'us-east-1');
  const rec = recommend(profile, req);
  return {
    project: 'app',
    environment: req.environment,
    region: req.region,
    tags: { team: 'platform' },
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
    notes: ['a note with `backticks` and <html>'],
    costs: [{ label: 'VPC', monthly: 36.5 }],
    mermaid: 'flowchart LR\n  a --> b',
  };
}

describe('precompiled templates', () => {
  it('precompiles every template and partial under templates/, keyed by its source', async () => {
    const root = join(ROOT, 'templates');
    const pre = await generated(root, 'all');
    const files = templateFiles(root);
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(pre.get(sha256(readFileSync(join(root, f), 'utf8')))?.spec, f).toHaveProperty('main');
  });

  it('renders every fixture repository exactly as run-time compilation does', async () => {
    const pre = await generated(join(ROOT, 'templates'), 'fixtures');
    const inputs: ModuleInput[] = [];
    for (const name of readdirSync(REPOS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const profile = await profileDirectory(join(REPOS, name.name), { source: 'walk' });
      inputs.push(moduleInput(profile, 'dev'), moduleInput(profile, 'prod'));
    }
    const runtime = await renderWith(new Map(), inputs);
    const precompiled = await renderWith(pre, inputs);
    expect(runtime.used.size).toBe(0);
    // Every partial and shared template, and most component templates, came from the precompiled forms.
    const all = templateFiles(join(ROOT, 'templates'));
    for (const f of all.filter((x) => !x.includes('/components/'))) expect(precompiled.used, f).toContain(f);
    expect(precompiled.used.size).toBeGreaterThan(all.length * 0.7);
    expect(precompiled.outputs).toEqual(runtime.outputs);
  }, 120_000);

  it('keeps the safety check: a bare value in a precompiled template is refused with its file and line', async () => {
    const root = join(work, 'unsafe');
    cpSync(join(ROOT, 'templates'), join(root, 'templates'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'inframate' }));
    const vpc = join(root, 'templates', 'aws', 'terraform', 'components', 'vpc.tf.hbs');
    writeFileSync(vpc, `# {{str module.project}}\n# {{module.project}}\n${readFileSync(vpc, 'utf8')}`);
    const pre = await generated(join(root, 'templates'), 'unsafe');
    const profile = await profileDirectory(join(REPOS, 'real-voting-app'), { source: 'walk' });
    const inputs = [moduleInput(profile, 'dev')];
    const precompiled = await renderWith(pre, inputs, root);
    // The check runs on the mustaches recorded at build time, before the precompiled form is touched.
    expect(precompiled.used).toContain('aws/terraform/partials/log_group.hbs');
    expect(precompiled.outputs[0]).toEqual({
      error: 'components/vpc.tf.hbs:2: {{module.project}} inserts a value without an HCL escaping helper',
    });
    expect((await renderWith(new Map(), inputs, root)).outputs).toEqual(precompiled.outputs);
  }, 60_000);

  it('compiles a template changed since the bundle was built at run time', async () => {
    const root = join(work, 'changed');
    cpSync(join(ROOT, 'templates'), join(root, 'templates'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'inframate' }));
    const pre = await generated(join(root, 'templates'), 'changed');
    const vpc = join(root, 'templates', 'aws', 'terraform', 'components', 'vpc.tf.hbs');
    writeFileSync(vpc, `# changed {{str module.project}}\n${readFileSync(vpc, 'utf8')}`);
    const profile = await profileDirectory(join(REPOS, 'real-voting-app'), { source: 'walk' });
    const { outputs, used } = await renderWith(pre, [moduleInput(profile, 'dev')], root);
    expect(used).not.toContain('aws/terraform/components/vpc.tf.hbs');
    expect(used).toContain('aws/terraform/components/ecs-cluster.tf.hbs');
    expect(String(outputs[0]!['network.tf'])).toContain('# changed "app"');
  }, 60_000);
});
