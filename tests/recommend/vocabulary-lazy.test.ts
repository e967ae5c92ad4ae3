// The vocabulary's schemas are built on first use, per kind (src/recommend/vocabulary.ts): validating a
// component through its kind's schema must give exactly what the discriminated union of every kind gives.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { COMPONENT_KINDS, componentSchema, type Component } from '../../src/recommend/vocabulary';
import { defaultRequirements } from '../../src/spec';

const REPOS = join(import.meta.dirname, '..', 'fixtures', 'repos');

/** The outcome of a parse, comparable: the value, or the issues without schema objects. */
function outcome(r: { success: boolean; data?: unknown; error?: { issues: unknown[] } }): unknown {
  return r.success ? { data: r.data } : { issues: JSON.parse(JSON.stringify(r.error!.issues)) };
}

const components: Component[] = [];
beforeAll(async () => {
  const names = readdirSync(REPOS).sort().slice(0, 20);
  for (const name of names) {
    const profile = await profileDirectory(join(REPOS, name), { source: 'walk' });
    for (const env of ['dev', 'prod'] as const) {
      const req = { ...defaultRequirements('defaults', 'us-east-1'), environment: env };
      components.push(...recommend(profile, req).components);
    }
  }
}, 60_000);

describe('component schemas built per kind', () => {
  it('the fixtures give components of many kinds', () => {
    expect(new Set(components.map((c) => c.kind)).size).toBeGreaterThanOrEqual(10);
  });

  it('parse and safeParse give what the whole union gives, valid or not', () => {
    const variants = (c: Component): unknown[] => [
      c,
      { ...c, rationale: '' },
      { ...c, extra: true },
      { ...c, parameters: { ...(c.parameters as object), bogus: 1 } },
      { ...c, parameters: null },
      { ...c, kind: 'ec2-instance' },
      { ...c, kind: undefined },
      { ...c, monthlyCost: -1 },
    ];
    const odd: unknown[] = [null, undefined, 'vpc', 3, [], Object.assign([], { kind: 'vpc' }), { kind: 'vpc' }, {}];
    let checked = 0;
    for (const value of [...components.flatMap(variants), ...odd]) {
      expect(outcome(componentSchema.safeParse(value))).toEqual(outcome(componentSchema.union().safeParse(value)));
      let viaParse: unknown;
      try {
        viaParse = { data: componentSchema.parse(value) };
      } catch (error) {
        viaParse = { message: (error as Error).message };
      }
      let viaUnion: unknown;
      try {
        viaUnion = { data: componentSchema.union().parse(value) };
      } catch (error) {
        viaUnion = { message: (error as Error).message };
      }
      expect(viaParse).toEqual(viaUnion);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a fresh vocabulary builds no parameter schema until one is read, then keeps it', async () => {
    vi.resetModules();
    const fresh = await import('../../src/recommend/vocabulary');
    const schemas = fresh.componentParameterSchemas as unknown as Record<string, unknown>;
    expect(Object.keys(schemas)).toEqual([...COMPONENT_KINDS]);
    for (const kind of COMPONENT_KINDS) expect(Object.getOwnPropertyDescriptor(schemas, kind)?.get).toBeTypeOf('function');
    const vpc = schemas.vpc;
    expect(Object.getOwnPropertyDescriptor(schemas, 'vpc')?.value).toBe(vpc);
    expect(schemas.vpc).toBe(vpc);
    expect(Object.getOwnPropertyDescriptor(schemas, 'alb')?.get).toBeTypeOf('function');
  });
});
