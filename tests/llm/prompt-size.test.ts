// The refinement prompt stays within its token budget: for every fixture repository (the largest
// one's figure is printed), and for a synthetic repository far larger than any fixture.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { buildRefinePrompt, DEFAULT_PROMPT_TOKEN_BUDGET } from '../../src/recommend/refine';
import { defaultRequirements, parseRequirements } from '../../src/spec';
import { tempDir } from './helpers';

const REPOS = join(import.meta.dirname, '..', 'fixtures', 'repos');

function bytesOf(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

async function promptFor(dir: string, budget = DEFAULT_PROMPT_TOKEN_BUDGET) {
  const profile = await profileDirectory(dir);
  const spec = join(dir, 'inframate.md');
  const requirements = existsSync(spec)
    ? parseRequirements(readFileSync(spec, 'utf8'), { file: 'inframate.md' })
    : defaultRequirements('defaults');
  const { components } = recommend(profile, requirements);
  return buildRefinePrompt({ dir, profile, requirements, baseline: components }, { promptTokenBudget: budget });
}

describe('refinement prompt size', () => {
  const repos = existsSync(REPOS) ? readdirSync(REPOS).filter((d) => statSync(join(REPOS, d)).isDirectory()) : [];

  it.runIf(repos.length > 0)('every fixture repository fits the budget; the largest one is measured', async () => {
    const sized = repos.map((r) => ({ name: r, bytes: bytesOf(join(REPOS, r)) })).sort((a, b) => b.bytes - a.bytes);
    let most = { name: '', tokens: 0 };
    for (const r of sized) {
      const p = await promptFor(join(REPOS, r.name));
      if (p.stats.estimatedTokens > most.tokens) most = { name: r.name, tokens: p.stats.estimatedTokens };
      expect(p.stats.estimatedTokens, r.name).toBeLessThanOrEqual(p.stats.tokenBudget);
      expect(p.stats.overBudget, r.name).toBe(false);
      if (r === sized[0]) {
        console.log(
          `largest fixture ${r.name} (${r.bytes} bytes): prompt ${p.stats.chars} chars ≈ ${p.stats.estimatedTokens} tokens of ${p.stats.tokenBudget}; ` +
            `digest ${p.stats.digestFiles} files, ${p.stats.digestOmitted} omitted`,
        );
      }
    }
    console.log(`largest prompt of all ${sized.length} fixtures: ${most.name} ≈ ${most.tokens} tokens`);
  });

  it('a repository far larger than the budget is cut down to it, most telling files first', async () => {
    const dir = await tempDir('inframate-big-');
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'mono', workspaces: ['packages/*'], dependencies: { express: '^5.0.0' } }),
    );
    await writeFile(join(dir, 'compose.yaml'), 'services:\n  api:\n    build: packages/api\n  db:\n    image: postgres:16\n');
    await writeFile(join(dir, 'README.md'), '# Mono\n\n' + 'Lorem ipsum dolor sit amet. '.repeat(2_000));
    for (let i = 0; i < 6; i++) {
      const pkg = join(dir, 'packages', `svc-${i}`);
      await mkdir(join(pkg, 'src'), { recursive: true });
      await writeFile(
        join(pkg, 'package.json'),
        JSON.stringify({ name: `svc-${i}`, description: 'x'.repeat(3_000), dependencies: { express: '^5.0.0', pg: '^8.0.0' } }),
      );
      await writeFile(join(pkg, 'Dockerfile'), `FROM node:22-alpine\nCOPY . .\n${'RUN echo step\n'.repeat(200)}`);
      for (let f = 0; f < 300; f++) await writeFile(join(pkg, 'src', `module-${f}.ts`), 'export const x = 1;\n');
    }
    const budget = 8_000;
    const p = await promptFor(dir, budget);
    expect(p.stats.overBudget).toBe(false);
    expect(p.stats.estimatedTokens).toBeLessThanOrEqual(budget);
    expect(p.stats.digestOmitted).toBeGreaterThan(5);
    expect(p.digest.files[0]).toBe('compose.yaml');
    expect(p.user).toContain('… and ');
    expect(p.user).not.toContain('module-9.ts\nexport'); // source files are listed by name, never sent
  });

  it('an architecture too large for the budget makes no request', async () => {
    const dir = await tempDir('inframate-huge-');
    for (let i = 0; i < 150; i++) {
      const pkg = join(dir, 'services', `svc-${i}`);
      await mkdir(pkg, { recursive: true });
      await writeFile(
        join(pkg, 'package.json'),
        JSON.stringify({ name: `svc-${i}`, scripts: { start: 'node index.js' }, dependencies: { express: '^5.0.0' } }),
      );
      await writeFile(join(pkg, 'Dockerfile'), 'FROM node:22-alpine\nEXPOSE 3000\n');
    }
    const p = await promptFor(dir, 4_000);
    expect(p.stats.overBudget).toBe(true);
    expect(p.digest.files).toEqual([]);
  });
});
