import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend';
import { mermaidDiagram } from '../../src/recommend/diagram';
import { packageRoot } from '../../src/terraform/render';
import { loadProviderSchema } from '../../src/terraform/validate';
import { apiProfile, profile, requirements, service } from '../recommend/helpers';

describe('committed AWS provider schema', () => {
  it('records the 6.x provider version it came from and covers the provider', () => {
    const s = loadProviderSchema();
    expect(s.providerVersion).toMatch(/^6\.\d+\.\d+$/);
    expect(s.packageVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(s.resources).length).toBeGreaterThan(1500);
    expect(Object.keys(s.data).length).toBeGreaterThan(500);
    expect(s.resources.aws_iam_role!.r).toContain('assume_role_policy');
    expect(s.resources.aws_s3_bucket!.o).toContain('bucket');
    expect(s.resources.aws_s3_bucket!.r ?? []).not.toContain('bucket');
    expect(Object.keys(s.resources.aws_ecs_service!.b!)).toContain('network_configuration');
    expect(s.data.aws_iam_policy_document!.b!.statement!.b!.principals!.r).toEqual(['identifiers', 'type']);
  });
});

describe('package root', () => {
  it('walks up to the package.json named inframate, past other packages', () => {
    const root = mkdtempSync(join(tmpdir(), 'inframate-root-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'inframate' }));
    mkdirSync(join(root, 'dist', 'chunks', 'inner'), { recursive: true });
    writeFileSync(join(root, 'dist', 'chunks', 'package.json'), JSON.stringify({ name: 'other' }));
    expect(packageRoot(join(root, 'dist', 'chunks', 'inner'))).toBe(root);
    // Independent of the checkout folder's name: the root is where package.json names inframate.
    expect(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).name).toBe('inframate');
  });
});

describe('mermaid diagram', () => {
  it('draws internet → edge → compute → the datastores each service uses', () => {
    const p = apiProfile();
    p.services.push(service({ name: 'web', frameworks: ['react'], build: 'vite build' }));
    const rec = recommend(p, requirements());
    const m = mermaidDiagram(rec.components, rec.serviceDatastores);
    expect(m.startsWith('flowchart LR')).toBe(true);
    expect(m).toContain('Application Load Balancer: api');
    expect(m).toContain('CloudFront distribution: web');
    const id = (label: string) => /(c\d+)\["([^"]+)"\]/g.exec(m.split('\n').find((l) => l.includes(label))!)![1];
    expect(m).toContain(`${id('ECS Fargate service: api')} --> ${id('RDS PostgreSQL')}`);
    expect(m).toContain(`internet --> ${id('CloudFront distribution: web')}`);
  });

  it('keeps labels free of characters that would break Mermaid', () => {
    const rec = recommend(profile([service({ name: 'a"]b', frameworks: ['express'], dockerfile: 'Dockerfile' })]), requirements());
    for (const line of mermaidDiagram(rec.components).split('\n')) expect(line.match(/"/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });
});
